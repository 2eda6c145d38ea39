package io.github.jakartaredis.cluster.retry;

import java.time.Duration;

/**
 * Waits the same time after every failure. Immutable and thread-safe.
 */
public final class ConstantBackoff implements Backoff {

    private final Duration backoff;

    /**
     * @param backoff the wait after every failure, not null, {@code >= 0}
     * @throws NullPointerException if {@code backoff} is null
     * @throws IllegalArgumentException if {@code backoff} is negative
     */
    public ConstantBackoff(Duration backoff) {
        this.backoff = BackoffSupport.requireNonNegative("backoff", backoff);
    }

    /**
     * @param failures the number of failures so far, {@code >= 1}
     * @return the configured wait
     * @throws IllegalArgumentException if {@code failures < 1}
     */
    @Override
    public Duration compute(int failures) {
        BackoffSupport.requireFailures(failures);
        return backoff;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConstantBackoff && ((ConstantBackoff) other).backoff.equals(backoff);
    }

    @Override
    public int hashCode() {
        return backoff.hashCode();
    }

    @Override
    public String toString() {
        return "ConstantBackoff[backoff=" + backoff + "]";
    }
}
