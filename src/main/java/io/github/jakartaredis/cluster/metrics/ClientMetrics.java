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

    /**
     * Records the outcome of one command. Thread-safe. The command path calls {@link #start(int)} before the
     * command runs, on the caller's thread, passes the returned events along the command's way, and calls
     * {@link #finish(CommandEvents, long, Throwable)} once it ended. A backend that only counts and times
     * implements {@link #record(long, boolean)}; a tracing backend also implements {@code start} and
     * {@code finish} (a span per command).
     */
    @FunctionalInterface
    interface CommandMeter {
        /**
         * @param nanos how long the command took, retries included
         * @param success whether it returned a reply rather than throwing
         */
        void record(long nanos, boolean success);

        /**
         * A command is about to run.
         *
         * @param batchSize how many Redis commands it carries: 1, or a pipeline's or multi-key command's parts
         * @return what the command path reports its events to; {@link CommandEvents#NONE} unless tracing
         */
        default CommandEvents start(int batchSize) {
            return CommandEvents.NONE;
        }

        /**
         * A command ended.
         *
         * @param events what {@link #start(int)} returned for it
         * @param nanos how long it took, retries included
         * @param error what it threw, or null when it returned a reply
         */
        default void finish(CommandEvents events, long nanos, Throwable error) {
            record(nanos, error == null);
        }
    }
}
