package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetrics.CommandMeter;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The {@link RedisClusterPipeline} behind {@code pipeline(name)}: queues Jedis command objects with their
 * responses, and on {@code sync()} runs them through the client's executor as one monitored {@code pipeline}
 * command. Not thread-safe, like any pipeline.
 *
 * <p>Each command method (in the generated {@code GeneratedPipeline}) is one call of a method here: {@code queue},
 * with a call of the {@link redis.clients.jedis.CommandObjects} factory of the same signature and its arguments, or
 * {@code unsupported} for a method that has none. Equality is identity.
 */
abstract class MonitoredPipeline implements RedisClusterPipeline {

    private final String name;
    private final SharedClusterClient client;
    private final Supplier<RequestTally> currentTally;
    private final List<CommandObject<?>> commands = new ArrayList<>();
    private final List<Response<?>> responses = new ArrayList<>();

    MonitoredPipeline(String name, SharedClusterClient client, Supplier<RequestTally> currentTally) {
        this.name = name;
        this.client = client;
        this.currentTally = currentTally;
    }

    static RedisClusterPipeline create(String name, SharedClusterClient client, Supplier<RequestTally> currentTally) {
        return new GeneratedPipeline(name, client, currentTally);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void close() {
        sync();
    }

    @Override
    public final String toString() {
        return "RedisClusterPipeline[name=" + name + ", queued=" + commands.size() + "]";
    }

    private <T> Response<T> queued(CommandObject<T> command) {
        Response<T> response = new Response<>(command.getBuilder());
        commands.add(command);
        responses.add(response);
        return response;
    }

    /** Queues a command built by a factory method of 0 arguments; see the class comment. */
    final <T> Response<T> queue(CommandFactory.Of0<T> factory) {
        return queued(factory.build(client.commandObjects()));
    }

    /** Queues a command built by a factory method of 1 argument; see the class comment. */
    final <A, T> Response<T> queue(CommandFactory.Of1<A, T> factory, A a) {
        return queued(factory.build(client.commandObjects(), a));
    }

    /** Queues a command built by a factory method of 2 arguments; see the class comment. */
    final <A, B, T> Response<T> queue(CommandFactory.Of2<A, B, T> factory, A a, B b) {
        return queued(factory.build(client.commandObjects(), a, b));
    }

    /** Queues a command built by a factory method of 3 arguments; see the class comment. */
    final <A, B, C, T> Response<T> queue(CommandFactory.Of3<A, B, C, T> factory, A a, B b, C c) {
        return queued(factory.build(client.commandObjects(), a, b, c));
    }

    /** Queues a command built by a factory method of 4 arguments; see the class comment. */
    final <A, B, C, D, T> Response<T> queue(CommandFactory.Of4<A, B, C, D, T> factory, A a, B b, C c, D d) {
        return queued(factory.build(client.commandObjects(), a, b, c, d));
    }

    /** Queues a command built by a factory method of 5 arguments; see the class comment. */
    final <A, B, C, D, E, T> Response<T> queue(CommandFactory.Of5<A, B, C, D, E, T> factory, A a, B b, C c, D d, E e) {
        return queued(factory.build(client.commandObjects(), a, b, c, d, e));
    }

    /** Queues a command built by a factory method of 6 arguments; see the class comment. */
    final <A, B, C, D, E, F, T> Response<T> queue(CommandFactory.Of6<A, B, C, D, E, F, T> factory,
            A a, B b, C c, D d, E e, F f) {
        return queued(factory.build(client.commandObjects(), a, b, c, d, e, f));
    }

    /** Queues a command built by a factory method of 7 arguments; see the class comment. */
    final <A, B, C, D, E, F, G, T> Response<T> queue(CommandFactory.Of7<A, B, C, D, E, F, G, T> factory,
            A a, B b, C c, D d, E e, F f, G g) {
        return queued(factory.build(client.commandObjects(), a, b, c, d, e, f, g));
    }

    /** A method {@link redis.clients.jedis.CommandObjects} has no factory for, named as reflection prints it. */
    final <T> T unsupported(String method) {
        throw new UnsupportedOperationException("Not available in a cluster pipeline: " + method);
    }

    @Override
    public final void sync() {
        if (commands.isEmpty()) {
            return;
        }
        List<CommandObject<?>> sent = new ArrayList<>(commands);
        List<Response<?>> filled = new ArrayList<>(responses);
        commands.clear();
        responses.clear();
        RequestTally tally = currentTally.get();
        long start = MonitoredCommand.begin(client);
        CommandMeter meter = client.meters().of("pipeline");
        CommandEvents events = meter.start(sent.size());
        Throwable thrown = null;
        try {
            List<Object> replies = client.executor().executePipeline(sent, events);
            int failed = 0;
            Set<HostAndPort> failedNodes = new LinkedHashSet<>();
            RuntimeException firstFailure = null;
            for (int i = 0; i < replies.size(); i++) {
                Object reply = replies.get(i);
                if (reply instanceof RuntimeException && !(reply instanceof JedisDataException)) {
                    RuntimeException error = (RuntimeException) reply;
                    failed++;
                    firstFailure = firstFailure == null ? error : firstFailure;
                    HostAndPort node = client.executor().nodeOf(sent.get(i));
                    if (node != null) {
                        failedNodes.add(node);
                    }
                    filled.get(i).set(new JedisDataException("pipeline '" + name + "': " + error, error));
                } else {
                    filled.get(i).set(reply);
                }
            }
            if (failed > 0) {
                throw new JedisClusterOperationException("Pipeline '" + name + "': " + failed + " of " + sent.size()
                        + " commands failed on node(s) " + failedNodes + "; their responses throw the error; "
                        + "the other responses are filled; last error: " + firstFailure, firstFailure);
            }
        } catch (RuntimeException | Error e) {
            thrown = e;
            throw e;
        } finally {
            MonitoredCommand.end(client, tally, start, meter, "pipeline", events, thrown);
        }
    }
}
