package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.ClusterFaults;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Issue 10, item 12: a healthy node that answers CLUSTERDOWN (here: the cluster lost a primary whose replica is
 * paused, so it cannot fail over, with full coverage required) is retried after a pause, as redis-py does
 * (0.25 s), and stays among the seeds: it answered, it is not the failed node. Runs on a cluster of its own.
 */
class ClusterDownIsRetriedAfterAPauseTest {

    private static final Logger LOG = Logger.getLogger(ClusterDownIsRetriedAfterAPauseTest.class.getName());

    @RegisterExtension
    static final OwnCluster own = new OwnCluster();

    private static LocalRedisCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = own.start();
    }

    @Test
    void clusterDownIsRetriedAfterPausesAndTheAnsweringNodeStaysASeed() throws Exception {
        List<Integer> primaries = cluster.primaryPorts();
        int lost = primaries.get(0);
        int healthy = primaries.get(1);
        String key = cluster.keyOwnedBy(healthy);
        int replica = new ClusterFaults(cluster).replicasOf(lost).get(0);
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl())) {
            RedisClusterConnection foo = TestClients.connection(client);
            foo.set(key, "v");
            cluster.pause(replica);
            cluster.kill(lost);
            awaitClusterDown(healthy);

            long start = System.nanoTime();
            Throwable error = catchThrowable(() -> foo.get(key));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            List<HostAndPort> seeds = client.executor().seeds();
            LOG.info(() -> "CLUSTERDOWN with default settings: " + error + " after " + millis + " ms; seeds " + seeds);
            assertThat(error).as("GET while the cluster is down").isNotNull();
            assertThat(error).hasStackTraceContaining("CLUSTERDOWN");
            // default cluster_error_retry_attempts=3: four tries, three pauses of about 0.25 s between them
            assertThat(millis).as("ms until the GET gave up").isGreaterThanOrEqualTo(700);
            assertThat(seeds).as("seeds").contains(new HostAndPort(LocalRedisCluster.HOST, healthy));

            cluster.resume(replica);
            cluster.awaitFailover();
            assertThat(foo.get(key)).isEqualTo("v");
        }
    }

    private static void awaitClusterDown(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Jedis node = cluster.nodeClient(port)) {
                if (node.clusterInfo().contains("cluster_state:fail")) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Node " + port + " did not report cluster_state:fail");
    }
}
