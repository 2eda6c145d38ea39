package io.github.jakartaredis.benchmark;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Collection;

/**
 * OpenTelemetry SDKs offered as a CDI bean, as MicroProfile Telemetry offers them, exporting to exporters that drop
 * everything (the cost measured is the recording, not the export): metrics read every 10 s; with {@link Tracing}
 * also a span per command through a batch span processor, always sampled.
 */
final class Telemetry {

    private Telemetry() {
    }

    private static SdkMeterProvider meters() {
        MetricExporter dropped = new MetricExporter() {
            @Override
            public CompletableResultCode export(Collection<MetricData> metrics) {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public AggregationTemporality getAggregationTemporality(InstrumentType type) {
                return AggregationTemporality.CUMULATIVE;
            }
        };
        return SdkMeterProvider.builder()
                .registerMetricReader(PeriodicMetricReader.builder(dropped).setInterval(Duration.ofSeconds(10)).build())
                .build();
    }

    /** Metrics through the SDK; tracing off (the no-op tracer provider, as with traces disabled). */
    @ApplicationScoped
    public static class MetricsOnly {
        private final SdkMeterProvider meters = meters();

        @Produces
        OpenTelemetry openTelemetry() {
            return new OpenTelemetry() {
                @Override
                public TracerProvider getTracerProvider() {
                    return TracerProvider.noop();
                }

                @Override
                public io.opentelemetry.api.metrics.MeterProvider getMeterProvider() {
                    return meters;
                }

                @Override
                public ContextPropagators getPropagators() {
                    return ContextPropagators.noop();
                }
            };
        }

        @PreDestroy
        void close() {
            meters.close();
        }
    }

    /** Metrics and a span per command, exported in batches to an exporter that drops them. */
    @ApplicationScoped
    public static class Tracing {
        private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setMeterProvider(meters())
                .setTracerProvider(SdkTracerProvider.builder()
                        .addSpanProcessor(BatchSpanProcessor.builder(new SpanExporter() {
                            @Override
                            public CompletableResultCode export(Collection<SpanData> spans) {
                                return CompletableResultCode.ofSuccess();
                            }

                            @Override
                            public CompletableResultCode flush() {
                                return CompletableResultCode.ofSuccess();
                            }

                            @Override
                            public CompletableResultCode shutdown() {
                                return CompletableResultCode.ofSuccess();
                            }
                        }).build())
                        .build())
                .build();

        @Produces
        OpenTelemetry openTelemetry() {
            return sdk;
        }

        @PreDestroy
        void close() {
            sdk.close();
        }
    }
}
