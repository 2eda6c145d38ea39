package io.github.jakartaredis.cluster;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Scales the uncapped exponential wait by a uniformly random factor in {@code [0, 1)}, then caps it:
 * {@code min(cap, random() * base * 2^failures)}. Unlike {@link FullJitterBackoff}, the cap applies after the
 * jitter, so once {@code base * 2^failures} is well past the cap most waits equal the cap.
 *
 * <p>Thread-safe: immutable, and by default it draws from {@link ThreadLocalRandom#current()} of the calling
 * thread. When built with an explicit {@link RandomGenerator}, that generator is called from every thread that
 * calls {@link #compute(int)}, so it must itself be thread-safe if the backoff is shared.
 */
public final class ExponentialWithJitterBackoff implements Backoff {

    private final Duration cap;
    private final Duration base;
    private final RandomGenerator random;
    private final double capMillis;
    private final double baseMillis;

    /**
     * Creates a backoff with {@link #DEFAULT_CAP} (512 ms) and {@link #DEFAULT_BASE} (8 ms), drawing from
     * {@link ThreadLocalRandom#current()}.
     */
    public ExponentialWithJitterBackoff() {
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
    public ExponentialWithJitterBackoff(Duration cap, Duration base) {
        this(cap, base, null, false);
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
    public ExponentialWithJitterBackoff(Duration cap, Duration base, RandomGenerator random) {
        this(cap, base, random, true);
    }

    private ExponentialWithJitterBackoff(Duration cap, Duration base, RandomGenerator random, boolean explicitRandom) {
        this.cap = BackoffSupport.requireNonNegative("cap", cap);
        this.base = BackoffSupport.requireNonNegative("base", base);
        this.random = explicitRandom ? BackoffSupport.requireRandom(random) : null;
        this.capMillis = BackoffSupport.toMillis(cap);
        this.baseMillis = BackoffSupport.toMillis(base);
    }

    /**
     * @param failures the number of failures so far, {@code >= 1}
     * @return {@code min(cap, random() * base * 2^failures)}, rounded to the nearest nanosecond
     * @throws IllegalArgumentException if {@code failures < 1}
     */
    @Override
    public Duration compute(int failures) {
        BackoffSupport.requireFailures(failures);
        double scaledBase = BackoffSupport.random(random).nextDouble() * baseMillis;
        double millis = BackoffSupport.timesTwoToThe(scaledBase, failures);
        return BackoffSupport.toDuration(millis, cap, capMillis);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ExponentialWithJitterBackoff)) {
            return false;
        }
        ExponentialWithJitterBackoff that = (ExponentialWithJitterBackoff) other;
        return that.cap.equals(cap) && that.base.equals(base) && Objects.equals(that.random, random);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cap, base, random);
    }

    @Override
    public String toString() {
        return "ExponentialWithJitterBackoff[cap=" + cap + ", base=" + base + "]";
    }
}
