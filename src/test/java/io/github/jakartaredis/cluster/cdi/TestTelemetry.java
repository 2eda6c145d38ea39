package io.github.jakartaredis.cluster.cdi;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The OpenTelemetry SDK of a test container, as MicroProfile Telemetry offers it (an {@code OpenTelemetry} bean),
 * with in-memory span and metric exporters the test reads back. One per container.
 */
@ApplicationScoped
public class TestTelemetry {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();

    @Produces
    OpenTelemetry openTelemetry() {
        return sdk;
    }

    OpenTelemetrySdk sdk() {
        return sdk;
    }

    List<SpanData> spans() {
        return spans.getFinishedSpanItems();
    }

    /** @return the metrics collected now, by name */
    Map<String, MetricData> collect() {
        Collection<MetricData> all = metrics.collectAllMetrics();
        return all.stream().collect(Collectors.toMap(MetricData::getName, m -> m, (a, b) -> a));
    }

    /** @return the count of db.client.operation.duration for exactly these attributes, 0 when never recorded */
    long durationCount(Attributes attributes) {
        MetricData data = collect().get("db.client.operation.duration");
        if (data == null) {
            return 0;
        }
        return data.getHistogramData().getPoints().stream().filter(p -> p.getAttributes().equals(attributes))
                .mapToLong(HistogramPointData::getCount).sum();
    }

    /** @return the value of a long-valued asynchronous instrument at the point whose attribute {@code key} is {@code value} */
    Optional<Long> longValue(String name, String key, String value) {
        MetricData data = collect().get(name);
        if (data == null) {
            return Optional.empty();
        }
        Collection<LongPointData> points;
        switch (data.getType()) {
            case LONG_GAUGE:
                points = data.getLongGaugeData().getPoints();
                break;
            case LONG_SUM:
                points = data.getLongSumData().getPoints();
                break;
            default:
                throw new AssertionError(name + " is a " + data.getType());
        }
        return points.stream().filter(p -> value.equals(p.getAttributes().get(AttributeKey.stringKey(key))))
                .map(LongPointData::getValue).findFirst();
    }

    @PreDestroy
    void shutdown() {
        sdk.close();
    }
}
