package io.github.jakartaredis.cluster.metrics.opentelemetry;

import io.github.jakartaredis.cluster.metrics.ClientGauges;
import io.github.jakartaredis.cluster.metrics.ClientMetrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records a client's metrics and spans through an {@link OpenTelemetry} instance (MicroProfile Telemetry), under
 * the instrumentation scope {@value #SCOPE}. Thread-safe.
 *
 * <p>Metrics: {@code db.client.operation.duration} (histogram, seconds; {@code db.system.name},
 * {@code db.operation.name}, {@code db.client.connection.pool.name} = the client, {@code error.type} and
 * {@code db.response.status_code} on failure), the connection-pool instruments of the semantic conventions
 * ({@code db.client.connection.count} by {@code db.client.connection.state}, {@code .max},
 * {@code .pending_requests}, {@code .timeouts}), and the library's own {@code runtime.pool.size},
 * {@code runtime.pool.in_use}, {@code redis.client.active_requests} and {@code redis.client.request.commands}
 * with {@code client}. Spans: see {@link OpenTelemetryCommandMeter}; none when the tracer provider is the no-op
 * one. {@link #close()} stops the asynchronous instruments' callbacks.
 */
public final class OpenTelemetryClientMetrics implements ClientMetrics {

    /** The instrumentation scope name of every metric and span of the library. */
    public static final String SCOPE = "io.github.jakarta-redis.redis-cluster-cdi";

    /** Bucket boundaries the semantic conventions advise for {@code db.client.operation.duration}, seconds. */
    static final List<Double> DURATION_BUCKETS = List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0);

    /**
     * Whether the runtime's OpenTelemetry API has bucket advice (1.32 and later; MicroProfile Telemetry 1.x
     * runtimes such as Payara Micro 6 bring 1.29, where the histogram then has the SDK's default buckets).
     */
    private static final boolean BUCKET_ADVICE = hasMethod(DoubleHistogramBuilder.class,
            "setExplicitBucketBoundariesAdvice", List.class);

    private final String client;
    private final DoubleHistogram duration;
    private final LongHistogram requestCommands;
    private final Attributes clientAttributes;
    private final Tracer tracer;
    private final Map<String, CommandMeter> commands = new ConcurrentHashMap<>();
    private final List<AutoCloseable> callbacks = new CopyOnWriteArrayList<>();

    /**
     * Creates the client's instruments.
     *
     * @param openTelemetry the runtime's OpenTelemetry, not null
     * @param client the client's name, not null
     * @param gauges what the asynchronous instruments read, not null
     */
    public OpenTelemetryClientMetrics(OpenTelemetry openTelemetry, String client, ClientGauges gauges) {
        this.client = client;
        String version = OpenTelemetryClientMetrics.class.getPackage().getImplementationVersion();
        var meterBuilder = openTelemetry.meterBuilder(SCOPE);
        var tracerBuilder = openTelemetry.tracerBuilder(SCOPE);
        if (version != null) {
            meterBuilder.setInstrumentationVersion(version);
            tracerBuilder.setInstrumentationVersion(version);
        }
        Meter meter = meterBuilder.build();
        this.tracer = openTelemetry.getTracerProvider() == TracerProvider.noop() ? null : tracerBuilder.build();
        this.clientAttributes = Attributes.of(SemanticAttributes.CLIENT, client);
        DoubleHistogramBuilder durationBuilder = meter.histogramBuilder("db.client.operation.duration")
                .setDescription("Duration of database client operations.")
                .setUnit("s");
        if (BUCKET_ADVICE) {
            durationBuilder.setExplicitBucketBoundariesAdvice(DURATION_BUCKETS);
        }
        this.duration = durationBuilder.build();
        this.requestCommands = meter.histogramBuilder("redis.client.request.commands")
                .setDescription("Redis commands one request issued through the client.")
                .setUnit("{command}")
                .ofLongs()
                .build();
        new ConnectionInstruments(meter, client, clientAttributes, gauges).register(callbacks::add);
    }

    private static boolean hasMethod(Class<?> type, String name, Class<?>... parameters) {
        try {
            type.getMethod(name, parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** @return whether commands make spans (false when the runtime's tracer provider is the no-op one) */
    public boolean tracing() {
        return tracer != null;
    }

    @Override
    public CommandMeter command(String command) {
        CommandMeter meter = commands.get(command);
        return meter != null ? meter : commands.computeIfAbsent(command, this::newMeter);
    }

    private CommandMeter newMeter(String command) {
        return new OpenTelemetryCommandMeter(command, client, duration, tracer);
    }

    @Override
    public void requestFinished(int commandCount) {
        requestCommands.record(commandCount, clientAttributes);
    }

    @Override
    public void close() {
        for (AutoCloseable callback : callbacks) {
            try {
                callback.close();
            } catch (Exception e) {
                // an instrument that cannot stop its callback has nothing left to release
            }
        }
        callbacks.clear();
        commands.clear();
    }
}
