package io.github.jakartaredis.cluster.execution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;

/**
 * The command path's connections, one pool per node: a stack of idle connections that a command takes from and
 * gives back to ({@link Connection#close()}), the most recently used first. Nothing else is kept per borrow: no
 * lock, no clock, no statistics (the client-wide {@link ConnectionLimit} is what bounds and queues callers, so a
 * node never holds more connections than the most commands that used it at once). A connection that broke is
 * closed instead of given back. Two instances per client: one for primaries, and one whose connections send
 * {@code READONLY}, for replica reads (only those: a node demoted since the slot map was read then answers a
 * primary's command with MOVED instead of serving it from data that may lag). Thread-safe; {@link #close()}
 * closes the idle connections, and the borrowed ones as they come back.
 */
public final class NodePools implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NodePools.class.getName());

    private final JedisClientConfig config;
    private final Map<HostAndPort, NodePool> pools = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /** @param config how every connection of these pools is made (timeouts, credentials, TLS, READONLY); not null */
    public NodePools(JedisClientConfig config) {
        this.config = config;
    }

    /**
     * @param node a node, not null
     * @return an idle connection to it, or a new one; {@link Connection#close()} gives it back
     * @throws redis.clients.jedis.exceptions.JedisException when a new connection cannot be made
     */
    public Connection borrow(HostAndPort node) {
        NodePool pool = pools.get(node);
        if (pool == null) {
            pool = pools.computeIfAbsent(node, NodePool::new);
        }
        return pool.borrow();
    }

    /** Closes the idle connections to a node, after one turned out closed by the server. */
    void dropIdle(HostAndPort node) {
        NodePool pool = pools.get(node);
        if (pool != null) {
            pool.closeIdle();
        }
    }

    /** @return the connections borrowed now, over all nodes (an estimate while commands start and end) */
    public int inUse() {
        int inUse = 0;
        for (NodePool pool : pools.values()) {
            inUse += Math.max(0, pool.open.get() - pool.idle.size());
        }
        return inUse;
    }

    /** @return the idle connections, over all nodes */
    public int idle() {
        int idle = 0;
        for (NodePool pool : pools.values()) {
            idle += pool.idle.size();
        }
        return idle;
    }

    @Override
    public void close() {
        closed = true;
        for (NodePool pool : pools.values()) {
            pool.closeIdle();
        }
    }

    /** The connections to one node. */
    private final class NodePool {
        private final HostAndPort node;
        private final ConcurrentLinkedDeque<PooledConnection> idle = new ConcurrentLinkedDeque<>();
        /** Connections made and not closed yet, borrowed or idle. */
        private final AtomicInteger open = new AtomicInteger();

        NodePool(HostAndPort node) {
            this.node = node;
        }

        Connection borrow() {
            PooledConnection connection = idle.pollFirst();
            if (connection == null) {
                open.incrementAndGet();
                try {
                    connection = new PooledConnection(node, config, this);
                } catch (RuntimeException | Error e) {
                    open.decrementAndGet();
                    throw e;
                }
            }
            connection.lent = true;
            return connection;
        }

        void giveBack(PooledConnection connection) {
            if (closed || connection.isBroken() || !connection.isConnected()) {
                destroy(connection);
                return;
            }
            idle.offerFirst(connection);
            if (closed) {
                closeIdle();
            }
        }

        void closeIdle() {
            for (PooledConnection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
                destroy(connection);
            }
        }

        private void destroy(PooledConnection connection) {
            open.decrementAndGet();
            try {
                connection.disconnect();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Closing a connection to {0} failed: {1}", new Object[] {node, e.toString()});
            }
        }
    }

    /** A connection whose {@link #close()} gives it back to its node's pool, once per borrow. */
    private static final class PooledConnection extends Connection {
        private final NodePool pool;
        /** Whether it is borrowed; read and written by the borrowing thread only (the deque hands it over). */
        private boolean lent;

        PooledConnection(HostAndPort node, JedisClientConfig config, NodePool pool) {
            super(node, config);
            this.pool = pool;
        }

        @Override
        public void close() {
            if (lent) {
                lent = false;
                pool.giveBack(this);
            }
        }
    }
}
