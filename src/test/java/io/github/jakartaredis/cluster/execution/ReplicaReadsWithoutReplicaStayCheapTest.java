package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.ClusterFaults;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, item 5: with {@code read_from_replicas=true}, a shard whose only replica is dead costs no extra
 * topology reloads and no caller error. Uses the shared cluster and restarts the killed replica.
 */
@ExtendWith(LocalRedisClusterExtension.class)
class ReplicaReadsWithoutReplicaStayCheapTest {

    private static final Logger LOG = Logger.getLogger(ReplicaReadsWithoutReplicaStayCheapTest.class.getName());

    @Test
    void readsOfAShardWithoutALiveReplicaMakeAtMostTwentyTopologyCallsInFiveSecondsAndNoError(
            LocalRedisCluster cluster) throws Exception {
        ClusterFaults faults = new ClusterFaults(cluster);
        int replica = cluster.replicaPorts().get(0);
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl(), "read_from_replicas", "true")) {
            RedisClusterConnection foo = TestClients.connection(client);
            foo.get("replica-cheap:warm");
            cluster.kill(replica);
            DeadShardDoesNotStarveHealthyNodesTest.awaitFlaggedFailing(cluster, replica, Duration.ofSeconds(15));
            List<Integer> live = cluster.allPorts().stream().filter(cluster::isAlive).toList();
            long before = topologyCalls(faults, live);

            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            AtomicLong reads = new AtomicLong();
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            foo.get("replica-cheap:" + ThreadLocalRandom.current().nextInt(10_000));
                            reads.incrementAndGet();
                        } catch (RuntimeException e) {
                            errors.add(e);
                        }
                    }
                }, "replica-cheap-" + t);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(30_000);
            }
            long calls = topologyCalls(faults, live) - before;
            Map<String, Long> kinds = errors.stream().collect(Collectors.groupingBy(e -> e.getClass().getSimpleName(),
                    TreeMap::new, Collectors.counting()));
            LOG.info(() -> "Replica reads without a replica: " + reads + " GETs, " + errors.size() + " errors "
                    + kinds + ", " + calls + " CLUSTER SLOTS/SHARDS calls in 5 s");
            assertThat(errors).as("errors that reached callers: " + kinds).isEmpty();
            assertThat(calls).as("CLUSTER SLOTS and CLUSTER SHARDS calls in 5 s").isLessThanOrEqualTo(20);
            assertThat(reads.get()).isGreaterThan(100);
        } finally {
            cluster.restart(replica);
        }
    }

    private static long topologyCalls(ClusterFaults faults, List<Integer> ports) {
        long calls = 0;
        for (int port : ports) {
            calls += faults.commandCalls(port, "cluster|slots") + faults.commandCalls(port, "cluster|shards");
        }
        return calls;
    }
}
