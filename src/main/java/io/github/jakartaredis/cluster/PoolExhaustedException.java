package io.github.jakartaredis.cluster;

import java.time.Duration;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Thrown when every connection a client may hold ({@code max_connections}) stayed checked out for the whole pool
 * wait time. Nothing was sent to Redis. Immutable and thread-safe.
 */
public class PoolExhaustedException extends JedisException {

    private static final long serialVersionUID = 1L;

    private final String client;
    private final int maxConnections;
    private final Duration waited;

    /**
     * @param client the client's name, not null
     * @param maxConnections the client's connection limit
     * @param waited how long the caller waited for a free connection, not null
     */
    public PoolExhaustedException(String client, int maxConnections, Duration waited) {
        super("Redis cluster client '" + client + "': pool exhausted, all " + maxConnections
                + " connections (" + client + ".max_connections) stayed in use for " + waited.toMillis()
                + " ms (" + client + ".timeout); nothing was sent. Raise " + client
                + ".max_connections or hold connections for less time (blocking commands hold one each).");
        this.client = client;
        this.maxConnections = maxConnections;
        this.waited = waited;
    }

    /** @return the client's name */
    public String client() {
        return client;
    }

    /** @return the client's connection limit, {@code max_connections} */
    public int maxConnections() {
        return maxConnections;
    }

    /** @return how long the caller waited */
    public Duration waited() {
        return waited;
    }
}
