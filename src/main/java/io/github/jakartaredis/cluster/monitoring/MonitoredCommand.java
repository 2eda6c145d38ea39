package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.execution.CommandTraits;
import io.github.jakartaredis.cluster.execution.CrossSlotCommand;
import io.github.jakartaredis.cluster.metrics.ClientMetrics.CommandMeter;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.util.List;
import java.util.function.Function;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.RedisClusterClient;

/**
 * The monitoring of one command, written once for every method of the connection and for pipelines: the active
 * counter and the start time before the command is built, then its run, then in one place its end: the time and
 * outcome in the command's meter (the meter of the interface method's name when no command was built), the request
 * tally, the hot-key sample. Stateless (static methods) and thread-safe.
 */
final class MonitoredCommand {

    private MonitoredCommand() {
    }

    /**
     * Counts a command as active from now.
     *
     * @return its start time, {@link System#nanoTime()}
     */
    static long begin(SharedClusterClient target) {
        target.activeCounter().increment();
        return System.nanoTime();
    }

    /**
     * Ends a command that failed before anything was sent (building it, or a method that is refused); the caller
     * then throws {@code error}.
     *
     * @param method the interface method's name in lower case: the meter it is recorded in
     */
    static void failedBeforeRunning(SharedClusterClient target, RequestTally tally, long start, String method,
            Throwable error) {
        end(target, tally, start, null, method, CommandEvents.NONE, error);
    }

    /**
     * Runs a built keyed command and ends it: on its slot's node, or by Jedis's own client when it is keyless or
     * Redis sends it to every shard (given keys of several slots).
     *
     * @param method the interface method's name in lower case
     */
    static <T> T run(SharedClusterClient target, RequestTally tally, long start, String method,
            CommandObject<T> command) {
        CommandMeter meter = null;
        CommandEvents events = CommandEvents.NONE;
        boolean routedByJedis;
        T reply;
        try {
            routedByJedis = CommandTraits.routedByJedis(command.getArguments());
            meter = target.meters().of(command.getArguments().getCommand());
            events = meter.start(1);
            reply = routedByJedis ? target.executor().withPermit(() -> target.jedis().executeCommand(command))
                    : target.executor().execute(command, events);
        } catch (Throwable e) {
            end(target, tally, start, meter, method, events, e);
            throw e;
        }
        end(target, tally, start, meter, method, events, null);
        if (!routedByJedis && target.hotKeys().enabled()) {
            target.hotKeys().track(List.of(command));
        }
        return reply;
    }

    /**
     * Runs a multi-key command split per slot (the nodes' batches in parallel), or a call of Jedis's own cluster
     * client as it is, and ends it. One of {@code split} and {@code direct} is null.
     *
     * @param method the interface method's name in lower case: the meter it is recorded in
     */
    static <T> T run(SharedClusterClient target, RequestTally tally, long start, String method,
            CrossSlotCommand<T> split, Function<RedisClusterClient, T> direct) {
        CommandMeter meter = null;
        CommandEvents events = CommandEvents.NONE;
        T reply;
        try {
            meter = target.meters().of(method);
            events = meter.start(split != null ? split.parts().size() : 1);
            reply = split != null ? split.combine(target.executor().executeAcrossNodes(split.parts(), events))
                    : target.executor().withPermit(() -> direct.apply(target.jedis()));
        } catch (Throwable e) {
            end(target, tally, start, meter, method, events, e);
            throw e;
        }
        end(target, tally, start, meter, method, events, null);
        if (split != null && target.hotKeys().enabled()) {
            target.hotKeys().track(split.parts());
        }
        return reply;
    }

    /**
     * Ends a command: no longer active, its time and outcome recorded, counted for the request.
     *
     * @param meter the command's meter, or null to use the meter named {@code name}
     * @param name the name of the meter to use when {@code meter} is null
     * @param error what the command threw, or null
     */
    static void end(SharedClusterClient target, RequestTally tally, long start, CommandMeter meter, String name,
            CommandEvents events, Throwable error) {
        long nanos = System.nanoTime() - start;
        target.activeCounter().decrement();
        (meter != null ? meter : target.meters().of(name)).finish(events, nanos, error);
        if (tally != null) {
            tally.increment();
        }
    }
}
