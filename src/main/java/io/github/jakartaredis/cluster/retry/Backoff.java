package io.github.jakartaredis.cluster.retry;

import java.time.Duration;

/**
 * How long a {@link Retry} waits after a failure before trying again.
 *
 * <p>{@link Retry#call(RedisAction)} calls {@link #reset()} once at the start of every call, then
 * {@link #compute(int)} after each failure it retries, with the number of failures so far (1 after the first).
 *
 * <p>The built-in backoffs ({@link NoBackoff}, {@link ConstantBackoff}, {@link ExponentialBackoff},
 * {@link FullJitterBackoff}, {@link EqualJitterBackoff}, {@link DecorrelatedJitterBackoff},
 * {@link ExponentialWithJitterBackoff}) are thread-safe: one instance may be shared by any number of threads and
 * {@link Retry}s. They compute in milliseconds with {@code double} arithmetic and round the result to the nearest
 * nanosecond; results never exceed their cap and never overflow, however large {@code failures} is.
 *
 * <p>Thread-safety of other implementations is up to them; a {@link Retry} is only as thread-safe as its backoff.
 */
public interface Backoff {

    /** The default longest wait, 512 ms. */
    Duration DEFAULT_CAP = Duration.ofMillis(512);

    /** The default base wait that exponential backoffs double, 8 ms. */
    Duration DEFAULT_BASE = Duration.ofMillis(8);

    /**
     * Computes the wait after a failure.
     *
     * @param failures the number of consecutive failures so far in the current retry cycle, {@code >= 1}
     * @return the time to wait before the next try, never null, never negative
     * @throws IllegalArgumentException if {@code failures < 1} (the built-in backoffs check this)
     */
    Duration compute(int failures);

    /**
     * Resets any state kept between failures, before a new retry cycle. The default does nothing.
     */
    default void reset() {
    }
}
