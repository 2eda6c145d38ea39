package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A command that failed on a dead primary waits out its backoff; while it waits, the client keeps reloading the
 * slot map in the background (every 100 ms) and wakes it as soon as the map names a new primary. Before, the map was
 * reloaded only when some try failed: a lone command with a long backoff woke when its backoff ended, seconds after
 * the replica's promotion. Here the backoff is 8 s and the failover takes about 2 s: the write must be answered well
 * before the backoff ends. Runs on a cluster of its own, since it kills a node.
 */
class WaitingCommandsMoveWhenTheMapChangesTest {

    private static final Logger LOG = Logger.getLogger(WaitingCommandsMoveWhenTheMapChangesTest.class.getName());

    @RegisterExtension
    final OwnCluster own = new OwnCluster();

    @Test
    void aWriteWaitingOutALongBackoffIsAnsweredSoonAfterThePromotion() throws Exception {
        LocalRedisCluster cluster = own.start();
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl(), "retry.retries", "2",
                "retry.backoff", "constant", "retry.backoff.base", "8s", "cluster_error_retry_attempts", "0",
                "timeout", "30s")) {
            RedisClusterConnection foo = TestClients.connection(client);
            int victim = cluster.primaryPorts().get(0);
            String key = cluster.keyOwnedBy(victim);
            foo.set(key, "before");

            cluster.kill(victim);
            long killedAt = System.nanoTime();
            CompletableFuture<Long> answeredAt = CompletableFuture.supplyAsync(() -> {
                foo.set(key, "after");
                return System.nanoTime();
            });
            cluster.awaitFailover();
            long servedAt = System.nanoTime();
            long answered = answeredAt.get(30, TimeUnit.SECONDS);
            LOG.info(() -> String.format("all slots served %d ms after the kill; the write answered %d ms after that",
                    millis(servedAt - killedAt), millis(answered - servedAt)));
            assertThat(millis(answered - killedAt)).as("ms from the kill to the answer, with an 8 s backoff")
                    .isLessThan(millis(servedAt - killedAt) + 1_500);
            assertThat(foo.get(key)).isEqualTo("after");
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
