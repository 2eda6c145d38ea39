package io.github.jakartaredis.cluster.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.MigrateParams;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Faults a production cluster sees, done to a {@link LocalRedisCluster} behind its clients' back: a whole shard
 * lost, every client connection of a node killed, a slot moved to another node (MOVED) or half-way migrated (ASK).
 * Each method works on the nodes' real ports. Thread-safe as far as the cluster is (each call opens its own admin
 * connections), but two calls that change the same slot at once are not coordinated.
 */
public final class ClusterFaults {

    private static final int MIGRATE_TIMEOUT_MILLIS = 5000;

    private final LocalRedisCluster cluster;

    /** @param cluster the cluster to break, not null */
    public ClusterFaults(LocalRedisCluster cluster) {
        this.cluster = cluster;
    }

    /** Real ports of the live replicas that follow primary {@code primaryPort} now. */
    public List<Integer> replicasOf(int primaryPort) {
        String primaryId = cluster.nodeId(primaryPort);
        List<Integer> replicas = new ArrayList<>();
        for (int port : cluster.replicaPorts()) {
            try (Jedis node = cluster.nodeClient(port)) {
                String myself = node.clusterNodes().lines().filter(l -> l.contains("myself")).findFirst().orElse("");
                if (myself.split(" ")[3].equals(primaryId)) {
                    replicas.add(port);
                }
            }
        }
        return replicas;
    }

    /**
     * SIGKILLs primary {@code primaryPort} and every replica following it, for good: its slots stay unserved
     * (with {@code cluster-require-full-coverage no} the other slots keep working).
     *
     * @return the ports killed, the primary first
     */
    public List<Integer> killShard(int primaryPort) {
        List<Integer> killed = new ArrayList<>();
        killed.add(primaryPort);
        killed.addAll(replicasOf(primaryPort));
        for (int port : killed) {
            cluster.kill(port);
        }
        return killed;
    }

    /** {@code CLIENT KILL TYPE normal} on node {@code port}: drops every client connection but the admin's own. */
    public long killClients(int port) {
        try (Jedis node = cluster.nodeClient(port)) {
            Object killed = node.sendCommand(redis.clients.jedis.Protocol.Command.CLIENT, "KILL", "TYPE", "normal");
            return (Long) killed;
        }
    }

    /**
     * Moves slot {@code slot} with its keys to primary {@code toPort} (IMPORTING/MIGRATING, MIGRATE of each key,
     * then {@code CLUSTER SETSLOT ... NODE} on every live primary): afterwards the old owner answers MOVED.
     */
    public void moveSlot(int slot, int toPort) {
        int fromPort = cluster.portOwningSlot(slot);
        if (fromPort == toPort) {
            return;
        }
        beginMigration(slot, toPort);
        try (Jedis from = cluster.nodeClient(fromPort)) {
            List<String> keys;
            while (!(keys = from.clusterGetKeysInSlot(slot, 100)).isEmpty()) {
                for (String key : keys) {
                    migrateKey(fromPort, toPort, key);
                }
            }
        }
        finishMigration(slot, toPort);
    }

    /**
     * Marks slot {@code slot} IMPORTING on {@code toPort} and MIGRATING on its owner: keys not yet moved are
     * still served by the owner, the others are answered with ASK. Finish with {@link #finishMigration}.
     */
    public void beginMigration(int slot, int toPort) {
        int fromPort = cluster.portOwningSlot(slot);
        try (Jedis to = cluster.nodeClient(toPort); Jedis from = cluster.nodeClient(fromPort)) {
            to.clusterSetSlotImporting(slot, cluster.nodeId(fromPort));
            from.clusterSetSlotMigrating(slot, cluster.nodeId(toPort));
        }
    }

    /** MIGRATEs one key from {@code fromPort} to {@code toPort} (during a {@link #beginMigration migration}). */
    public void migrateKey(int fromPort, int toPort, String key) {
        try (Jedis from = cluster.nodeClient(fromPort)) {
            from.migrate(LocalRedisCluster.HOST, cluster.announcedPort(toPort), MIGRATE_TIMEOUT_MILLIS,
                    new MigrateParams(), key);
        }
    }

    /** Assigns slot {@code slot} to {@code toPort} on the target, then on every other live primary. */
    public void finishMigration(int slot, int toPort) {
        String toId = cluster.nodeId(toPort);
        try (Jedis to = cluster.nodeClient(toPort)) {
            to.clusterSetSlotNode(slot, toId);
        }
        for (int port : cluster.allPorts()) {
            if (port != toPort && cluster.isAlive(port)) {
                try (Jedis node = cluster.nodeClient(port)) {
                    if (node.info("replication").contains("role:master")) {
                        node.clusterSetSlotNode(slot, toId);
                    }
                }
            }
        }
    }

    /** The slot of {@code key}. */
    public static int slotOf(String key) {
        return JedisClusterCRC16.getSlot(key);
    }

    /**
     * {@code calls} of {@code command} in node {@code port}'s INFO commandstats, e.g. {@code cluster|slots}
     * (0 when absent).
     */
    public long commandCalls(int port, String command) {
        try (Jedis node = cluster.nodeClient(port)) {
            Matcher m = Pattern.compile("cmdstat_" + Pattern.quote(command) + ":calls=(\\d+)")
                    .matcher(node.info("commandstats"));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }
}
