package io.github.jakartaredis.cluster.execution;

import redis.clients.jedis.Connection;
import java.util.function.BooleanSupplier;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.providers.ClusterConnectionProvider;

/**
 * The cluster's nodes as one command attempt sees them: who serves a slot, and a pooled connection to a node. An
 * interface so that the command path can be tested against fakes; {@link #of} is the real one, over Jedis's slot
 * map and the client's {@link NodePools}. Implementations are thread-safe.
 */
public interface ClusterNodes {

    /**
     * @param slot a hash slot, 0 to 16383
     * @return the primary serving the slot as far as the slot map knows, or null when it knows none
     */
    HostAndPort primaryOf(int slot);

    /**
     * Borrows a connection to the slot's primary (without building the node's key: the hot path).
     *
     * @param slot a hash slot
     * @return a pooled connection; {@link Connection#close()} gives it back
     */
    Connection borrowFromPrimaryOf(int slot);

    /**
     * @param node any node, not null
     * @return a pooled connection to it; {@link Connection#close()} gives it back
     */
    Connection borrow(HostAndPort node);

    /**
     * @param replica a replica the read goes to, not null
     * @return a pooled connection to it that reads as a replica ({@code READONLY}); {@link Connection#close()} gives
     *     it back
     */
    Connection borrowReplica(HostAndPort replica);

    /**
     * Reloads the slot map over a connection whose node just answered MOVED.
     *
     * @param connection the connection, not null
     */
    void reloadFrom(Connection connection);

    /**
     * Closes the idle pooled connections to a node, after one turned out closed by the server (a restart,
     * {@code CLIENT KILL}, an idle timeout on the way): the others most likely were too.
     *
     * @param node the node, not null
     */
    void dropIdle(HostAndPort node);

    /**
     * @param provider Jedis's slot map, not null
     * @param primaries the pools of every command but replica reads (no {@code READONLY}), not null
     * @param replicas the pools of replica reads; null when replicas are not read from
     * @param closed tells whether the client is closed: then nothing is borrowed, so that a command still in flight
     *     cannot make Jedis open pools again that nobody would close; not null
     * @return the nodes over it
     */
    static ClusterNodes of(ClusterConnectionProvider provider, NodePools primaries, NodePools replicas,
            BooleanSupplier closed) {
        return new ClusterNodes() {
            private void checkOpen() {
                if (closed.getAsBoolean()) {
                    throw new JedisException("The Redis cluster client is closed: the application stopped");
                }
            }

            @Override
            public HostAndPort primaryOf(int slot) {
                return provider.getNode(slot);
            }

            @Override
            public Connection borrowFromPrimaryOf(int slot) {
                checkOpen();
                HostAndPort primary = provider.getNode(slot);
                // no node for the slot (rare): Jedis reloads the map and, failing that, picks any node
                return primary != null ? primaries.borrow(primary) : provider.getConnectionFromSlot(slot);
            }

            @Override
            public Connection borrow(HostAndPort node) {
                checkOpen();
                return primaries.borrow(node);
            }

            @Override
            public Connection borrowReplica(HostAndPort replica) {
                checkOpen();
                if (replicas == null) {
                    throw new IllegalStateException("this client does not read from replicas");
                }
                return replicas.borrow(replica);
            }

            @Override
            public void reloadFrom(Connection connection) {
                checkOpen();
                provider.renewSlotCache(connection);
            }

            @Override
            public void dropIdle(HostAndPort node) {
                ConnectionPool pool = provider.getNodes().get(node.toString());
                if (pool != null) {
                    pool.clear();
                }
                primaries.dropIdle(node);
                if (replicas != null) {
                    replicas.dropIdle(node);
                }
            }
        };
    }
}
