package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.FaultProxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 12: a blocking command (BLPOP) sent to a node that stopped answering gives up after its own
 * timeout plus {@code socket_timeout} (and a margin), instead of holding its connection permit for ever. The
 * partitioned node is a {@link FaultProxy} in STALL mode.
 */
class BlockingCommandOnPartitionedNodeTest {

    private static final Logger LOG = Logger.getLogger(BlockingCommandOnPartitionedNodeTest.class.getName());

    @RegisterExtension
    static final ProxiedCluster.PerClass CLUSTER = new ProxiedCluster.PerClass();

    @Test
    void blpopOnAPartitionedNodeGivesUpWithinItsTimeoutPlusTheSocketTimeout() throws Exception {
        try (SharedClusterClient client = TestClients.client(CLUSTER.get().seedUrl(), "socket_timeout", "200ms",
                "cluster_error_retry_attempts", "0")) {
            RedisClusterConnection foo = TestClients.connection(client);
            String key = CLUSTER.get().keyOnProxiedPrimary;
            foo.del(key);
            // the pooled connections stay open and are paused (bytes held back), as on a network partition
            CLUSTER.get().proxy.mode(FaultProxy.Mode.STALL);

            long start = System.nanoTime();
            CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> {
                try {
                    return foo.blpop(1, key);
                } catch (RuntimeException e) {
                    return e;
                }
            }, runnable -> {
                Thread thread = new Thread(runnable, "blpop");
                thread.setDaemon(true);
                thread.start();
            });
            Object outcome;
            try {
                outcome = call.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                outcome = "no answer after 10 s";
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            int inUse = client.poolInUse();
            Object seen = outcome;
            LOG.info(() -> "BLPOP 1 s on a partitioned node: " + seen + " after " + millis + " ms; " + inUse
                    + " connections in use");
            CLUSTER.get().proxy.mode(FaultProxy.Mode.FORWARD);
            assertThat(millis).as("ms until BLPOP with a 1 s timeout gave up").isLessThan(1_000 + 200 + 1_000);
        }
    }
}
