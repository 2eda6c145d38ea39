package io.github.jakartaredis.cluster.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Waits a uniformly random time between zero and the exponential wait: {@code uniform(0, min(cap, base *
 * 2^failures))}.
 *
 * <p>Thread-safe: immutable, and by default it draws from {@link ThreadLocalRandom#current()} of the calling
 * thread. When built with an explicit {@link RandomGenerator}, that generator is called from every thread that
 * calls {@link #compute(int)}, so it must itself be thread-safe if the backoff is shared.
 */
public final class FullJitterBackoff extends JitterBackoff {

    /**
     * Creates a backoff with {@link #DEFAULT_CAP} (512 ms) and {@link #DEFAULT_BASE} (8 ms), drawing from
     * {@link ThreadLocalRandom#current()}.
     */
    public FullJitterBackoff() {
        this(DEFAULT_CAP, DEFAULT_BASE);
    }

    /**
     * Creates a backoff drawing from {@link ThreadLocalRandom#current()} of the thread that calls
     * {@link #compute(int)}.
     *
     * @param cap the longest wait, not null, {@code >= 0}
     * @param base the wait that is doubled once per failure, not null, {@code >= 0}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative
     */
    public FullJitterBackoff(Duration cap, Duration base) {
        super(cap, base, null);
    }

    /**
     * Creates a backoff drawing from the given generator.
     *
     * @param cap the longest wait, not null, {@code >= 0}
     * @param base the wait that is doubled once per failure, not null, {@code >= 0}
     * @param random the generator to draw from, not null; thread-safe if the backoff is shared
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative
     */
    public FullJitterBackoff(Duration cap, Duration base, RandomGenerator random) {
        super(cap, base, BackoffSupport.requireRandom(random));
    }

    @Override
    double millis(int failures, RandomGenerator random) {
        return Math.min(capMillis, BackoffSupport.timesTwoToThe(baseMillis, failures)) * random.nextDouble();
    }
}
