package io.github.jakartaredis.cluster.client;

import io.github.jakartaredis.cluster.execution.ClusterNodes;
import io.github.jakartaredis.cluster.execution.NodePools;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.function.BooleanSupplier;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.providers.ClusterConnectionProvider;

/**
 * The connections of one client: Jedis's slot map with its per-node pools (which serve Jedis's own client, for
 * keyless and broadcast commands, and the health check), and the command path's {@link NodePools}, one set for
 * primaries and, with {@code read_from_replicas}, one whose connections send {@code READONLY}. Counts them for the
 * pool gauges. Thread-safe; {@link #close()} closes the command path's pools (Jedis's client closes its own).
 */
final class ClientConnections implements AutoCloseable {

    private final ClusterConnectionProvider provider;
    private final NodePools primaries;
    /** Null when replicas are not read from. */
    private final NodePools replicas;

    /**
     * @param settings the client's validated settings, not null
     * @param config the configuration of connections to primaries, not null
     * @throws redis.clients.jedis.exceptions.JedisException when no seed node answers
     */
    ClientConnections(ClusterSettings settings, JedisClientConfig config) {
        this.provider = new ClusterConnectionProvider(new LinkedHashSet<>(settings.url().seeds()), config,
                poolConfig(settings));
        this.primaries = new NodePools(config);
        this.replicas = settings.readFromReplicas() ? new NodePools(JedisClientSettings.forReplicaReads(settings))
                : null;
    }

    /** @return Jedis's slot map and per-node pools */
    ClusterConnectionProvider provider() {
        return provider;
    }

    /**
     * @param closed tells whether the client is closed; not null
     * @return the nodes as the command path sees them
     */
    ClusterNodes nodes(BooleanSupplier closed) {
        return ClusterNodes.of(provider, primaries, replicas, closed);
    }

    /** @return the connections borrowed now, over all pools */
    int inUse() {
        int inUse = primaries.inUse() + (replicas == null ? 0 : replicas.inUse());
        for (ConnectionPool pool : provider.getNodes().values()) {
            inUse += pool.getNumActive();
        }
        return inUse;
    }

    /** @return the idle pooled connections, over all pools */
    int idle() {
        int idle = primaries.idle() + (replicas == null ? 0 : replicas.idle());
        for (ConnectionPool pool : provider.getNodes().values()) {
            idle += pool.getNumIdle();
        }
        return idle;
    }

    @Override
    public void close() {
        try {
            primaries.close();
        } finally {
            if (replicas != null) {
                replicas.close();
            }
        }
    }

    private static GenericObjectPoolConfig<Connection> poolConfig(ClusterSettings settings) {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        // The client-wide ConnectionLimit is what callers wait on; a node's pool never needs more than it.
        pool.setMaxTotal(settings.maxConnections());
        pool.setMaxIdle(settings.maxConnections());
        pool.setMinIdle(0);
        pool.setMaxWait(settings.timeout());
        pool.setBlockWhenExhausted(true);
        // No evictor thread and no JMX registration: nothing may outlive an undeploy.
        pool.setTimeBetweenEvictionRuns(Duration.ofMillis(-1));
        pool.setJmxEnabled(false);
        return pool;
    }
}
