package io.github.jakartaredis.cluster;

import java.time.Duration;
import java.util.Objects;
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
public final class DecorrelatedJitterBackoff implements Backoff {

    private final Duration cap;
    private final Duration base;
    private final RandomGenerator random;
    private final double capMillis;
    private final double baseMillis;
    /** The calling thread's previous wait in milliseconds, in element 0. */
    private final ThreadLocal<double[]> previousMillis = ThreadLocal.withInitial(() -> new double[1]);

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
     * @param base the shortest wait (unless the cap is shorter), not null, {@code >= 0}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative
     */
    public DecorrelatedJitterBackoff(Duration cap, Duration base) {
        this(cap, base, null, false);
    }

    /**
     * Creates a backoff drawing from the given generator.
     *
     * @param cap the longest wait, not null, {@code >= 0}
     * @param base the shortest wait (unless the cap is shorter), not null, {@code >= 0}
     * @param random the generator to draw from, not null; thread-safe if the backoff is shared
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative
     */
    public DecorrelatedJitterBackoff(Duration cap, Duration base, RandomGenerator random) {
        this(cap, base, random, true);
    }

    private DecorrelatedJitterBackoff(Duration cap, Duration base, RandomGenerator random, boolean explicitRandom) {
        this.cap = BackoffSupport.requireNonNegative("cap", cap);
        this.base = BackoffSupport.requireNonNegative("base", base);
        this.random = explicitRandom ? BackoffSupport.requireRandom(random) : null;
        this.capMillis = BackoffSupport.toMillis(cap);
        this.baseMillis = BackoffSupport.toMillis(base);
    }

    /**
     * Computes the next wait from the calling thread's previous one, and remembers it for this thread.
     *
     * @param failures the number of failures so far, {@code >= 1}; otherwise unused
     * @return {@code min(cap, uniform(base, max(base, previous * 3)))}, rounded to the nearest nanosecond
     * @throws IllegalArgumentException if {@code failures < 1}
     */
    @Override
    public Duration compute(int failures) {
        BackoffSupport.requireFailures(failures);
        double[] previous = previousMillis.get();
        double upper = Math.max(baseMillis, previous[0] * 3);
        double drawn = baseMillis + (upper - baseMillis) * BackoffSupport.random(random).nextDouble();
        previous[0] = Math.min(capMillis, drawn);
        return BackoffSupport.toDuration(previous[0], cap, capMillis);
    }

    /** Sets the calling thread's previous wait back to zero; other threads' are untouched. */
    @Override
    public void reset() {
        previousMillis.remove();
    }

    /**
     * Two decorrelated jitter backoffs are equal when their cap, base and generator are; the per-thread state is
     * ignored.
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof DecorrelatedJitterBackoff)) {
            return false;
        }
        DecorrelatedJitterBackoff that = (DecorrelatedJitterBackoff) other;
        return that.cap.equals(cap) && that.base.equals(base) && Objects.equals(that.random, random);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cap, base, random);
    }

    @Override
    public String toString() {
        return "DecorrelatedJitterBackoff[cap=" + cap + ", base=" + base + "]";
    }
}
