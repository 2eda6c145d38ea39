package io.github.jakartaredis.cluster.retry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How a {@link Retry} waits out the pause its {@link Backoff} computed. A sleeper may return early (the cluster
 * client's does when the slot map changes, so that a command waiting out a failover moves to the new primary at
 * once); it must not wait longer than asked. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the whole pause with {@link TimeUnit#sleep(long)}, saturating at {@link Long#MAX_VALUE} nanoseconds. */
    Sleeper THREAD = duration -> {
        long nanos;
        try {
            nanos = duration.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        TimeUnit.NANOSECONDS.sleep(nanos);
    };

    /**
     * Blocks the calling thread for at most {@code duration}.
     *
     * @param duration how long at most, positive
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
