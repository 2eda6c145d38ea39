package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10, item 7: cross-node MGETs in flight while the application stops (the container shuts down) each
 * return, with their values or a clear error, within 10 s; none hangs and no {@link CompletionException} reaches
 * a caller.
 */
@ExtendWith(LocalRedisClusterExtension.class)
class CrossNodeCommandsAtShutdownTest {

    private static final Logger LOG = Logger.getLogger(CrossNodeCommandsAtShutdownTest.class.getName());

    @Test
    void crossNodeMgetsInFlightAtContainerShutdownAllReturnWithinTenSeconds(LocalRedisCluster cluster)
            throws Exception {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl()));
        String[] keys = new String[100];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "shutdown-mget:" + i;
        }
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicLong mgets = new AtomicLong();
        List<Thread> callers = new ArrayList<>();
        long closedAt;
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            FooUser user = container.select(FooUser.class).get();
            user.foo().mset("shutdown-mget:0", "v");
            for (int t = 0; t < 4; t++) {
                Thread caller = new Thread(() -> {
                    while (true) {
                        try {
                            user.foo().mget(keys);
                            mgets.incrementAndGet();
                        } catch (RuntimeException e) {
                            errors.add(e);
                            return;
                        }
                    }
                }, "shutdown-mget-" + t);
                caller.setDaemon(true);
                callers.add(caller);
                caller.start();
            }
            Thread.sleep(1_000);
            closedAt = System.nanoTime();
        }
        long deadline = closedAt + 10_000_000_000L;
        for (Thread caller : callers) {
            caller.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        long hung = callers.stream().filter(Thread::isAlive).count();
        List<String> hungIn = callers.stream().filter(Thread::isAlive)
                .map(t -> t.getStackTrace().length > 0 ? t.getStackTrace()[0] + " / "
                        + List.of(t.getStackTrace()).stream().filter(f -> f.getClassName().contains("jakartaredis"))
                        .findFirst().map(String::valueOf).orElse("?") : "?")
                .toList();
        LOG.info(() -> "MGET at shutdown: " + mgets + " MGETs before, " + hung + " of 4 callers hung 10 s after the"
                + " shutdown " + hungIn + "; errors " + errors.stream().map(Throwable::toString).toList());
        assertThat(hung).as("callers still inside MGET 10 s after the container shut down: " + hungIn).isZero();
        assertThat(errors).noneMatch(e -> e instanceof CompletionException);
        assertThat(errors).allSatisfy(e -> assertThat(e.getMessage()).isNotBlank());
    }
}
