package io.github.jakartaredis.cluster.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records through two backends at once (MicroProfile Metrics and OpenTelemetry, when a runtime offers both).
 * Thread-safe.
 *
 * <p>Each command's {@link CommandMeter#start(int) start} asks both meters; when only one returns events (the
 * tracing one), those events go to the command path as they are and both meters get them at {@code finish}: a
 * meter ignores events it did not make. Only when both return events are they paired.
 */
public final class CompositeClientMetrics implements ClientMetrics {

    private final ClientMetrics first;
    private final ClientMetrics second;
    private final Map<String, CommandMeter> commands = new ConcurrentHashMap<>();

    private CompositeClientMetrics(ClientMetrics first, ClientMetrics second) {
        this.first = first;
        this.second = second;
    }

    /**
     * @param first a factory, not null
     * @param second another factory, not null
     * @return a factory whose metrics record through both
     */
    public static ClientMetricsFactory of(ClientMetricsFactory first, ClientMetricsFactory second) {
        return (client, gauges) -> {
            ClientMetrics one = first.create(client, gauges);
            try {
                return new CompositeClientMetrics(one, second.create(client, gauges));
            } catch (RuntimeException e) {
                one.close();
                throw e;
            }
        };
    }

    @Override
    public CommandMeter command(String command) {
        CommandMeter meter = commands.get(command);
        return meter != null ? meter : commands.computeIfAbsent(command,
                name -> new Both(first.command(name), second.command(name)));
    }

    @Override
    public void requestFinished(int commandCount) {
        first.requestFinished(commandCount);
        second.requestFinished(commandCount);
    }

    @Override
    public void close() {
        try {
            first.close();
        } finally {
            second.close();
        }
    }

    /** Both backends' meters of one command. Thread-safe. */
    private record Both(CommandMeter first, CommandMeter second) implements CommandMeter {

        @Override
        public void record(long nanos, boolean success) {
            first.record(nanos, success);
            second.record(nanos, success);
        }

        @Override
        public CommandEvents start(int batchSize) {
            CommandEvents one = first.start(batchSize);
            CommandEvents two = second.start(batchSize);
            if (two == CommandEvents.NONE) {
                return one;
            }
            return one == CommandEvents.NONE ? two : new PairedEvents(one, two);
        }

        @Override
        public void finish(CommandEvents events, long nanos, Throwable error) {
            if (events instanceof PairedEvents paired) {
                first.finish(paired.first, nanos, error);
                second.finish(paired.second, nanos, error);
            } else {
                first.finish(events, nanos, error);
                second.finish(events, nanos, error);
            }
        }
    }

    /** Events reported to both backends' events. Used like the events it pairs. */
    private record PairedEvents(CommandEvents first, CommandEvents second) implements CommandEvents {

        @Override
        public void attempt(String host, int port) {
            first.attempt(host, port);
            second.attempt(host, port);
        }

        @Override
        public void retry(RuntimeException error, int failures) {
            first.retry(error, failures);
            second.retry(error, failures);
        }

        @Override
        public void redirect(boolean ask, String host, int port) {
            first.redirect(ask, host, port);
            second.redirect(ask, host, port);
        }

        @Override
        public void topologyRefresh() {
            first.topologyRefresh();
            second.topologyRefresh();
        }
    }
}
