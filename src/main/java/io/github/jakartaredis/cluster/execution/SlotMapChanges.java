package io.github.jakartaredis.cluster.execution;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Where commands pause between tries until the slot map changes: {@link #await(Duration)} ends when a reload
 * {@linkplain #signal() signals} that some slot has another primary, or when the pause is over. Thread-safe.
 */
final class SlotMapChanges {

    /** Waits longer than this are cut to it, far beyond any backoff's cap: keeps the deadline arithmetic safe. */
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    /** Counts the signals; guarded by {@code this}. */
    private long version;
    /** How many threads are in {@link #await}; guarded by {@code this}. */
    private int waiting;

    /**
     * Waits until the next {@link #signal()} or until {@code longest} has passed.
     *
     * @param longest how long at most, positive
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    synchronized void await(Duration longest) throws InterruptedException {
        long start = System.nanoTime();
        long nanos = longest.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT.toNanos() : longest.toNanos();
        long seen = version;
        waiting++;
        try {
            for (long left = nanos; version == seen && left > 0; left = nanos - (System.nanoTime() - start)) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } finally {
            waiting--;
        }
    }

    /** Wakes every waiting thread: some slot has another primary now. */
    synchronized void signal() {
        version++;
        notifyAll();
    }

    /** @return whether some thread waits in {@link #await} now */
    synchronized boolean anyWaiting() {
        return waiting > 0;
    }
}
