package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.FaultProxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 7: a wide MGET with one primary black-holed fails within one retry budget (not one budget per
 * slot part, one after another), with a clear error that is no {@link CompletionException}. The black-holed
 * primary is a {@link FaultProxy} in STALL mode.
 */
class CrossNodeCommandsFailCleanlyTest {

    private static final Logger LOG = Logger.getLogger(CrossNodeCommandsFailCleanlyTest.class.getName());

    @RegisterExtension
    static final ProxiedCluster.PerClass CLUSTER = new ProxiedCluster.PerClass();

    @Test
    void mgetOfTwoHundredKeysWithOneBlackholedPrimaryFailsWithinOneRetryBudget() throws Exception {
        // one retry budget: 3 attempts of at most 200 ms each (connect and read), no backoff, no further cycle
        try (SharedClusterClient client = TestClients.client(CLUSTER.get().seedUrl(), "socket_timeout", "200ms",
                "socket_connect_timeout", "200ms", "retry.retries", "2", "retry_on_timeout", "true",
                "cluster_error_retry_attempts", "0")) {
            RedisClusterConnection foo = TestClients.connection(client);
            String[] keys = new String[200];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = "wide-mget:" + i;
            }
            foo.mget(keys);
            CLUSTER.get().fail(FaultProxy.Mode.STALL);

            long start = System.nanoTime();
            CompletableFuture<Throwable> call = CompletableFuture.supplyAsync(() -> {
                try {
                    foo.mget(keys);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }, runnable -> {
                Thread thread = new Thread(runnable, "wide-mget");
                thread.setDaemon(true);
                thread.start();
            });
            Throwable error;
            try {
                error = call.get(15, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                error = e;
            } finally {
                CLUSTER.get().proxy.mode(FaultProxy.Mode.FORWARD);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long attempts = CLUSTER.get().proxy.acceptedConnections();
            Throwable seen = error;
            LOG.info(() -> "Wide MGET, one primary black-holed: " + seen + " after " + millis + " ms, " + attempts
                    + " connections to the black-holed node");
            assertThat(error).as("the MGET's error").isNotNull().isNotInstanceOf(TimeoutException.class)
                    .isNotInstanceOf(CompletionException.class);
            assertThat(millis).as("ms until the MGET failed").isLessThan(3_000);
        }
    }
}
