package io.github.jakartaredis.cluster.client;

import io.github.jakartaredis.cluster.RedisAccessDeniedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Starts a client's {@link SharedClusterClient} and hands it out once started. Starting reads the cluster's
 * topology from the seeds, which costs each seed that accepts and never answers a connect or socket timeout; so it
 * runs on a thread of its own ({@code redis-cluster-<name>-connect}, gone when the attempt ends), one attempt at a
 * time, and callers wait for the attempt under way no longer than the client's {@code timeout}. A caller who gets
 * no client in time gets a {@link JedisConnectionException} saying so; a failed attempt is followed by a new one
 * at the next caller's request, so a cluster that comes back is used without a restart, except within
 * {@link #ACCESS_DENIED_PAUSE_NANOS} after Redis refused the client's user: callers then get that refusal at once.
 * Thread-safe.
 */
public final class ClientStartup {

    /** How long after Redis refused the client's user no new start is tried: no storm of AUTH attempts. */
    public static final long ACCESS_DENIED_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final String name;
    private final Duration wait;
    private final Supplier<SharedClusterClient> start;
    private volatile SharedClusterClient started;
    private CompletableFuture<SharedClusterClient> attempt;
    private long deniedAtNanos;
    private boolean lastDenied;
    private boolean closed;

    /**
     * @param name the client's name, for errors and the thread's name; not null
     * @param wait how long a caller waits for an attempt under way, the client's {@code timeout}; not null
     * @param start starts the client (throws when no seed answers); not null
     */
    public ClientStartup(String name, Duration wait, Supplier<SharedClusterClient> start) {
        this.name = name;
        this.wait = wait;
        this.start = start;
    }

    /**
     * @return the started client
     * @throws JedisConnectionException when it could not be started within the wait
     * @throws IllegalStateException when {@link #close()} was called
     */
    public SharedClusterClient get() {
        SharedClusterClient client = started;
        if (client != null) {
            return client;
        }
        CompletableFuture<SharedClusterClient> current = attempt();
        try {
            return current.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new JedisConnectionException("Redis cluster client '" + name + "' is not connected: no seed node "
                    + "answered within " + wait.toMillis() + " ms (" + name + ".timeout); still trying in the "
                    + "background, the next command uses the cluster as soon as it answers");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RedisAccessDeniedException) {
                // already names the client and the user; a fresh one, so that each caller gets its own stack trace
                RedisAccessDeniedException denied = (RedisAccessDeniedException) e.getCause();
                throw new RedisAccessDeniedException(name, denied.user(),
                        (JedisAccessControlException) denied.getCause());
            }
            throw new JedisConnectionException("Redis cluster client '" + name + "' could not connect to the "
                    + "cluster: " + e.getCause().getMessage() + "; the next command tries again", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JedisConnectionException("Interrupted while Redis cluster client '" + name + "' connects", e);
        }
    }

    /** @return the started client, or null while none is started */
    public SharedClusterClient startedOrNull() {
        return started;
    }

    /** The attempt under way, or a new one when there is none or the last one failed. */
    private synchronized CompletableFuture<SharedClusterClient> attempt() {
        if (closed) {
            throw new IllegalStateException("Redis cluster client '" + name + "' is closed: the application stopped");
        }
        if (attempt == null || attempt.isCompletedExceptionally() && !deniedRecently()) {
            CompletableFuture<SharedClusterClient> next = new CompletableFuture<>();
            attempt = next;
            Thread thread = new Thread(() -> run(next), "redis-cluster-" + name + "-connect");
            thread.setDaemon(true);
            thread.start();
        }
        return attempt;
    }

    /** Caller holds the lock: whether the last attempt was refused access less than the pause ago. */
    private boolean deniedRecently() {
        return lastDenied && System.nanoTime() - deniedAtNanos < ACCESS_DENIED_PAUSE_NANOS;
    }

    private void run(CompletableFuture<SharedClusterClient> next) {
        SharedClusterClient client;
        try {
            client = start.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                lastDenied = e instanceof RedisAccessDeniedException;
                deniedAtNanos = System.nanoTime();
            }
            next.completeExceptionally(e);
            return;
        }
        synchronized (this) {
            if (closed) {
                client.close();
                next.completeExceptionally(new IllegalStateException("Redis cluster client '" + name
                        + "' is closed: the application stopped"));
                return;
            }
            started = client;
        }
        next.complete(client);
    }

    /**
     * Closes the started client; an attempt under way closes what it starts.
     *
     * @return whether a started client was closed
     */
    public boolean close() {
        SharedClusterClient client;
        synchronized (this) {
            closed = true;
            client = started;
            started = null;
            attempt = null;
        }
        if (client != null) {
            client.close();
            return true;
        }
        return false;
    }
}
