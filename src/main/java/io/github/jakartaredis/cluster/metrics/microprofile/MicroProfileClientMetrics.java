package io.github.jakartaredis.cluster.metrics.microprofile;

import io.github.jakartaredis.cluster.metrics.ClientGauges;
import io.github.jakartaredis.cluster.metrics.ClientMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Records a client's metrics in a MicroProfile Metrics registry (the application registry). Thread-safe.
 *
 * <p>Every metric carries the tag {@code client=<name>}; the per-command ones add {@code command} and
 * {@code success}. Meters are registered once and kept; {@link #close()} removes them all.
 */
public final class MicroProfileClientMetrics implements ClientMetrics {

    /** {@code runtime.pool.size} */
    public static final String POOL_SIZE = "runtime.pool.size";
    /** {@code runtime.pool.in_use} */
    public static final String POOL_IN_USE = "runtime.pool.in_use";
    /** {@code redis.client.requests} */
    public static final String REQUESTS = "redis.client.requests";
    /** {@code redis.client.latency} */
    public static final String LATENCY = "redis.client.latency";
    /** {@code redis.client.active_requests} */
    public static final String ACTIVE_REQUESTS = "redis.client.active_requests";
    /** {@code redis.client.request.commands} */
    public static final String REQUEST_COMMANDS = "redis.client.request.commands";

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(MicroProfileClientMetrics.class.getName());

    private final MetricRegistry registry;
    private final Tag clientTag;
    private final Histogram requestCommands;
    private final Map<String, CommandMeter> commands = new ConcurrentHashMap<>();
    private final List<MetricID> registered = new CopyOnWriteArrayList<>();

    /**
     * Registers a client's metrics, unless the registry already holds them: two applications in one server that
     * both name a client {@code foo} share the application registry unless each sets {@code mp.metrics.appName}
     * (MicroProfile Metrics' {@code mp_app} tag). The second then records nothing there, so that neither removes the
     * other's metrics when it stops, and a warning says how to tell them apart.
     *
     * @param registry the application registry, not null
     * @param client the client's name, not null
     * @param gauges what the gauges read, not null
     * @return the client's metrics, or {@link ClientMetrics#NONE} when the registry holds another client's
     */
    public static ClientMetrics register(MetricRegistry registry, String client, ClientGauges gauges) {
        if (registry.getMetric(new MetricID(POOL_SIZE, new Tag("client", client))) != null) {
            LOG.warning(() -> "Redis cluster client '" + client + "': the application metric registry already holds "
                    + "metrics tagged client=" + client + " (another application in this server with a client of "
                    + "the same name?); this one records none there. Set mp.metrics.appName in each application "
                    + "(MicroProfile Metrics' mp_app tag) or give the clients different names.");
            return ClientMetrics.NONE;
        }
        return new MicroProfileClientMetrics(registry, client, gauges);
    }

    /**
     * Registers the client's gauges and histogram.
     *
     * @param registry the application registry, not null
     * @param client the client's name, not null
     * @param gauges what the gauges read, not null
     */
    public MicroProfileClientMetrics(MetricRegistry registry, String client, ClientGauges gauges) {
        this.registry = registry;
        this.clientTag = new Tag("client", client);
        gauge(POOL_SIZE, gauges, ClientGauges::poolSize);
        gauge(POOL_IN_USE, gauges, ClientGauges::poolInUse);
        gauge(ACTIVE_REQUESTS, gauges, ClientGauges::activeRequests);
        this.requestCommands = registry.histogram(REQUEST_COMMANDS, clientTag);
        registered.add(new MetricID(REQUEST_COMMANDS, clientTag));
    }

    private void gauge(String name, ClientGauges gauges, java.util.function.ToIntFunction<ClientGauges> value) {
        registry.gauge(name, gauges, g -> (Integer) value.applyAsInt(g), clientTag);
        registered.add(new MetricID(name, clientTag));
    }

    @Override
    public CommandMeter command(String command) {
        // get first: computeIfAbsent(command, this::newMeter) allocates the bound method reference on every call
        CommandMeter meter = commands.get(command);
        return meter != null ? meter : commands.computeIfAbsent(command, this::newMeter);
    }

    private CommandMeter newMeter(String command) {
        Tag commandTag = new Tag("command", command);
        Tag[] ok = {clientTag, commandTag, new Tag("success", "true")};
        Tag[] failed = {clientTag, commandTag, new Tag("success", "false")};
        Counter okCount = registry.counter(REQUESTS, ok);
        Counter failedCount = registry.counter(REQUESTS, failed);
        Timer okTime = registry.timer(LATENCY, ok);
        Timer failedTime = registry.timer(LATENCY, failed);
        registered.add(new MetricID(REQUESTS, ok));
        registered.add(new MetricID(REQUESTS, failed));
        registered.add(new MetricID(LATENCY, ok));
        registered.add(new MetricID(LATENCY, failed));
        return (nanos, success) -> {
            if (success) {
                okCount.inc();
                okTime.update(Duration.ofNanos(nanos));
            } else {
                failedCount.inc();
                failedTime.update(Duration.ofNanos(nanos));
            }
        };
    }

    @Override
    public void requestFinished(int commandCount) {
        requestCommands.update(commandCount);
    }

    @Override
    public void close() {
        for (MetricID id : registered) {
            registry.remove(id);
        }
        registered.clear();
        commands.clear();
    }
}
