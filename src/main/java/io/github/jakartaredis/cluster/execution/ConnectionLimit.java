package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.PoolExhaustedException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Caps how many connections one client holds checked out at once, over all nodes together ({@code max_connections}).
 * Jedis keeps one pool per node; this limit is what makes {@code max_connections} a client-wide number. A permit
 * means a connection in use: the command path takes one just before it borrows a connection and gives it back as
 * soon as the connection is back in its pool, never while it pauses between retries or refreshes the topology.
 * Callers are served first come, first served: one who arrives while others wait queues behind them. Thread-safe.
 */
public final class ConnectionLimit {

    private final String client;
    private final int size;
    private final long waitNanos;
    private final Duration wait;
    private final Semaphore permits;
    private final LongAdder timeouts = new LongAdder();

    /**
     * @param client the client's name, for error messages; not null
     * @param size the most connections held at once, at least 1
     * @param wait how long a caller waits for a free connection; not null
     */
    public ConnectionLimit(String client, int size, Duration wait) {
        this.client = client;
        this.size = size;
        this.wait = wait;
        this.waitNanos = wait.toNanos();
        this.permits = new Semaphore(size, true);
    }

    /**
     * Takes one connection's permit, waiting up to the configured time behind callers that already wait.
     *
     * @throws PoolExhaustedException when none became free in time
     * @throws JedisException when the thread is interrupted while waiting (the interrupt flag is set again)
     */
    public void acquire() {
        try {
            // the timed form honours fairness even with a zero wait; the untimed tryAcquire() would barge
            if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                timeouts.increment();
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

    /** @return an estimate of the callers waiting for a permit right now */
    public int waiting() {
        return permits.getQueueLength();
    }

    /** @return how many callers gave up waiting since the client started */
    public long timeouts() {
        return timeouts.sum();
    }
}
