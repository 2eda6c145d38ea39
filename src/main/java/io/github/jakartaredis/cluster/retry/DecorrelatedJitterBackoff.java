package io.github.jakartaredis.cluster.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Draws each wait from a range that grows with the previous wait: {@code previous = min(cap, uniform(base,
 * max(base, previous * 3)))}, the new {@code previous} being the wait. {@link #reset()} sets {@code previous} back
 * to zero, so the first wait of a cycle is {@code min(cap, base)}. The {@code failures} count is not used.
 *
 * <p>Thread-safety: {@code previous} is kept <em>per thread</em>. One instance can therefore be shared by many
 * threads and {@link Retry}s, provided each retry cycle (a {@link #reset()} followed by its {@link #compute(int)}
 * calls, as {@link Retry#call(RedisAction)} does) runs on one thread: {@link #compute(int)} reads and updates the
 * calling thread's {@code previous}, and {@link #reset()} resets the calling thread's {@code previous} only. A
 * thread that never called {@link #reset()} starts from zero. The per-thread value is a plain {@code double[]}, so
 * it pins no class of this library in pooled threads; {@link #reset()} removes it.
 *
 * <p>By default it draws from {@link ThreadLocalRandom#current()} of the calling thread. When built with an
 * explicit {@link RandomGenerator}, that generator is called from every thread that calls {@link #compute(int)}, so
 * it must itself be thread-safe if the backoff is shared.
 */
public final class DecorrelatedJitterBackoff extends JitterBackoff {

    /**
     * Creates a backoff with {@link #DEFAULT_CAP} (512 ms) and {@link #DEFAULT_BASE} (8 ms), drawing from
     * {@link ThreadLocalRandom#current()}.
     */
    public DecorrelatedJitterBackoff() {
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
    public DecorrelatedJitterBackoff(Duration cap, Duration base) {
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
    public DecorrelatedJitterBackoff(Duration cap, Duration base, RandomGenerator random) {
        super(cap, base, BackoffSupport.requireRandom(random));
    }

    /** The calling thread's previous wait in milliseconds, in element 0. */
    private final ThreadLocal<double[]> previousMillis = ThreadLocal.withInitial(() -> new double[1]);

    /**
     * Computes the next wait from the calling thread's previous one, and remembers it for this thread; the
     * {@code failures} count is not used.
     */
    @Override
    double millis(int failures, RandomGenerator random) {
        double[] previous = previousMillis.get();
        double upper = Math.max(baseMillis, previous[0] * 3);
        previous[0] = Math.min(capMillis, baseMillis + (upper - baseMillis) * random.nextDouble());
        return previous[0];
    }

    /** Sets the calling thread's previous wait back to zero; other threads' are untouched. */
    @Override
    public void reset() {
        previousMillis.remove();
    }
}
