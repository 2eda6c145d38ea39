package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.ClusterRetriesExhaustedException;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.ClusterFaults;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;

/**
 * Issue 10, item 1: a shard lost for good (primary and replica killed, {@code cluster-require-full-coverage no})
 * must not starve callers of the healthy shards of connection permits. Runs on a cluster of its own.
 */
class DeadShardDoesNotStarveHealthyNodesTest {

    private static final Logger LOG = Logger.getLogger(DeadShardDoesNotStarveHealthyNodesTest.class.getName());

    @RegisterExtension
    static final OwnCluster own = new OwnCluster();

    private static LocalRedisCluster cluster;
    private static int deadPrimary;

    @BeforeAll
    static void startClusterAndKillOneShard() throws InterruptedException {
        cluster = own.start(LocalRedisCluster.builder().config("cluster-require-full-coverage no"));
        deadPrimary = cluster.primaryPorts().get(2);
        new ClusterFaults(cluster).killShard(deadPrimary);
        awaitFlaggedFailing(cluster, deadPrimary, Duration.ofSeconds(15));
    }

    /** Waits until a live node flags {@code port} as failed (FAIL, not only PFAIL). */
    static void awaitFlaggedFailing(LocalRedisCluster cluster, int port, Duration timeout) throws InterruptedException {
        String id = cluster.nodeId(port);
        int observer = cluster.allPorts().stream().filter(cluster::isAlive).findFirst().orElseThrow();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Jedis node = cluster.nodeClient(observer)) {
                boolean failed = node.clusterNodes().lines()
                        .anyMatch(line -> line.startsWith(id + " ") && line.split(" ")[2].contains("fail")
                                && !line.split(" ")[2].contains("fail?"));
                if (failed) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Node " + port + " was not flagged failing within " + timeout);
    }

    @Test
    void callersOfHealthyPrimariesSeeNoErrorWhileTheDeadShardsCallersExhaustTheirRetries() throws Exception {
        Set<Integer> deadSlots = deadSlots();
        assertThat(cluster.primaryPorts()).as("live primaries").hasSize(2).doesNotContain(deadPrimary);
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl(), "max_connections", "8",
                "retry.retries", "6", "retry.backoff", "exponential", "cluster_error_retry_attempts", "3")) {
            RedisClusterConnection foo = TestClients.connection(client);
            ConcurrentLinkedQueue<Throwable> healthyErrors = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Throwable> deadErrors = new ConcurrentLinkedQueue<>();
            AtomicLong healthyOk = new AtomicLong();
            AtomicLong deadOk = new AtomicLong();
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        String key = "dead-shard:" + ThreadLocalRandom.current().nextInt(100_000);
                        boolean dead = deadSlots.contains(ClusterFaults.slotOf(key));
                        try {
                            foo.get(key);
                            (dead ? deadOk : healthyOk).incrementAndGet();
                        } catch (RuntimeException e) {
                            (dead ? deadErrors : healthyErrors).add(e);
                        }
                    }
                }, "dead-shard-load-" + t);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            Map<String, Long> healthyKinds = kinds(healthyErrors);
            Map<String, Long> deadKinds = kinds(deadErrors);
            LOG.info(() -> "Dead shard: healthy keys " + healthyOk + " ok, " + healthyErrors.size() + " errors "
                    + healthyKinds + "; dead keys " + deadOk + " ok, " + deadErrors.size() + " errors " + deadKinds);
            assertThat(healthyErrors).as("errors on keys of healthy primaries: " + healthyKinds + ", "
                    + healthyOk + " succeeded").isEmpty();
            assertThat(healthyOk.get()).isGreaterThan(100);
            assertThat(deadErrors).as("errors on keys of the dead shard").isNotEmpty()
                    .allMatch(e -> e instanceof ClusterRetriesExhaustedException, "ClusterRetriesExhaustedException");
        }
    }

    private static Map<String, Long> kinds(ConcurrentLinkedQueue<Throwable> errors) {
        return errors.stream().collect(Collectors.groupingBy(e -> e.getClass().getSimpleName(), TreeMap::new,
                Collectors.counting()));
    }

    /** The slots of the dead shard: a fresh fixture cluster's third primary serves 10923-16383. */
    private static Set<Integer> deadSlots() {
        Set<Integer> dead = ConcurrentHashMap.newKeySet();
        for (int slot = 10923; slot < LocalRedisCluster.SLOT_COUNT; slot++) {
            dead.add(slot);
        }
        return dead;
    }
}
