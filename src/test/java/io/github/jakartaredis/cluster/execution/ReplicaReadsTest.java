package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

/** {@code read_from_replicas}: reads spread over replicas, writes only on primaries, dead replicas skipped. */
@ExtendWith(LocalRedisClusterExtension.class)
class ReplicaReadsTest {

    private static SharedClusterClient client(LocalRedisCluster cluster, boolean readFromReplicas) {
        Map<String, String> config = Map.of("foo.url", cluster.seedUrl(), "foo.read_from_replicas",
                Boolean.toString(readFromReplicas), "foo.retry.retries", "3", "foo.retry.backoff", "exponential");
        return new SharedClusterClient(ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key))),
                ClientMetricsFactory.NONE);
    }

    /** {@code calls} and {@code rejected_calls} of one command in a node's INFO commandstats (0 when absent). */
    private static long[] commandStats(LocalRedisCluster cluster, int port, String command) {
        try (Jedis node = cluster.nodeClient(port)) {
            Matcher m = Pattern.compile("cmdstat_" + command + ":calls=(\\d+).*?rejected_calls=(\\d+)")
                    .matcher(node.info("commandstats"));
            return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[2];
        }
    }

    private static void resetStats(LocalRedisCluster cluster) {
        for (int port : cluster.allPorts()) {
            try (Jedis node = cluster.nodeClient(port)) {
                node.configResetStat();
            }
        }
    }

    private static List<String> keysOverAllSlots(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add("replica-read:" + i);
        }
        return keys;
    }

    @Test
    void readsAreServedByEveryReplicaAndWritesByPrimariesOnly(LocalRedisCluster cluster) {
        List<String> keys = keysOverAllSlots(1000);
        try (SharedClusterClient client = client(cluster, true)) {
            RedisClusterConnection foo = MonitoredConnection.create("foo", () -> client, () -> null);
            resetStats(cluster);
            for (String key : keys) {
                foo.set(key, "v");
            }
            for (String key : keys) {
                foo.get(key);
            }
            long primaryGets = 0;
            for (int primary : cluster.primaryPorts()) {
                primaryGets += commandStats(cluster, primary, "get")[0];
            }
            long replicaGets = 0;
            for (int replica : cluster.replicaPorts()) {
                long[] gets = commandStats(cluster, replica, "get");
                assertThat(gets[0]).as("GETs served by replica " + replica).isPositive();
                replicaGets += gets[0];
                // a write sent to a replica would have been refused with MOVED: none was
                assertThat(commandStats(cluster, replica, "set")[1]).as("SETs refused by replica " + replica).isZero();
            }
            assertThat(primaryGets + replicaGets).isEqualTo(1000);
            assertThat(replicaGets).isBetween(300L, 700L);
        }
    }

    @Test
    void withoutReadFromReplicasReplicasServeNoRead(LocalRedisCluster cluster) {
        List<String> keys = keysOverAllSlots(1000);
        try (SharedClusterClient client = client(cluster, false)) {
            RedisClusterConnection foo = MonitoredConnection.create("foo", () -> client, () -> null);
            resetStats(cluster);
            for (String key : keys) {
                foo.get(key);
            }
            for (int replica : cluster.replicaPorts()) {
                assertThat(commandStats(cluster, replica, "get")[0]).as("GETs served by replica " + replica).isZero();
            }
        }
    }

    @Test
    void killedReplicaDuringReadLoadReachesNoCaller() throws Exception {
        try (LocalRedisCluster own = LocalRedisCluster.start(); SharedClusterClient client = client(own, true)) {
            RedisClusterConnection foo = MonitoredConnection.create("foo", () -> client, () -> null);
            List<String> keys = keysOverAllSlots(300);
            for (String key : keys) {
                foo.set(key, key);
            }
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + 8_000_000_000L;
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread reader = new Thread(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String key = keys.get(i % keys.size());
                        try {
                            if (!key.equals(foo.get(key))) {
                                wrong.add(key);
                            }
                        } catch (RuntimeException e) {
                            errors.add(e);
                        }
                    }
                });
                readers.add(reader);
                reader.start();
            }
            Thread.sleep(2_000);
            own.kill(own.replicaPorts().get(0));
            for (Thread reader : readers) {
                reader.join(30_000);
            }
            assertThat(errors).as("errors that reached callers").isEmpty();
            assertThat(wrong).as("reads that returned another value").isEmpty();
        }
    }
}
