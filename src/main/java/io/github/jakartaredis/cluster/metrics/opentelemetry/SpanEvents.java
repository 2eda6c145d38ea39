package io.github.jakartaredis.cluster.metrics.opentelemetry;

import io.github.jakartaredis.cluster.metrics.CommandEvents;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/**
 * The span of one command: remembers the last attempt's node and turns retries, redirects and topology refreshes
 * into span events. Used by one command, possibly from the threads that send its parts: the last node is kept in
 * volatile fields (a concurrent multi-node command reports one of its nodes), span events are thread-safe.
 */
final class SpanEvents implements CommandEvents {

    /** Event name of a retried failure. */
    static final String RETRY = "redis.retry";
    /** Event name of a MOVED redirect. */
    static final String MOVED = "redis.moved";
    /** Event name of an ASK redirect. */
    static final String ASK = "redis.ask";
    /** Event name of a topology refresh. */
    static final String TOPOLOGY_REFRESH = "redis.topology_refresh";

    private final Span span;
    private volatile String host;
    private volatile int port;

    SpanEvents(Span span) {
        this.span = span;
    }

    @Override
    public void attempt(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void retry(RuntimeException error, int failures) {
        span.addEvent(RETRY, Attributes.of(SemanticAttributes.ERROR_TYPE, ErrorType.of(error),
                SemanticAttributes.RETRY_FAILURES, (long) failures));
    }

    @Override
    public void redirect(boolean ask, String host, int port) {
        span.addEvent(ask ? ASK : MOVED, Attributes.of(SemanticAttributes.SERVER_ADDRESS, host,
                SemanticAttributes.SERVER_PORT, (long) port));
    }

    @Override
    public void topologyRefresh() {
        span.addEvent(TOPOLOGY_REFRESH);
    }

    /**
     * Ends the span with the last attempt's node and, on failure, the error's type and status (no message: a Redis
     * error message may quote a command's arguments).
     *
     * @param error what the command threw, or null
     */
    void end(Throwable error) {
        String lastHost = host;
        if (lastHost != null) {
            span.setAttribute(SemanticAttributes.SERVER_ADDRESS, lastHost);
            span.setAttribute(SemanticAttributes.SERVER_PORT, (long) port);
        }
        if (error != null) {
            span.setAttribute(SemanticAttributes.ERROR_TYPE, ErrorType.of(error));
            String status = ErrorType.statusCode(error);
            if (status != null) {
                span.setAttribute(SemanticAttributes.DB_RESPONSE_STATUS_CODE, status);
            }
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
