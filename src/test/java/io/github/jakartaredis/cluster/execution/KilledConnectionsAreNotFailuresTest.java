package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.ClusterFaults;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, item 2: idle pooled connections that a node closed ({@code CLIENT KILL}, a restart, a proxy's idle
 * timeout) are not failed attempts: the next commands get fresh connections, without retries, cycles or a
 * topology refresh. Uses the shared cluster (killing client connections changes nothing that must be restored).
 */
@ExtendWith(LocalRedisClusterExtension.class)
class KilledConnectionsAreNotFailuresTest {

    private static final Logger LOG = Logger.getLogger(KilledConnectionsAreNotFailuresTest.class.getName());

    @Test
    void getsAfterEveryNodeKilledItsClientsAllSucceedWithoutRetriesOrATopologyRefresh(LocalRedisCluster cluster)
            throws Exception {
        List<String> keys = cluster.keyOnEachPrimary();
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl(), "max_connections", "64",
                "cluster_error_retry_attempts", "0", "retry.retries", "0")) {
            RedisClusterConnection foo = TestClients.connection(client);
            warm(foo, keys, 32);
            int pooled = client.poolSize();
            long refreshesBefore = client.executor().topologyRefreshes();

            ClusterFaults faults = new ClusterFaults(cluster);
            long killed = 0;
            for (int port : cluster.allPorts()) {
                killed += faults.killClients(port);
            }

            List<String> failures = new ArrayList<>();
            int succeeded = 0;
            for (int i = 0; i < 20; i++) {
                try {
                    foo.get(keys.get(i % keys.size()));
                    succeeded++;
                } catch (RuntimeException e) {
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            long refreshes = client.executor().topologyRefreshes() - refreshesBefore;
            int ok = succeeded;
            long killedCount = killed;
            LOG.info(() -> "Killed connections: " + pooled + " pool size, " + killedCount + " killed; " + ok
                    + " of 20 GETs succeeded, " + refreshes + " topology refreshes; failures " + failures);
            assertThat(killed).as("connections killed").isGreaterThanOrEqualTo(3);
            assertThat(failures).as("GETs that failed after CLIENT KILL").isEmpty();
            assertThat(refreshes).as("topology refreshes").isZero();
        }
    }

    /** Runs GETs in {@code threads} threads at once, so that the pools hold about that many connections. */
    static void warm(RedisClusterConnection foo, List<String> keys, int threads) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(threads);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                try {
                    for (int round = 0; round < 5; round++) {
                        barrier.await();
                        foo.get(keys.get((id + round) % keys.size()));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "warm-" + t);
            started.add(thread);
            thread.start();
        }
        for (Thread thread : started) {
            thread.join(10_000);
        }
    }
}
