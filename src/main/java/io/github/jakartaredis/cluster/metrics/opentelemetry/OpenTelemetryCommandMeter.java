package io.github.jakartaredis.cluster.metrics.opentelemetry;

import io.github.jakartaredis.cluster.metrics.ClientMetrics.CommandMeter;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenTelemetry meter of one command of one client: records {@code db.client.operation.duration} with
 * attribute sets built once (per outcome, and per error type on first sight), and, when tracing is on, makes one
 * {@code CLIENT} span per command. Thread-safe.
 */
final class OpenTelemetryCommandMeter implements CommandMeter {

    /** Distinct error types kept per command; later ones are recorded as {@code _OTHER}, so cardinality stays bounded. */
    static final int MAX_ERROR_TYPES = 16;

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final String operation;
    private final DoubleHistogram duration;
    private final Tracer tracer;
    private final Attributes succeeded;
    private final Attributes spanAttributes;
    private final Map<String, Attributes> failed = new ConcurrentHashMap<>();

    /**
     * @param command the lowercase command name, not null
     * @param client the client's name, not null
     * @param duration the client's {@code db.client.operation.duration} histogram, not null
     * @param tracer the tracer, or null when tracing is off (then no span is made)
     */
    OpenTelemetryCommandMeter(String command, String client, DoubleHistogram duration, Tracer tracer) {
        this.operation = command.toUpperCase(Locale.ROOT);
        this.duration = duration;
        this.tracer = tracer;
        this.spanAttributes = Attributes.of(SemanticAttributes.DB_SYSTEM_NAME, SemanticAttributes.REDIS,
                SemanticAttributes.DB_OPERATION_NAME, operation);
        this.succeeded = spanAttributes.toBuilder().put(SemanticAttributes.DB_POOL_NAME, client).build();
    }

    @Override
    public void record(long nanos, boolean success) {
        duration.record(nanos / NANOS_PER_SECOND, success ? succeeded : failedAttributes(ErrorType.OTHER, null));
    }

    @Override
    public CommandEvents start(int batchSize) {
        if (tracer == null) {
            return CommandEvents.NONE;
        }
        SpanBuilder builder = tracer.spanBuilder(operation)
                .setSpanKind(SpanKind.CLIENT)
                .setParent(Context.current())
                .setAllAttributes(spanAttributes);
        if (batchSize > 1) {
            builder.setAttribute(SemanticAttributes.DB_OPERATION_BATCH_SIZE, (long) batchSize);
        }
        Span span = builder.startSpan();
        if (!span.isRecording()) {
            span.end();
            return CommandEvents.NONE;
        }
        return new SpanEvents(span);
    }

    @Override
    public void finish(CommandEvents events, long nanos, Throwable error) {
        Attributes attributes = error == null ? succeeded
                : failedAttributes(ErrorType.of(error), ErrorType.statusCode(error));
        duration.record(nanos / NANOS_PER_SECOND, attributes);
        if (events instanceof SpanEvents) {
            ((SpanEvents) events).end(error);
        }
    }

    /** The attributes of a failure: {@code error.type}, and {@code db.response.status_code} for a Redis error. */
    private Attributes failedAttributes(String errorType, String statusCode) {
        Attributes attributes = failed.get(errorType);
        if (attributes != null) {
            return attributes;
        }
        if (failed.size() >= MAX_ERROR_TYPES) {
            return failed.computeIfAbsent(ErrorType.OTHER,
                    type -> succeeded.toBuilder().put(SemanticAttributes.ERROR_TYPE, type).build());
        }
        return failed.computeIfAbsent(errorType, type -> {
            var builder = succeeded.toBuilder().put(SemanticAttributes.ERROR_TYPE, type);
            if (statusCode != null) {
                builder.put(SemanticAttributes.DB_RESPONSE_STATUS_CODE, statusCode);
            }
            return builder.build();
        });
    }
}
