package io.github.jakartaredis.cluster.retry;

import java.time.Duration;

/**
 * Retries at once: every wait is zero. Immutable and thread-safe.
 */
public final class NoBackoff implements Backoff {

    /** Creates a backoff whose every wait is zero. */
    public NoBackoff() {
    }

    /**
     * @param failures the number of failures so far, {@code >= 1}
     * @return {@link Duration#ZERO}
     * @throws IllegalArgumentException if {@code failures < 1}
     */
    @Override
    public Duration compute(int failures) {
        BackoffSupport.requireFailures(failures);
        return Duration.ZERO;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoBackoff;
    }

    @Override
    public int hashCode() {
        return NoBackoff.class.hashCode();
    }

    @Override
    public String toString() {
        return "NoBackoff[]";
    }
}
