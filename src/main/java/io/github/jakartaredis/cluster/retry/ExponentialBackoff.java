package io.github.jakartaredis.cluster.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * Doubles the wait after every failure, up to a cap: {@code min(cap, base * 2^failures)}. With the defaults the
 * waits are 16, 32, 64, 128, 256, 512, 512, ... ms. Immutable and thread-safe.
 */
public final class ExponentialBackoff implements Backoff {

    private final Duration cap;
    private final Duration base;
    private final double capMillis;
    private final double baseMillis;

    /** Creates an exponential backoff with {@link #DEFAULT_CAP} (512 ms) and {@link #DEFAULT_BASE} (8 ms). */
    public ExponentialBackoff() {
        this(DEFAULT_CAP, DEFAULT_BASE);
    }

    /**
     * @param cap the longest wait, not null, {@code >= 0}
     * @param base the wait that is doubled once per failure, not null, {@code >= 0}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is negative
     */
    public ExponentialBackoff(Duration cap, Duration base) {
        this.cap = BackoffSupport.requireNonNegative("cap", cap);
        this.base = BackoffSupport.requireNonNegative("base", base);
        this.capMillis = BackoffSupport.toMillis(cap);
        this.baseMillis = BackoffSupport.toMillis(base);
    }

    /**
     * @param failures the number of failures so far, {@code >= 1}
     * @return {@code min(cap, base * 2^failures)}, rounded to the nearest nanosecond
     * @throws IllegalArgumentException if {@code failures < 1}
     */
    @Override
    public Duration compute(int failures) {
        BackoffSupport.requireFailures(failures);
        return BackoffSupport.toDuration(BackoffSupport.timesTwoToThe(baseMillis, failures), cap, capMillis);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExponentialBackoff && ((ExponentialBackoff) other).cap.equals(cap)
                && ((ExponentialBackoff) other).base.equals(base);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cap, base);
    }

    @Override
    public String toString() {
        return "ExponentialBackoff[cap=" + cap + ", base=" + base + "]";
    }
}
