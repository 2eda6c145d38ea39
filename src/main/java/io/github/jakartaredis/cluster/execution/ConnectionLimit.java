package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.PoolExhaustedException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Caps how many connections one client holds checked out at once, over all nodes together ({@code max_connections}).
 * Jedis keeps one pool per node; this limit is what makes {@code max_connections} a client-wide number. Thread-safe.
 */
public final class ConnectionLimit {

    private final String client;
    private final int size;
    private final Duration wait;
    private final Semaphore permits;

    /**
     * @param client the client's name, for error messages; not null
     * @param size the most connections held at once, at least 1
     * @param wait how long a caller waits for a free connection; not null
     */
    public ConnectionLimit(String client, int size, Duration wait) {
        this.client = client;
        this.size = size;
        this.wait = wait;
        this.permits = new Semaphore(size, true);
    }

    /**
     * Takes one connection's permit, waiting up to the configured time.
     *
     * @throws PoolExhaustedException when none became free in time
     */
    public void acquire() {
        if (permits.tryAcquire()) {
            return;
        }
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new PoolExhaustedException(client, size, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JedisException("Interrupted while waiting for a free connection of client '" + client + "'", e);
        }
    }

    /** Gives back a permit taken by {@link #acquire()}. */
    public void release() {
        permits.release();
    }

    /** @return the limit, {@code max_connections} */
    public int size() {
        return size;
    }
}
