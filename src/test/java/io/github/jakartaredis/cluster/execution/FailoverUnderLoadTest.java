package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A primary is SIGKILLed while eight threads write and read single keys (and two more MSET and MGET ten keys across
 * slots): with {@code retry.retries=6}, exponential backoff
 * and {@code cluster_error_retry_attempts=3}, the retry budget spans the replica's promotion, so no caller sees
 * an error. Runs on a cluster of its own, since it kills a node.
 */
class FailoverUnderLoadTest {

    private static final Logger LOG = Logger.getLogger(FailoverUnderLoadTest.class.getName());

    @RegisterExtension
    final OwnCluster own = new OwnCluster();

    static SharedClusterClient failoverReadyClient(LocalRedisCluster cluster) {
        Map<String, String> config = Map.of("foo.url", cluster.seedUrl(), "foo.max_connections", "16",
                "foo.timeout", "1s", "foo.retry.retries", "6", "foo.retry.backoff", "exponential",
                "foo.cluster_error_retry_attempts", "3");
        return new SharedClusterClient(ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key))),
                ClientMetricsFactory.NONE);
    }

    @Test
    void killedPrimaryDuringLoadReachesNoCallerAndLosesOnlyUnreplicatedWrites() throws Exception {
        LocalRedisCluster cluster = own.start();
        try (SharedClusterClient client = failoverReadyClient(cluster)) {
            RedisClusterConnection foo = MonitoredConnection.create("foo", () -> client, () -> null);
            WriteReadLoad load = new WriteReadLoad(foo, "failover");
            int victim = cluster.primaryPorts().get(0);
            assertThat(cluster.portOwningSlot(0)).isEqualTo(victim);
            assertThat(cluster.portOwningSlot(5460)).isEqualTo(victim);

            load.start(8);
            load.startMultiKey(2);
            Thread.sleep(5_000);
            long killedAt = System.nanoTime();
            cluster.kill(victim);
            Thread.sleep(15_000);
            load.stop();

            assertThat(load.errors()).as("errors that reached callers").isEmpty();
            assertThat(load.commands()).isGreaterThan(1_000);
            cluster.awaitFailover();

            // Redis replicates asynchronously: a write the killed primary acknowledged but had not yet sent to its
            // replica is lost. Such writes can only be on the killed primary's slots, acknowledged just before it
            // died.
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, WriteReadLoad.Write> write : load.acknowledged().entrySet()) {
                if (!write.getValue().value.equals(foo.get(write.getKey()))) {
                    lost.add(write.getKey());
                }
            }
            LOG.info(() -> "Failover under load: " + load.commands() + " commands, " + load.acknowledged().size()
                    + " acknowledged writes, " + lost.size() + " lost by the failover");
            for (String key : lost) {
                WriteReadLoad.Write write = load.acknowledged().get(key);
                // the first primary of a fresh fixture cluster serves slots 0-5460
                assertThat(JedisClusterCRC16.getSlot(key)).as("slot of lost key " + key).isBetween(0, 5460);
                assertThat(TimeUnit.NANOSECONDS.toMillis(killedAt - write.acknowledgedAtNanos))
                        .as("ms between the ack of lost key " + key + " and the kill").isBetween(-50L, 1_000L);
            }
            assertThat(lost.size()).isLessThan(load.acknowledged().size() / 100 + 10);
            awaitNoConnectionInUse(client);
        }
    }

    static void awaitNoConnectionInUse(SharedClusterClient client) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (client.poolInUse() != 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(client.poolInUse()).isZero();
        assertThat(client.activeRequests()).isZero();
    }
}
