package io.github.jakartaredis.cluster.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What the random backoffs share: cap and base, the random source, argument checks, overflow-safe conversion of
 * the computed milliseconds, equality and {@code toString()}. Subclasses say only how a wait is drawn. Immutable
 * apart from what a subclass keeps per thread; thread-safe.
 */
abstract class JitterBackoff implements Backoff {

    private final Duration cap;
    private final Duration base;
    /** The generator given at creation, or null for {@code ThreadLocalRandom.current()} at each draw. */
    private final RandomGenerator random;
    final double capMillis;
    final double baseMillis;

    JitterBackoff(Duration cap, Duration base, RandomGenerator random) {
        this.cap = BackoffSupport.requireNonNegative("cap", cap);
        this.base = BackoffSupport.requireNonNegative("base", base);
        this.random = random;
        this.capMillis = BackoffSupport.toMillis(cap);
        this.baseMillis = BackoffSupport.toMillis(base);
    }

    /**
     * Draws a wait.
     *
     * @param failures the number of failures so far, {@code >= 1}
     * @param random the generator to draw from
     * @return the wait in milliseconds, before rounding and clamping to {@code [0, cap]}
     */
    abstract double millis(int failures, RandomGenerator random);

    /**
     * @param failures the number of failures so far, {@code >= 1}
     * @return the wait, rounded to the nearest nanosecond, between zero and the cap
     * @throws IllegalArgumentException if {@code failures < 1}
     */
    @Override
    public final Duration compute(int failures) {
        BackoffSupport.requireFailures(failures);
        return BackoffSupport.toDuration(millis(failures, BackoffSupport.random(random)), cap, capMillis);
    }

    /** Equal when of the same strategy with equal cap, base and generator; per-thread state is ignored. */
    @Override
    public final boolean equals(Object other) {
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        JitterBackoff that = (JitterBackoff) other;
        return that.cap.equals(cap) && that.base.equals(base) && Objects.equals(that.random, random);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), cap, base, random);
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[cap=" + cap + ", base=" + base + "]";
    }
}
