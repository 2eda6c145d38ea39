package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisMovedDataException;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Where one try of a keyed command goes, without Redis: a fake slot map and a replica map read from a fake reply. */
class NodeChoiceTest {

    private static final HostAndPort PRIMARY = new HostAndPort("10.0.0.1", 7000);
    private static final HostAndPort REPLICA = new HostAndPort("10.0.0.2", 7001);
    private static final HostAndPort ELSEWHERE = new HostAndPort("10.0.0.3", 7002);

    private final ScriptedNodes nodes = new ScriptedNodes(PRIMARY);

    @Test
    void aRedirectsTargetIsTriedWhateverTheCommand() {
        NodeChoice choice = new NodeChoice(nodes, replicasOfEverySlot(REPLICA));
        JedisMovedDataException moved = new JedisMovedDataException("MOVED 5 10.0.0.3:7002", ELSEWHERE, 5);

        assertThat(choice.target(5, moved, true)).isEqualTo(ELSEWHERE);
        assertThat(choice.target(5, moved, false)).isEqualTo(ELSEWHERE);
    }

    @Test
    void aReplicaReadGoesToTheSlotsReplicaAndAnythingElseToItsPrimary() {
        NodeChoice choice = new NodeChoice(nodes, replicasOfEverySlot(REPLICA));

        assertThat(choice.target(5, null, true)).isEqualTo(REPLICA);
        assertThat(choice.isPrimaryOf(REPLICA, 5)).isFalse();
        assertThat(choice.target(5, null, false)).isEqualTo(PRIMARY);
        assertThat(choice.isPrimaryOf(PRIMARY, 5)).isTrue();
    }

    @Test
    void aReplicaReadOfASlotWithoutALiveReplicaGoesToThePrimary() {
        NodeChoice choice = new NodeChoice(nodes, replicasOfEverySlot());

        assertThat(choice.target(5, null, true)).isEqualTo(PRIMARY);
    }

    @Test
    void aClientThatDoesNotReadFromReplicasSendsReadsToThePrimary() {
        NodeChoice choice = new NodeChoice(nodes, null);

        assertThat(choice.target(5, null, true)).isEqualTo(PRIMARY);
    }

    @Test
    void aCommandsSlotIsThatOfItsFirstKeyAsTextOrBytes() {
        CommandObjects commands = new CommandObjects(RedisProtocol.RESP2);
        CommandObject<?> text = commands.mget("{user:1}:name", "other");
        CommandObject<?> bytes = commands.get("{user:1}:age".getBytes(StandardCharsets.UTF_8));

        assertThat(NodeChoice.slotOf(text.getArguments())).isEqualTo(JedisClusterCRC16.getSlot("user:1"));
        assertThat(NodeChoice.slotOf(bytes.getArguments())).isEqualTo(JedisClusterCRC16.getSlot("user:1"));
    }

    /** A replica map loaded from a {@code CLUSTER SLOTS} reply in which one range holds every slot. */
    private static ReplicaMap replicasOfEverySlot(HostAndPort... replicas) {
        List<Object> range = new ArrayList<>(List.of(0L, 16383L, node(PRIMARY)));
        for (HostAndPort replica : replicas) {
            range.add(node(replica));
        }
        ReplicaMap map = new ReplicaMap();
        map.load(new Connection() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T executeCommand(CommandObject<T> command) {
                return (T) List.of(range);
            }
        });
        return map;
    }

    private static List<Object> node(HostAndPort node) {
        return List.of(node.getHost().getBytes(StandardCharsets.UTF_8), (long) node.getPort(),
                "id".getBytes(StandardCharsets.UTF_8));
    }
}
