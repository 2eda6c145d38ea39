package io.github.jakartaredis.cluster.client;

import io.github.jakartaredis.cluster.execution.ClusterExecutor;
import io.github.jakartaredis.cluster.execution.ConnectionLimit;
import io.github.jakartaredis.cluster.execution.ReplicaMap;
import io.github.jakartaredis.cluster.execution.Topology;
import io.github.jakartaredis.cluster.metrics.ClientGauges;
import io.github.jakartaredis.cluster.hotkeys.HotKeyTracker;
import io.github.jakartaredis.cluster.metrics.ClientMetrics;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.metrics.CommandMeters;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import java.util.LinkedHashSet;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import redis.clients.jedis.ClusterCommandObjects;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.providers.ClusterConnectionProvider;

/**
 * One application-wide cluster client: the slot map, one connection pool per node, the client-wide connection
 * limit, the command executor and the client's metrics. Every connection handle of the client shares it.
 * Thread-safe. {@link #close()} closes every pooled connection and removes the client's metrics.
 */
public final class SharedClusterClient implements ClientGauges, AutoCloseable {

    private final ClusterSettings settings;
    private final ClientConnections connections;
    private final RedisClusterClient jedis;
    private final ClusterCommandObjects commandObjects;
    private final ConnectionLimit limit;
    private final ClusterExecutor executor;
    private volatile boolean closed;
    private volatile ClientMetrics metrics = ClientMetrics.NONE;
    private volatile CommandMeters meters = new CommandMeters(ClientMetrics.NONE);
    private volatile boolean metricsChosen;
    /** Commands in flight: a LongAdder, because every command adds and subtracts one from any thread. */
    private final LongAdder active = new LongAdder();
    private final HotKeyTracker hotKeys;
    private final ThreadPoolExecutor nodeWorkers;

    /**
     * Connects to the cluster (reads its topology from a seed) and registers the client's metrics.
     *
     * @param settings the client's validated settings, not null
     * @param metricsFactory makes the client's metrics; not null
     * @throws redis.clients.jedis.exceptions.JedisException when no seed node answers
     */
    public SharedClusterClient(ClusterSettings settings, ClientMetricsFactory metricsFactory) {
        this(settings);
        useMetrics(metricsFactory);
    }

    /**
     * Connects to the cluster (reads its topology from a seed) and records no metrics until
     * {@link #useMetrics(ClientMetricsFactory)}: for starting on a thread of the library's own, where an application
     * server's metrics beans cannot be reached (Open Liberty needs the application's thread context for them).
     *
     * @param settings the client's validated settings, not null
     * @throws redis.clients.jedis.exceptions.JedisException when no seed node answers
     */
    public SharedClusterClient(ClusterSettings settings) {
        this.settings = settings;
        JedisClientConfig clientConfig = JedisClientSettings.of(settings);
        this.connections = new ClientConnections(settings, clientConfig);
        ClusterConnectionProvider provider = connections.provider();
        try {
            this.jedis = RedisClusterClient.builder().nodes(new LinkedHashSet<>(settings.url().seeds()))
                    .clientConfig(clientConfig).connectionProvider(provider).build();
        } catch (RuntimeException e) {
            provider.close();
            throw e;
        }
        this.commandObjects = new ClusterCommandObjects(RedisProtocol.RESP2);
        this.limit = new ConnectionLimit(settings.client(), settings.maxConnections(), settings.timeout());
        this.nodeWorkers = nodeWorkers(settings.client());
        ReplicaMap replicas = settings.readFromReplicas() ? new ReplicaMap() : null;
        Topology topology = new Topology(provider, clientConfig, settings.url().seeds(), replicas, nodeWorkers);
        if (replicas != null) {
            topology.refreshWithout(null, false);
        }
        this.executor = new ClusterExecutor(connections.nodes(() -> closed), topology, replicas, limit,
                settings.retry().forCluster(), settings.clusterErrorRetryAttempts(), settings.readFromReplicas(),
                settings.socketTimeout(), nodeWorkers);
        this.hotKeys = new HotKeyTracker(settings.client(), settings.trackKeyReadsSampleRate(),
                settings.trackKeyWritesSampleRate(), executor, commandObjects, nodeWorkers);
    }

    /**
     * Registers the client's metrics, once; later calls do nothing (one volatile read).
     *
     * @param factory makes the client's metrics; not null
     */
    public void useMetrics(ClientMetricsFactory factory) {
        if (metricsChosen) {
            return;
        }
        synchronized (this) {
            if (!metricsChosen && !closed) {
                metrics = factory.create(settings.client(), this);
                meters = new CommandMeters(metrics);
                metricsChosen = true;
            }
        }
    }

    /**
     * Threads that send other nodes' shares of a command spanning nodes while the caller sends one. None is kept
     * when idle for a minute; when all are busy the caller sends the share itself. Stopped by {@link #close()}.
     */
    private static ThreadPoolExecutor nodeWorkers(String client) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "redis-cluster-" + client + "-node-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        // when all are busy the caller runs the task itself; once the client is closed, the task is refused (not
        // silently dropped, which would leave its caller waiting for ever)
        RejectedExecutionHandler callerRunsUntilClosed = (task, pool) -> {
            if (pool.isShutdown()) {
                throw new RejectedExecutionException("Redis cluster client '" + client + "' is closed");
            }
            task.run();
        };
        return new ThreadPoolExecutor(0, 64, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), factory,
                callerRunsUntilClosed);
    }

    /** @return the client's settings */
    public ClusterSettings settings() {
        return settings;
    }

    /** @return the executor that runs keyed commands with the client's retries */
    public ClusterExecutor executor() {
        return executor;
    }

    /** @return Jedis's client over the same pools, for commands that are not keyed (broadcast, keyless) */
    public RedisClusterClient jedis() {
        return jedis;
    }

    /** @return the factory of command objects, with the protocol the connections speak */
    public ClusterCommandObjects commandObjects() {
        return commandObjects;
    }

    /** @return the client's hot-key tracker */
    public HotKeyTracker hotKeys() {
        return hotKeys;
    }

    /** @return the client's metrics */
    public ClientMetrics metrics() {
        return metrics;
    }

    /**
     * @return the meters of the client's commands, by Jedis command or lowercase name; the same object until the
     *     metrics are chosen or closed
     */
    public CommandMeters meters() {
        return meters;
    }

    /** @return the count of commands in flight, maintained by the connection handles */
    public LongAdder activeCounter() {
        return active;
    }

    @Override
    public int poolSize() {
        return limit.size();
    }

    @Override
    public int poolInUse() {
        return connections.inUse();
    }

    @Override
    public int activeRequests() {
        // a sum taken while commands start and end may see an end before its start on another cell
        return (int) Math.max(0, active.sum());
    }

    @Override
    public int poolIdle() {
        return connections.idle();
    }

    @Override
    public int pendingRequests() {
        return limit.waiting();
    }

    @Override
    public long poolTimeouts() {
        return limit.timeouts();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            metrics.close();
        } finally {
            // a command after close asks the metrics for its meter again, as it did before meters were cached
            meters = new CommandMeters(metrics);
            try {
                nodeWorkers.shutdownNow();
                nodeWorkers.awaitTermination(5, TimeUnit.SECONDS);
                // commands past the closed check give their connections back before the pools go
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (active.sum() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    jedis.close();
                } finally {
                    connections.close();
                }
            }
        }
    }

    @Override
    public String toString() {
        return "SharedClusterClient[" + settings + "]";
    }
}
