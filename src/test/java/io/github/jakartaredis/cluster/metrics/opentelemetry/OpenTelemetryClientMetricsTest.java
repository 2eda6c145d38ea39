package io.github.jakartaredis.cluster.metrics.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.metrics.ClientGauges;
import io.github.jakartaredis.cluster.metrics.ClientMetrics.CommandMeter;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** The events the command path reports, as they show on the span; the no-tracing path. In-memory SDK, no Redis. */
class OpenTelemetryClientMetricsTest {

    private static final ClientGauges GAUGES = new ClientGauges() {
        @Override
        public int poolSize() {
            return 8;
        }

        @Override
        public int poolInUse() {
            return 2;
        }

        @Override
        public int activeRequests() {
            return 1;
        }

        @Override
        public int poolIdle() {
            return 3;
        }
    };

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private OpenTelemetrySdk sdk;

    @AfterEach
    void close() {
        if (sdk != null) {
            sdk.close();
        }
    }

    private OpenTelemetrySdk sdk(Sampler sampler) {
        sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().setSampler(sampler)
                        .addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .build();
        return sdk;
    }

    @Test
    void retriesRedirectsAndRefreshesAreSpanEventsAndTheLastAttemptNamesTheServer() {
        OpenTelemetryClientMetrics client = new OpenTelemetryClientMetrics(sdk(Sampler.alwaysOn()), "foo", GAUGES);
        CommandMeter meter = client.command("get");
        CommandEvents events = meter.start(1);
        events.attempt("10.0.0.1", 7000);
        events.retry(new JedisConnectionException("refused"), 1);
        events.topologyRefresh();
        events.attempt("10.0.0.2", 7001);
        events.redirect(true, "10.0.0.3", 7002);
        events.attempt("10.0.0.3", 7002);
        meter.finish(events, 1_000_000, null);

        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("GET");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("10.0.0.3");
        assertThat(span.getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo(7002L);
        List<EventData> spanEvents = span.getEvents();
        assertThat(spanEvents).extracting(EventData::getName)
                .containsExactly("redis.retry", "redis.topology_refresh", "redis.ask");
        assertThat(spanEvents.get(0).getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo(JedisConnectionException.class.getName());
        assertThat(spanEvents.get(0).getAttributes().get(AttributeKey.longKey("redis.retry.failures"))).isEqualTo(1L);
        assertThat(spanEvents.get(2).getAttributes().get(AttributeKey.longKey("server.port"))).isEqualTo(7002L);
    }

    @Test
    void failureWithoutRedisReplyIsTypedByItsClassWithoutStatusCode() {
        OpenTelemetryClientMetrics client = new OpenTelemetryClientMetrics(sdk(Sampler.alwaysOn()), "foo", GAUGES);
        CommandMeter meter = client.command("set");
        CommandEvents events = meter.start(1);
        meter.finish(events, 1_000, new JedisClusterOperationException("No more cluster attempts left."));
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo(JedisClusterOperationException.class.getName());
        assertThat(span.getAttributes().get(AttributeKey.stringKey("db.response.status_code"))).isNull();
    }

    @Test
    void sampledOutCommandGetsNoEventsObject() {
        OpenTelemetryClientMetrics client = new OpenTelemetryClientMetrics(sdk(Sampler.alwaysOff()), "foo", GAUGES);
        assertThat(client.command("get").start(1)).isSameAs(CommandEvents.NONE);
    }

    @Test
    void noopTracerProviderMeansNoSpanAndMetricsStillRecorded() {
        SdkMeterProvider meterProvider = SdkMeterProvider.builder().registerMetricReader(metrics).build();
        OpenTelemetry metricsOnly = new OpenTelemetry() {
            @Override
            public TracerProvider getTracerProvider() {
                return TracerProvider.noop();
            }

            @Override
            public MeterProvider getMeterProvider() {
                return meterProvider;
            }

            @Override
            public ContextPropagators getPropagators() {
                return ContextPropagators.noop();
            }
        };
        try (meterProvider) {
            OpenTelemetryClientMetrics client = new OpenTelemetryClientMetrics(metricsOnly, "foo", GAUGES);
            assertThat(client.tracing()).isFalse();
            CommandMeter meter = client.command("get");
            CommandEvents events = meter.start(1);
            assertThat(events).isSameAs(CommandEvents.NONE);
            meter.finish(events, 2_000_000, null);
            assertThat(metrics.collectAllMetrics()).anySatisfy(m -> {
                assertThat(m.getName()).isEqualTo("db.client.operation.duration");
                assertThat(m.getHistogramData().getPoints().iterator().next().getSum()).isEqualTo(0.002);
            });
        }
    }

    @Test
    void idleAndUsedConnectionsAreTwoStatesOfOneInstrumentAndCloseStopsTheCallbacks() {
        OpenTelemetryClientMetrics client = new OpenTelemetryClientMetrics(sdk(Sampler.alwaysOn()), "foo", GAUGES);
        var count = metrics.collectAllMetrics().stream().filter(m -> m.getName().equals("db.client.connection.count"))
                .findFirst().orElseThrow();
        assertThat(count.getLongSumData().getPoints()).extracting(
                p -> p.getAttributes().get(AttributeKey.stringKey("db.client.connection.state")) + "=" + p.getValue())
                .containsExactlyInAnyOrder("used=2", "idle=3");
        client.close();
        assertThat(metrics.collectAllMetrics()).noneMatch(m -> m.getName().equals("db.client.connection.count"));
    }
}
