package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.execution.CrossSlotCommand;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.RedisClusterClient;

/**
 * The monitored {@link RedisClusterConnection}: every command is timed and counted in the client's metrics, and
 * tallied for the current request when there is one. Thread-safe; holds nothing between commands, so one instance
 * per client serves every caller.
 *
 * <p>Each command method (in the generated {@code GeneratedConnection}) is one call of a method here, which takes
 * the interface method's name in lower case (the meter of a command that fails before it is built) and what carries
 * the command out:
 * <ul>
 *   <li>{@code keyed}: a {@link CommandObjects} factory call, with its arguments; the command runs on its slot's
 *       node with the client's retries (keyless and broadcast ones by Jedis's own cluster client);</li>
 *   <li>{@code crossSlot}: {@code del}, {@code exists}, {@code mget}, {@code mset}, {@code touch}, {@code unlink}
 *       given only keys: split per slot ({@link CrossSlotCommand}), the nodes' batches in parallel;</li>
 *   <li>{@code direct}: a method {@code CommandObjects} has no factory for, run by Jedis's own cluster client;</li>
 *   <li>{@code refused}: WAIT and WAITAOF, which cannot work over pooled connections.</li>
 * </ul>
 */
public abstract class MonitoredConnection implements RedisClusterConnection {

    private final String client;
    private final Supplier<SharedClusterClient> shared;
    private final Supplier<RequestTally> currentTally;

    MonitoredConnection(String client, Supplier<SharedClusterClient> shared, Supplier<RequestTally> currentTally) {
        this.client = client;
        this.shared = shared;
        this.currentTally = currentTally;
    }

    /**
     * Creates the connection handle of a client.
     *
     * @param client the client's name, not null
     * @param shared gives the shared client, creating it on first use; not null
     * @param currentTally gives the current request's tally, or null outside a request; not null
     * @return the handle
     */
    public static RedisClusterConnection create(String client, Supplier<SharedClusterClient> shared,
            Supplier<RequestTally> currentTally) {
        return new GeneratedConnection(client, shared, currentTally);
    }

    @Override
    public RedisClusterPipeline pipeline(String name) {
        return MonitoredPipeline.create(Objects.requireNonNull(name, "name"), shared.get(), currentTally);
    }

    @Override
    public String toString() {
        return "RedisClusterConnection[client=" + client + "]";
    }

    /** A keyed command built by a factory method of 0 arguments; see the class comment. */
    final <T> T keyed(String method, CommandFactory.Of0<T> factory) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects());
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A keyed command built by a factory method of 1 argument; see the class comment. */
    final <A, T> T keyed(String method, CommandFactory.Of1<A, T> factory, A a) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects(), a);
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A keyed command built by a factory method of 2 arguments; see the class comment. */
    final <A, B, T> T keyed(String method, CommandFactory.Of2<A, B, T> factory, A a, B b) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects(), a, b);
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A keyed command built by a factory method of 3 arguments; see the class comment. */
    final <A, B, C, T> T keyed(String method, CommandFactory.Of3<A, B, C, T> factory, A a, B b, C c) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects(), a, b, c);
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A keyed command built by a factory method of 4 arguments; see the class comment. */
    final <A, B, C, D, T> T keyed(String method, CommandFactory.Of4<A, B, C, D, T> factory, A a, B b, C c, D d) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects(), a, b, c, d);
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A keyed command built by a factory method of 5 arguments; see the class comment. */
    final <A, B, C, D, E, T> T keyed(String method, CommandFactory.Of5<A, B, C, D, E, T> factory, A a, B b, C c, D d, E e) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects(), a, b, c, d, e);
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A keyed command built by a factory method of 6 arguments; see the class comment. */
    final <A, B, C, D, E, F, T> T keyed(String method, CommandFactory.Of6<A, B, C, D, E, F, T> factory, A a, B b, C c, D d, E e, F f) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects(), a, b, c, d, e, f);
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A keyed command built by a factory method of 7 arguments; see the class comment. */
    final <A, B, C, D, E, F, G, T> T keyed(String method, CommandFactory.Of7<A, B, C, D, E, F, G, T> factory, A a, B b, C c, D d, E e, F f, G g) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CommandObject<T> command;
        try {
            command = factory.build(target.commandObjects(), a, b, c, d, e, f, g);
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command);
    }

    /** A multi-key command given only keys ({@code mset}: keys and values), split per slot; see the class comment. */
    final <R, T> T crossSlot(String method, CommandFactory.Of1<Object[], R> perSlot, Object[] keys) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        CrossSlotCommand<T> command;
        try {
            CommandObjects objects = target.commandObjects();
            Function<Object[], CommandObject<?>> build = slice -> perSlot.build(objects, slice);
            command = method.equals("mset") ? CrossSlotCommand.overPairs(keys, build)
                    : CrossSlotCommand.overKeys(keys, build, method.equals("mget"));
        } catch (RuntimeException | Error failure) {
            MonitoredCommand.failedBeforeRunning(target, tally, start, method, failure);
            throw failure;
        }
        return MonitoredCommand.run(target, tally, start, method, command, null);
    }

    /** A method Jedis's own cluster client carries out as it is; see the class comment. */
    final <T> T direct(String method, Function<RedisClusterClient, T> call) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        return MonitoredCommand.run(target, tally, start, method, null, call);
    }

    /** WAIT and WAITAOF count the writes of their own connection, which a pooled command cannot name. */
    final <T> T refused(String method) {
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(target);
        UnsupportedOperationException refusal = new UnsupportedOperationException(method + " is not supported by "
                + "RedisClusterConnection: WAIT and WAITAOF count the writes made on their own connection, and each "
                + "command of a cluster connection borrows a pooled connection of its own, so the answer would not "
                + "be about your writes. Send the writes and WAIT in one pipeline(name) of the same slot instead.");
        MonitoredCommand.failedBeforeRunning(target, tally, start, method, refusal);
        throw refusal;
    }
}
