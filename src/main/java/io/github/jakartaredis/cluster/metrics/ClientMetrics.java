package io.github.jakartaredis.cluster.metrics;

/**
 * The one interface the rest of the library records metrics through, for one client. Implementations are
 * thread-safe. {@link #NONE} records nothing, for runtimes without MicroProfile Metrics.
 */
public interface ClientMetrics extends AutoCloseable {

    /** Records nothing. */
    ClientMetrics NONE = new ClientMetrics() {
        @Override
        public CommandMeter command(String command) {
            return (nanos, success) -> { };
        }

        @Override
        public void requestFinished(int commands) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * Returns the meter of one command; callers keep it, so that recording costs no lookup.
     *
     * @param command the lowercase Redis command name, e.g. {@code get}, or {@code pipeline}; not null
     * @return the meter for {@code redis.client.requests} and {@code redis.client.latency} of that command
     */
    CommandMeter command(String command);

    /**
     * Records one value of {@code redis.client.request.commands}.
     *
     * @param commands how many commands one request issued
     */
    void requestFinished(int commands);

    /** Removes every metric of the client from its registry. */
    @Override
    void close();

    /** Records the outcome of one command. Thread-safe. */
    @FunctionalInterface
    interface CommandMeter {
        /**
         * @param nanos how long the command took, retries included
         * @param success whether it returned a reply rather than throwing
         */
        void record(long nanos, boolean success);
    }
}
