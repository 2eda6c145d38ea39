package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Multi-key commands whose keys span every slot range: results as if the cluster were one node. */
@ExtendWith(LocalRedisClusterExtension.class)
class MultiKeyCommandsTest {

    private static SharedClusterClient client;
    private static RedisClusterConnection foo;
    private static LocalRedisCluster cluster;

    @BeforeAll
    static void connect(LocalRedisCluster localCluster) {
        cluster = localCluster;
        Map<String, String> config = Map.of("foo.url", cluster.seedUrl());
        client = new SharedClusterClient(ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key))),
                ClientMetricsFactory.NONE);
        foo = MonitoredConnection.create("foo", () -> client, () -> null);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static List<String> keys(String prefix, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(prefix + ":" + i);
        }
        return keys;
    }

    private static void assertOnEveryPrimary(List<String> keys) {
        Set<Integer> owners = new HashSet<>();
        for (String key : keys) {
            owners.add(cluster.portOwningSlot(JedisClusterCRC16.getSlot(key)));
        }
        assertThat(owners).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100, 1000})
    void mgetReturnsValuesInKeyOrderWithNullsForMissingKeys(int count) {
        List<String> keys = keys("mget-" + count, count);
        List<String> expected = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean present = i % 3 != 1;
            expected.add(present ? "value-" + i : null);
            if (present) {
                pairs.add(keys.get(i));
                pairs.add("value-" + i);
            }
        }
        if (!pairs.isEmpty()) {
            assertThat(foo.mset(pairs.toArray(String[]::new))).isEqualTo("OK");
        }
        assertThat(foo.mget(keys.toArray(String[]::new))).containsExactlyElementsOf(expected);
        if (count >= 10) {
            assertOnEveryPrimary(keys);
        }
    }

    @Test
    void duplicateKeysAnswerEveryTime() {
        foo.mset("dup:a", "A", "dup:b", "B");
        assertThat(foo.mget("dup:a", "dup:b", "dup:a", "dup:missing", "dup:b"))
                .containsExactly("A", "B", "A", null, "B");
        assertThat(foo.exists("dup:a", "dup:a", "dup:missing")).isEqualTo(2);
    }

    @Test
    void delExistsTouchUnlinkCountOverFiftyKeysOnAllSlots() {
        List<String> keys = keys("counted", 50);
        assertOnEveryPrimary(keys);
        List<String> pairs = new ArrayList<>();
        for (String key : keys) {
            pairs.add(key);
            pairs.add("x");
        }
        foo.mset(pairs.toArray(String[]::new));
        String[] all = keys.toArray(String[]::new);
        assertThat(foo.exists(all)).isEqualTo(50);
        assertThat(foo.touch(all)).isEqualTo(50);
        assertThat(foo.del(keys.subList(0, 20).toArray(String[]::new))).isEqualTo(20);
        assertThat(foo.unlink(all)).isEqualTo(30);
        assertThat(foo.exists(all)).isZero();
        assertThat(foo.mget(all)).containsOnlyNulls().hasSize(50);
    }

    @Test
    void binaryKeysWorkLikeStringKeys() {
        byte[][] pairs = new byte[40][];
        byte[][] keys = new byte[20][];
        for (int i = 0; i < 20; i++) {
            keys[i] = ("binary:" + i).getBytes(StandardCharsets.UTF_8);
            pairs[2 * i] = keys[i];
            pairs[2 * i + 1] = new byte[] {(byte) i, 0, (byte) 255};
        }
        assertThat(foo.mset(pairs)).isEqualTo("OK");
        List<byte[]> values = foo.mget(keys);
        for (int i = 0; i < 20; i++) {
            assertThat(values.get(i)).containsExactly((byte) i, 0, (byte) 255);
        }
        assertThat(foo.del(keys)).isEqualTo(20);
    }

    @Test
    void oddKeyValueListIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> foo.mset("odd", "pairs", "count")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key-value pairs");
    }
}
