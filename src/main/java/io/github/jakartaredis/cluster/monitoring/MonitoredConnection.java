package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.hotkeys.HotKeyTracker;
import io.github.jakartaredis.cluster.metrics.ClientMetrics.CommandMeter;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * The monitored {@link RedisClusterConnection}: every command is timed and counted in the client's metrics, and
 * tallied for the current request when there is one. Stateless between commands and thread-safe; one instance per
 * client serves every caller.
 */
public final class MonitoredConnection implements InvocationHandler {

    private static final Method PIPELINE = pipelineMethod();
    private static final Map<Method, CommandDispatch> DISPATCH = dispatchTable();

    private final String client;
    private final Supplier<SharedClusterClient> shared;
    private final Supplier<RequestTally> currentTally;

    private MonitoredConnection(String client, Supplier<SharedClusterClient> shared,
            Supplier<RequestTally> currentTally) {
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
        return (RedisClusterConnection) Proxy.newProxyInstance(RedisClusterConnection.class.getClassLoader(),
                new Class<?>[] {RedisClusterConnection.class},
                new MonitoredConnection(client, shared, currentTally));
    }

    private static Method pipelineMethod() {
        try {
            return RedisClusterConnection.class.getMethod("pipeline", String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Method, CommandDispatch> dispatchTable() {
        Map<Method, CommandDispatch> table = new HashMap<>();
        for (Method method : RedisClusterConnection.class.getMethods()) {
            if (!method.isDefault() && !java.lang.reflect.Modifier.isStatic(method.getModifiers())
                    && !method.equals(PIPELINE)) {
                table.put(method, CommandDispatch.of(method));
            }
        }
        return Map.copyOf(table);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        CommandDispatch dispatch = DISPATCH.get(method);
        if (dispatch == null) {
            if (method.equals(PIPELINE)) {
                return MonitoredPipeline.create(java.util.Objects.requireNonNull((String) args[0], "name"),
                        shared.get(), this::countForRequest);
            }
            return objectMethod(proxy, method, args);
        }
        SharedClusterClient target = shared.get();
        RequestTally tally = currentTally.get();
        target.activeCounter().increment();
        long start = System.nanoTime();
        CommandMeter meter = null;
        CommandEvents events = CommandEvents.NONE;
        CommandDispatch.Prepared call = null;
        Throwable error = null;
        try {
            call = dispatch.prepare(target, args);
            meter = meter(target, call.command());
            events = meter.start(call.batchSize());
            return call.run(events);
        } catch (Throwable e) {
            error = e;
            throw e;
        } finally {
            long nanos = System.nanoTime() - start;
            target.activeCounter().decrement();
            if (meter == null) {
                meter = meter(target, dispatch.methodName);
            }
            meter.finish(events, nanos, error);
            if (tally != null) {
                tally.increment();
            }
            HotKeyTracker tracker = target.hotKeys();
            if (error == null && tracker.enabled()) {
                tracker.track(call.commands());
            }
        }
    }

    private void countForRequest() {
        RequestTally tally = currentTally.get();
        if (tally != null) {
            tally.increment();
        }
    }

    private static CommandMeter meter(SharedClusterClient target, Object command) {
        return command instanceof ProtocolCommand ? target.meters().of((ProtocolCommand) command)
                : target.meters().of((String) command);
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "RedisClusterConnection[client=" + client + "]";
            default:
                if (method.isDefault()) {
                    return InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new UnsupportedOperationException(method.toString());
        }
    }
}
