package io.github.jakartaredis.cluster.execution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;

/**
 * The connections that read from replicas ({@code read_from_replicas}), one pool per node, apart from the pools of
 * the slot map that carry every other command. Only these connections send {@code READONLY}: a node that was a
 * primary when the slot map was read and has since become a replica then answers a primary's command with MOVED,
 * as it must, instead of serving it from data that may lag behind (or, right after a restart, be empty).
 * Thread-safe; {@link #close()} closes every pooled connection.
 */
public final class ReplicaPools implements AutoCloseable {

    private final JedisClientConfig readOnlyConfig;
    private final GenericObjectPoolConfig<Connection> poolConfig;
    private final Map<HostAndPort, ConnectionPool> pools = new ConcurrentHashMap<>();

    /**
     * @param readOnlyConfig the client's connection configuration with {@code READONLY}, not null
     * @param poolConfig the sizing of each node's pool, not null
     */
    public ReplicaPools(JedisClientConfig readOnlyConfig, GenericObjectPoolConfig<Connection> poolConfig) {
        if (!readOnlyConfig.isReadOnlyForRedisClusterReplicas()) {
            throw new IllegalArgumentException("replica connections must be configured to send READONLY");
        }
        this.readOnlyConfig = readOnlyConfig;
        this.poolConfig = poolConfig;
    }

    /**
     * @param replica a replica, not null
     * @return a pooled read-only connection to it; {@link Connection#close()} gives it back
     */
    public Connection borrow(HostAndPort replica) {
        return pools.computeIfAbsent(replica, node -> new ConnectionPool(node, readOnlyConfig, poolConfig))
                .getResource();
    }

    /** Closes the idle connections to a node, after one turned out closed by the server. */
    void dropIdle(HostAndPort node) {
        ConnectionPool pool = pools.get(node);
        if (pool != null) {
            pool.clear();
        }
    }

    /** @return the connections borrowed now, over all replicas */
    public int inUse() {
        int inUse = 0;
        for (ConnectionPool pool : pools.values()) {
            inUse += pool.getNumActive();
        }
        return inUse;
    }

    /** @return the idle pooled connections, over all replicas */
    public int idle() {
        int idle = 0;
        for (ConnectionPool pool : pools.values()) {
            idle += pool.getNumIdle();
        }
        return idle;
    }

    @Override
    public void close() {
        for (ConnectionPool pool : pools.values()) {
            pool.close();
        }
        pools.clear();
    }
}
