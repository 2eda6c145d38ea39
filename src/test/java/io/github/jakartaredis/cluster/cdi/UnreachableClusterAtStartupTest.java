package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import io.github.jakartaredis.cluster.testing.TestConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, item 4: when every seed accepts connections but never answers (SIGSTOPped primaries) at the first
 * use of a client, each caller gets a clear error within about twice {@code timeout}, none waits for the others,
 * and once the nodes answer again the next command works without a restart. Runs on a cluster of its own.
 */
class UnreachableClusterAtStartupTest {

    private static final Logger LOG = Logger.getLogger(UnreachableClusterAtStartupTest.class.getName());
    private static final long TIMEOUT_MILLIS = 500;

    @RegisterExtension
    static final OwnCluster own = new OwnCluster();

    private static LocalRedisCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = own.start();
    }

    @Test
    void concurrentCallersOfAClusterThatNeverAnswersEachFailWithinTwiceTheTimeoutAndTheClientWorksOnceItAnswers()
            throws Exception {
        List<Integer> primaries = cluster.primaryPorts();
        String key = cluster.keyOwnedBy(primaries.get(0));
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.timeout", TIMEOUT_MILLIS + "ms"));
        // paused before the container starts: the extension's attempt to create the client at startup fails, so
        // the callers below are the ones that create it
        primaries.forEach(cluster::pause);
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            FooUser user = container.select(FooUser.class).get();
            Map<Integer, Long> millis = new ConcurrentHashMap<>();
            Map<Integer, Throwable> errors = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> callers = new ArrayList<>();
            try {
                for (int t = 0; t < 20; t++) {
                    int id = t;
                    Thread caller = new Thread(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        long start = System.nanoTime();
                        try {
                            user.foo().get(key);
                        } catch (RuntimeException e) {
                            errors.put(id, e);
                        }
                        millis.put(id, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    }, "unreachable-caller-" + t);
                    caller.setDaemon(true);
                    callers.add(caller);
                    caller.start();
                }
                go.countDown();
                for (Thread caller : callers) {
                    caller.join(60_000);
                }
            } finally {
                primaries.forEach(cluster::resume);
            }
            long slowest = millis.values().stream().mapToLong(Long::longValue).max().orElse(-1);
            LOG.info(() -> "Unreachable cluster at startup: " + millis.size() + " of 20 callers returned, "
                    + errors.size() + " errors, times (ms) " + millis.values().stream().sorted().toList()
                    + ", first error " + errors.values().stream().findFirst().map(Throwable::toString).orElse("-"));
            assertThat(millis).as("callers that returned").hasSize(20);
            assertThat(errors).as("callers that got an error").hasSize(20);
            assertThat(slowest).as("slowest caller (ms)").isLessThanOrEqualTo(2 * TIMEOUT_MILLIS + 300);

            cluster.awaitHealthy();
            user.foo().set(key, "answering");
            assertThat(user.foo().get(key)).isEqualTo("answering");
        }
    }
}
