package io.github.jakartaredis.cluster.execution;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.util.SafeEncoder;

/**
 * The live replicas of each slot, as {@code CLUSTER SLOTS} lists them (Redis leaves failed replicas out), for
 * {@code read_from_replicas}. Kept apart from Jedis's own replica lists, which Jedis empties in place while
 * readers hold them and reloads on every read of a slot without a replica. Each load replaces the whole map at
 * once, so a reader sees either the old map or the new one. Thread-safe.
 */
public final class ReplicaMap {

    private static final HostAndPort[] NONE = new HostAndPort[0];
    private static final int SLOTS = 16384;
    private static final CommandObject<List<Object>> CLUSTER_SLOTS = new CommandObject<>(
            new CommandArguments(Protocol.Command.CLUSTER).add("SLOTS"), BuilderFactory.RAW_OBJECT_LIST);

    private volatile HostAndPort[][] bySlot = new HostAndPort[SLOTS][];

    /**
     * Reads the replicas of every slot from a node.
     *
     * @param connection a connection to any node of the cluster, not null
     * @throws redis.clients.jedis.exceptions.JedisException when the node does not answer
     */
    public void load(Connection connection) {
        List<Object> ranges = connection.executeCommand(CLUSTER_SLOTS);
        HostAndPort[][] loaded = new HostAndPort[SLOTS][];
        for (Object item : ranges) {
            List<?> range = (List<?>) item;
            if (range.size() < 3) {
                continue;
            }
            HostAndPort[] replicas = range.size() == 3 ? NONE : new HostAndPort[range.size() - 3];
            for (int i = 3; i < range.size(); i++) {
                List<?> node = (List<?>) range.get(i);
                replicas[i - 3] = new HostAndPort(SafeEncoder.encode((byte[]) node.get(0)),
                        ((Long) node.get(1)).intValue());
            }
            int first = ((Long) range.get(0)).intValue();
            int last = ((Long) range.get(1)).intValue();
            for (int slot = first; slot <= last && slot < SLOTS; slot++) {
                loaded[slot] = replicas;
            }
        }
        bySlot = loaded;
    }

    /**
     * @param slot a hash slot, 0 to 16383
     * @return one of the slot's replicas at random, or null when it has none (or none is known yet)
     */
    public HostAndPort anyReplicaOf(int slot) {
        HostAndPort[] replicas = bySlot[slot];
        if (replicas == null || replicas.length == 0) {
            return null;
        }
        return replicas.length == 1 ? replicas[0] : replicas[ThreadLocalRandom.current().nextInt(replicas.length)];
    }
}
