package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.retry.RedisAction;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.util.function.Consumer;
import redis.clients.jedis.HostAndPort;

/**
 * One command's way through the client's {@link io.github.jakartaredis.cluster.retry.Retry}: {@link #run()} is one
 * counted attempt, {@link #accept(RuntimeException)} hears of each counted failure. The state of one command, used
 * by one thread at a time.
 *
 * @param <T> the reply type
 */
abstract class CommandAttempt<T> implements RedisAction<T>, Consumer<RuntimeException> {

    final CommandEvents events;
    private final TopologyRefresh topology;
    int attempts;
    int failures;
    HostAndPort node;

    CommandAttempt(CommandEvents events, TopologyRefresh topology) {
        this.events = events;
        this.topology = topology;
    }

    /** @return the lowercase command name, for errors */
    abstract String commandName();

    /**
     * A failure the retry counts; it resets {@link #failures} itself when a new cycle starts. A node that failed as
     * a node makes the topology look for a new primary in the background while the command waits.
     */
    @Override
    public void accept(RuntimeException failure) {
        failures++;
        events.retry(failure, failures);
        RedisErrorKind kind = RedisErrorKind.of(failure).orElse(null);
        if (node != null && (kind == RedisErrorKind.CONNECTION || kind == RedisErrorKind.TIMEOUT)) {
            topology.nodeFailing(node);
        }
    }

    /** A new cycle of retries starts after a topology refresh. */
    void newCycle() {
        failures = 0;
        events.topologyRefresh();
    }

    /** Tells the events which node the next try goes to. */
    void sendingTo(HostAndPort target) {
        attempts++;
        node = target;
        if (target != null) {
            events.attempt(target.getHost(), target.getPort());
        }
    }
}
