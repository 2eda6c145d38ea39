package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.exceptions.JedisDataException;

/** The OpenTelemetry backend in a CDI container that offers an OpenTelemetry bean and no MetricRegistry. */
@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class OpenTelemetryTest {

    private static final int MAX_CONNECTIONS = 5;
    private static final String SECRET = "secret-key-material";

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(false, FooUser.class, TestTelemetry.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    TestTelemetry telemetry;

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

    private static Attributes operation(String name) {
        return Attributes.builder().put("db.system.name", "redis").put("db.operation.name", name)
                .put("db.client.connection.pool.name", "foo").build();
    }

    private static Attributes failed(String name, String errorType) {
        return operation(name).toBuilder().put("error.type", errorType).put("db.response.status_code", errorType)
                .build();
    }

    @Test
    void operationDurationCountsExactlyTheCommandsByNameAndOutcome() {
        foo.set("{counted}:text", "not a number");
        for (int i = 0; i < 7; i++) {
            foo.get("{counted}:k" + i);
        }
        assertThatThrownBy(() -> foo.incr("{counted}:text")).isInstanceOf(JedisDataException.class);

        assertThat(telemetry.durationCount(operation("GET"))).isEqualTo(7);
        assertThat(telemetry.durationCount(operation("SET"))).isEqualTo(1);
        assertThat(telemetry.durationCount(operation("INCR"))).isZero();
        assertThat(telemetry.durationCount(failed("INCR", "ERR"))).isEqualTo(1);
        MetricData duration = telemetry.collect().get("db.client.operation.duration");
        assertThat(duration.getUnit()).isEqualTo("s");
        assertThat(duration.getInstrumentationScopeInfo().getName()).isEqualTo("io.github.jakarta-redis.redis-cluster-cdi");
        assertThat(duration.getHistogramData().getPoints()).hasSize(3);
    }

    @Test
    void pipelineAndMultiKeyCommandEachCountOnceUnderTheirOwnName() {
        try (RedisClusterPipeline pipeline = foo.pipeline("test")) {
            pipeline.set("{p}a", "1");
            pipeline.set("{p}b", "2");
            pipeline.get("{p}a");
            pipeline.sync();
        }
        foo.mget("{a}x", "{b}y", "{c}z");
        assertThat(telemetry.durationCount(operation("PIPELINE"))).isEqualTo(1);
        assertThat(telemetry.durationCount(operation("MGET"))).isEqualTo(1);
        assertThat(telemetry.durationCount(operation("SET"))).isZero();

        SpanData pipelineSpan = span("PIPELINE");
        assertThat(pipelineSpan.getAttributes().get(AttributeKey.longKey("db.operation.batch.size"))).isEqualTo(3);
        assertThat(span("MGET").getAttributes().get(AttributeKey.longKey("db.operation.batch.size"))).isEqualTo(3);
    }

    @Test
    void connectionGaugesRiseWhileBlockingCommandsHoldConnectionsAndReturnToZero() throws Exception {
        assertThat(telemetry.longValue("db.client.connection.max", "db.client.connection.pool.name", "foo"))
                .contains((long) MAX_CONNECTIONS);
        assertThat(telemetry.longValue("runtime.pool.size", "client", "foo")).contains((long) MAX_CONNECTIONS);
        String queue = "{in-use}:queue";
        List<CompletableFuture<List<String>>> blocked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            blocked.add(CompletableFuture.supplyAsync(() -> foo.blpop(20, queue), threads));
        }
        awaitValue("runtime.pool.in_use", "client", "foo", 3);
        assertThat(usedConnections()).contains(3L);
        assertThat(telemetry.longValue("redis.client.active_requests", "client", "foo")).contains(3L);
        foo.rpush(queue, "a", "b", "c");
        for (CompletableFuture<List<String>> call : blocked) {
            assertThat(call.get(10, TimeUnit.SECONDS)).hasSize(2);
        }
        awaitValue("runtime.pool.in_use", "client", "foo", 0);
        assertThat(usedConnections()).contains(0L);
        assertThat(telemetry.longValue("redis.client.active_requests", "client", "foo")).contains(0L);
    }

    private Optional<Long> usedConnections() {
        MetricData count = telemetry.collect().get("db.client.connection.count");
        return count.getLongSumData().getPoints().stream()
                .filter(p -> "used".equals(p.getAttributes().get(AttributeKey.stringKey("db.client.connection.state"))))
                .filter(p -> "foo".equals(p.getAttributes().get(AttributeKey.stringKey("db.client.connection.pool.name"))))
                .map(p -> p.getValue()).findFirst();
    }

    private void awaitValue(String name, String key, String value, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!telemetry.longValue(name, key, value).equals(Optional.of(expected)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(telemetry.longValue(name, key, value)).contains(expected);
    }

    @Test
    void eachCommandIsOneClientSpanUnderTheActiveSpan() {
        Span parent = telemetry.sdk().getTracer("test").spanBuilder("request").startSpan();
        try (Scope scope = parent.makeCurrent()) {
            foo.set("{span}:k", "v");
            foo.get("{span}:k");
        } finally {
            parent.end();
        }
        SpanData get = span("GET");
        assertThat(get.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(get.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
        assertThat(get.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
        assertThat(get.getAttributes().get(AttributeKey.stringKey("db.system.name"))).isEqualTo("redis");
        assertThat(get.getAttributes().get(AttributeKey.stringKey("db.operation.name"))).isEqualTo("GET");
        assertThat(get.getAttributes().get(AttributeKey.longKey("db.operation.batch.size"))).isNull();
        assertThat(get.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(span("SET").getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
        assertThat(telemetry.spans()).hasSize(3);
    }

    @Test
    void spanNamesTheNodeTheCommandWasLastSentTo() {
        int owner = LocalRedisClusterExtension.cluster().portOwningSlot(redis.clients.jedis.util.JedisClusterCRC16.getSlot("{node}:k"));
        foo.get("{node}:k");
        SpanData get = span("GET");
        assertThat(get.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo(LocalRedisCluster.HOST);
        assertThat(get.getAttributes().get(AttributeKey.longKey("server.port")))
                .isEqualTo((long) LocalRedisClusterExtension.cluster().announcedPort(owner));
    }

    @Test
    void failedCommandSpanCarriesErrorTypeAndStatusCode() {
        foo.set("{err}:text", "x");
        assertThatThrownBy(() -> foo.incr("{err}:text")).isInstanceOf(JedisDataException.class);
        SpanData incr = span("INCR");
        assertThat(incr.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(incr.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("ERR");
        assertThat(incr.getAttributes().get(AttributeKey.stringKey("db.response.status_code"))).isEqualTo("ERR");
    }

    @Test
    void noKeyOrValueAppearsInAnySpanOrMetric() {
        foo.set("{" + SECRET + "}:k", SECRET);
        foo.get("{" + SECRET + "}:k");
        foo.hset(SECRET, SECRET, SECRET);
        assertThatThrownBy(() -> foo.incr("{" + SECRET + "}:k")).isInstanceOf(JedisDataException.class);
        assertThat(telemetry.spans()).hasSize(4);
        assertThat(telemetry.spans().toString()).doesNotContain(SECRET);
        assertThat(telemetry.collect().toString()).doesNotContain(SECRET);
    }

    private SpanData span(String name) {
        List<SpanData> named = telemetry.spans().stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(named).as("spans named %s in %s", name, telemetry.spans()).hasSize(1);
        return named.get(0);
    }
}
