package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.PoolExhaustedException;
import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class PoolLimitTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(true, FooUser.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    MetricRegistry registry;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.max_connections", "2", "foo.timeout", "500ms"));
    }

    @Test
    void thirdCallerGetsPoolExhaustedAfterTheWaitTimeWhileTwoConnectionsAreHeld() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // two keys on different primaries: the limit is client-wide, not per node
            List<String> queues = LocalRedisClusterExtension.cluster().keyOnEachPrimary().subList(0, 2).stream()
                    .map(key -> "{" + key + "}:pool-limit-queue").collect(java.util.stream.Collectors.toList());
            foo.del(queues.get(0));
            foo.del(queues.get(1));
            CompletableFuture<List<String>> first = CompletableFuture.supplyAsync(() -> foo.blpop(10, queues.get(0)), threads);
            CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() -> foo.blpop(10, queues.get(1)), threads);
            Metrics metrics = new Metrics(registry);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Integer.valueOf(2).equals(metrics.gauge("runtime.pool.in_use", "foo"))
                    && System.nanoTime() < deadline && !first.isDone() && !second.isDone()) {
                Thread.sleep(10);
            }
            assertThat(first).isNotDone();
            assertThat(second).isNotDone();
            assertThat(metrics.gauge("runtime.pool.in_use", "foo")).isEqualTo(2);

            long start = System.nanoTime();
            Throwable error = catchThrowable(() -> foo.get("{third}:caller"));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(error).isInstanceOf(PoolExhaustedException.class)
                    .hasMessageContaining("pool exhausted").hasMessageContaining("foo.max_connections")
                    .hasMessageContaining("500 ms");
            assertThat(waitedMillis).isGreaterThanOrEqualTo(450).isLessThan(9_000);
            assertThat(metrics.requests("foo", "get", false)).isEqualTo(1);

            // both of the client's connections are still held: release them through the nodes themselves
            LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
            try (Jedis node = cluster.nodeClient(cluster.primaryPorts().get(0))) {
                node.rpush(queues.get(0), "x");
            }
            try (Jedis node = cluster.nodeClient(cluster.primaryPorts().get(1))) {
                node.rpush(queues.get(1), "y");
            }
            assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(queues.get(0), "x");
            assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(queues.get(1), "y");
        } finally {
            threads.shutdownNow();
        }
    }
}
