package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.FaultProxy;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 3: a node that stops answering (a partition, a hung process) is retried by default, as the seed's
 * {@code cluster_error_retry_attempts} says, and a timed-out node triggers a topology refresh so that its failover
 * is noticed; {@code retry_on_timeout=false} is the opt-out that fails after one attempt. The stalled node is a
 * {@link FaultProxy} in STALL mode in front of a primary (its cluster bus is untouched, so no failover starts).
 */
class StalledNodeIsRetriedByDefaultTest {

    private static final Logger LOG = Logger.getLogger(StalledNodeIsRetriedByDefaultTest.class.getName());

    @RegisterExtension
    static final ProxiedCluster.PerClass CLUSTER = new ProxiedCluster.PerClass();


    @Test
    void withDefaultSettingsAStalledNodeIsRetriedAndTriggersATopologyRefresh() {
        try (SharedClusterClient client = TestClients.client(CLUSTER.get().seedUrl(), "socket_timeout", "200ms")) {
            RedisClusterConnection foo = TestClients.connection(client);
            CLUSTER.get().fail(FaultProxy.Mode.STALL);

            long start = System.nanoTime();
            Throwable error = catchThrowable(() -> foo.get(CLUSTER.get().keyOnProxiedPrimary));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long attempts = CLUSTER.get().proxy.acceptedConnections();
            long refreshes = client.executor().topologyRefreshes();
            LOG.info(() -> "Stalled node, defaults: " + error + " after " + millis + " ms, " + attempts
                    + " connections to the node, " + refreshes + " topology refreshes");
            assertThat(error).isNotNull();
            assertThat(attempts).as("connections (attempts) to the stalled node").isGreaterThan(1);
            assertThat(refreshes).as("topology refreshes").isPositive();
        }
    }

    @Test
    void withRetryOnTimeoutOffAStalledNodeFailsAfterOneAttemptAndStillTriggersATopologyRefresh() {
        try (SharedClusterClient client = TestClients.client(CLUSTER.get().seedUrl(), "socket_timeout", "200ms",
                "retry_on_timeout", "false", "retry.retries", "3")) {
            RedisClusterConnection foo = TestClients.connection(client);
            CLUSTER.get().fail(FaultProxy.Mode.STALL);

            long start = System.nanoTime();
            Throwable error = catchThrowable(() -> foo.get(CLUSTER.get().keyOnProxiedPrimary));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long attempts = CLUSTER.get().proxy.acceptedConnections();
            // the refresh a timeout asks for runs in the background: give it up to 2 s to happen
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (client.executor().topologyRefreshes() == 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            long refreshes = client.executor().topologyRefreshes();
            LOG.info(() -> "Stalled node, retry_on_timeout=false: " + error + " after " + millis + " ms, " + attempts
                    + " connections to the node, " + refreshes + " topology refreshes");
            assertThat(error).isNotNull().hasStackTraceContaining("SocketTimeoutException");
            assertThat(attempts).as("connections (attempts) to the stalled node").isEqualTo(1);
            assertThat(millis).isLessThan(1_500);
            assertThat(refreshes).as("topology refreshes").isPositive();
        }
    }
}
