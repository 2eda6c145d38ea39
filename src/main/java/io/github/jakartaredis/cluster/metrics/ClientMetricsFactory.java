package io.github.jakartaredis.cluster.metrics;

/** Makes the metrics of one client. Implementations are thread-safe. */
@FunctionalInterface
public interface ClientMetricsFactory {

    /** Makes metrics that record nothing. */
    ClientMetricsFactory NONE = (client, gauges) -> ClientMetrics.NONE;

    /**
     * Registers a client's metrics.
     *
     * @param client the client's name, the value of the {@code client} tag; not null
     * @param gauges what the client's gauges read; not null
     * @return the client's metrics
     */
    ClientMetrics create(String client, ClientGauges gauges);
}
