package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetrics.CommandMeter;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The {@link RedisClusterPipeline} behind {@code pipeline(name)}: queues Jedis command objects with their
 * responses, and on {@code sync()} runs them through the client's executor as one monitored {@code pipeline}
 * command. Not thread-safe, like any pipeline.
 */
final class MonitoredPipeline implements InvocationHandler {

    private static final Map<Method, Method> FACTORIES = factories();

    private final String name;
    private final SharedClusterClient client;
    private final Supplier<RequestTally> currentTally;
    private final List<CommandObject<?>> commands = new ArrayList<>();
    private final List<Response<?>> responses = new ArrayList<>();

    private MonitoredPipeline(String name, SharedClusterClient client, Supplier<RequestTally> currentTally) {
        this.name = name;
        this.client = client;
        this.currentTally = currentTally;
    }

    static RedisClusterPipeline create(String name, SharedClusterClient client, Supplier<RequestTally> currentTally) {
        return (RedisClusterPipeline) Proxy.newProxyInstance(RedisClusterPipeline.class.getClassLoader(),
                new Class<?>[] {RedisClusterPipeline.class}, new MonitoredPipeline(name, client, currentTally));
    }

    /** Each queuing method of the pipeline interface, mapped to the CommandObjects method of the same signature. */
    private static Map<Method, Method> factories() {
        Map<Method, Method> table = new HashMap<>();
        for (Method method : RedisClusterPipeline.class.getMethods()) {
            if (method.getReturnType() != Response.class) {
                continue;
            }
            try {
                Method factory = CommandObjects.class.getMethod(method.getName(), method.getParameterTypes());
                if (CommandObject.class.isAssignableFrom(factory.getReturnType())) {
                    table.put(method, factory);
                }
            } catch (NoSuchMethodException e) {
                // left out of the table: calling it fails with UnsupportedOperationException
            }
        }
        return Map.copyOf(table);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Method factory = FACTORIES.get(method);
        if (factory != null) {
            CommandObject<?> command;
            try {
                command = (CommandObject<?>) factory.invoke(client.commandObjects(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            Response<?> response = new Response<>(command.getBuilder());
            commands.add(command);
            responses.add(response);
            return response;
        }
        switch (method.getName()) {
            case "sync":
            case "close":
                sync();
                return null;
            case "name":
                return name;
            case "toString":
                return "RedisClusterPipeline[name=" + name + ", queued=" + commands.size() + "]";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                throw new UnsupportedOperationException("Not available in a cluster pipeline: " + method);
        }
    }

    private void sync() {
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
