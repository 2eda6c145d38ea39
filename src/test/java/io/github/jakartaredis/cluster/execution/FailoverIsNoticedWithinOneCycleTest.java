package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A killed primary refuses connections, so nothing in the replies tells the client that its replica took over: the
 * client has to look. While a node fails, it reloads the slot map in the background, and commands waiting out a
 * backoff move to the new primary as soon as the map shows it. Here one cycle of retries (constant 100 ms pauses,
 * 60 retries, no second cycle) spans the failover; before, every try of that cycle went to the dead node, since the
 * map was only reloaded between cycles, and the command failed although the cluster had recovered seconds earlier.
 * Runs on a cluster of its own, since it kills a node.
 */
class FailoverIsNoticedWithinOneCycleTest {

    private static final Logger LOG = Logger.getLogger(FailoverIsNoticedWithinOneCycleTest.class.getName());

    @RegisterExtension
    final OwnCluster own = new OwnCluster();

    @Test
    void writesWaitingOutAFailoverInOneRetryCycleReachThePromotedReplica() throws Exception {
        LocalRedisCluster cluster = own.start();
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl(), "retry.retries", "60",
                "retry.backoff", "constant", "retry.backoff.base", "100ms", "cluster_error_retry_attempts", "0")) {
            RedisClusterConnection foo = TestClients.connection(client);
            int victim = cluster.primaryPorts().get(0);
            String key = cluster.keyOwnedBy(victim);
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
            AtomicLong firstWriteAfterKill = new AtomicLong();
            Thread writer = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    long started = System.nanoTime();
                    try {
                        foo.set(key, "v" + n);
                    } catch (RuntimeException e) {
                        errors.add(e);
                        return;
                    }
                    if (started > killedAt.get()) {
                        firstWriteAfterKill.compareAndSet(0, System.nanoTime());
                    }
                }
            }, "failover-writer");
            writer.start();
            try {
                Thread.sleep(500);
                cluster.kill(victim);
                killedAt.set(System.nanoTime());
                cluster.awaitFailover();
                long servedAt = System.nanoTime();
                long deadline = servedAt + TimeUnit.SECONDS.toNanos(8);
                while (firstWriteAfterKill.get() == 0 && errors.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                stop.set(true);
                writer.join(TimeUnit.SECONDS.toMillis(10));
                long written = firstWriteAfterKill.get();
                LOG.info(() -> String.format("Failover: all slots served %d ms after the kill; first write after the"
                                + " kill answered %s; errors %s", millis(servedAt - killedAt.get()),
                        written == 0 ? "never" : millis(written - servedAt) + " ms after that", errors));
            } finally {
                stop.set(true);
                writer.join(TimeUnit.SECONDS.toMillis(10));
            }
            assertThat(errors).as("errors that reached the writer").isEmpty();
            assertThat(firstWriteAfterKill.get()).as("a write started after the kill was answered").isNotZero();
            assertThat(foo.get(key)).startsWith("v");
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
