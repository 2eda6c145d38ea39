package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.exceptions.JedisDataException;

@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class MetricsTest {

    private static final int MAX_CONNECTIONS = 5;

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(true, FooUser.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    MetricRegistry registry;

    @Inject
    Instance<RequestContextController> requestContexts;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.max_connections", Integer.toString(MAX_CONNECTIONS),
                "foo.timeout", "2 seconds"));
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    private Metrics metrics() {
        return new Metrics(registry);
    }

    @Test
    void poolSizeGaugeEqualsMaxConnectionsFromStartup() {
        assertThat(metrics().gauge("runtime.pool.size", "foo")).isEqualTo(MAX_CONNECTIONS);
        assertThat(metrics().gauge("runtime.pool.in_use", "foo")).isEqualTo(0);
        assertThat(metrics().gauge("redis.client.active_requests", "foo")).isEqualTo(0);
    }

    @Test
    void inUseRisesWhileBlockingCommandsHoldConnectionsAndReturnsToZero() throws Exception {
        String queue = "{in-use}:queue";
        List<CompletableFuture<List<String>>> blocked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blocked.add(CompletableFuture.supplyAsync(() -> foo.blpop(20, queue), threads));
        }
        awaitGauge("runtime.pool.in_use", 3);
        assertThat(metrics().gauge("redis.client.active_requests", "foo")).isEqualTo(3);
        foo.rpush(queue, "a", "b", "c");
        for (CompletableFuture<List<String>> call : blocked) {
            assertThat(call.get(10, TimeUnit.SECONDS)).hasSize(2);
        }
        awaitGauge("runtime.pool.in_use", 0);
        assertThat(metrics().gauge("redis.client.active_requests", "foo")).isEqualTo(0);
    }

    private void awaitGauge(String name, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!Integer.valueOf(expected).equals(metrics().gauge(name, "foo")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(metrics().gauge(name, "foo")).isEqualTo(expected);
    }

    @Test
    void requestsCountExactlyTheCommandsIssuedWithTheirOutcome() {
        foo.set("{counted}:text", "not a number");
        for (int i = 0; i < 7; i++) {
            foo.get("{counted}:k" + i);
        }
        assertThatThrownBy(() -> foo.incr("{counted}:text")).isInstanceOf(JedisDataException.class);

        Metrics metrics = metrics();
        assertThat(metrics.requests("foo", "get", true)).isEqualTo(7);
        assertThat(metrics.requests("foo", "get", false)).isZero();
        assertThat(metrics.requests("foo", "set", true)).isEqualTo(1);
        assertThat(metrics.requests("foo", "incr", false)).isEqualTo(1);
        assertThat(metrics.requests("foo", "incr", true)).isZero();
        assertThat(metrics.latencyCount("foo", "get", true)).isEqualTo(7);
        assertThat(metrics.latencyCount("foo", "incr", false)).isEqualTo(1);
    }

    @Test
    void multiKeyCommandCountsOnceWithItsOwnName() {
        foo.mget("{a}x", "{b}y", "{c}z");
        assertThat(metrics().requests("foo", "mget", true)).isEqualTo(1);
        assertThat(metrics().requests("foo", "get", true)).isZero();
    }

    @Test
    void eachRequestRecordsItsNumberOfCommands() {
        inRequest(() -> {
            foo.set("{req}:a", "1");
            foo.get("{req}:a");
            foo.del("{req}:a");
        });
        Histogram histogram = metrics().requestCommands("foo");
        assertThat(histogram.getCount()).isEqualTo(1);
        assertThat(histogram.getSum()).isEqualTo(3);

        inRequest(() -> foo.get("{req}:b"));
        inRequest(() -> { });
        assertThat(histogram.getCount()).isEqualTo(2);
        assertThat(histogram.getSum()).isEqualTo(4);
    }

    private void inRequest(Runnable work) {
        RequestContextController controller = requestContexts.get();
        assertThat(controller.activate()).isTrue();
        try {
            work.run();
        } finally {
            controller.deactivate();
        }
    }

    @Test
    void plainThreadWithoutRequestContextWorksAndIsCounted() throws Exception {
        Thread thread = new Thread(() -> {
            foo.set("{plain}:k", "v");
            foo.get("{plain}:k");
        }, "plain-thread");
        List<Throwable> failures = new ArrayList<>();
        thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        thread.start();
        thread.join(10_000);
        assertThat(failures).isEmpty();
        assertThat(metrics().requests("foo", "get", true)).isEqualTo(1);
        assertThat(metrics().requests("foo", "set", true)).isEqualTo(1);
        Histogram histogram = metrics().requestCommands("foo");
        assertThat(histogram.getCount()).isZero();
    }
}
