package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.execution.RetryOnErrorTest;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A command retried on a BUSY node is one span with an event per retried failure. */
@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class OpenTelemetryRetryTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(false, FooUser.class, TestTelemetry.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    TestTelemetry telemetry;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.retry.retries", "30", "foo.retry.backoff",
                "constant", "foo.retry.backoff.base", "100ms", "foo.socket_timeout", "5s",
                "foo.retry_on_error", "busy"));
    }

    @Test
    void retriedCommandIsOneSpanWithARetryEventPerRetriedFailure() throws Exception {
        LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
        int port = cluster.primaryPorts().get(2);
        String key = cluster.keyOwnedBy(port);
        foo.set(key, "patient");
        CompletableFuture<Object> script = RetryOnErrorTest.busyScriptOn(cluster, port);
        assertThat(foo.get(key)).isEqualTo("patient");
        assertThat(script.get(10, TimeUnit.SECONDS)).isEqualTo(1L);

        List<SpanData> gets = telemetry.spans().stream().filter(s -> s.getName().equals("GET")).toList();
        assertThat(gets).hasSize(1);
        SpanData get = gets.get(0);
        assertThat(get.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        List<EventData> retries = get.getEvents().stream().filter(e -> e.getName().equals("redis.retry")).toList();
        assertThat(retries).as("events of %s", get).isNotEmpty();
        assertThat(retries.get(0).getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("BUSY");
        assertThat(retries.get(0).getAttributes().get(AttributeKey.longKey("redis.retry.failures"))).isEqualTo(1L);
        assertThat(get.getAttributes().get(AttributeKey.longKey("server.port")))
                .isEqualTo((long) cluster.announcedPort(port));
        System.out.println("GET retried " + retries.size() + " times, one span: " + get.getEvents().size() + " events");
    }
}
