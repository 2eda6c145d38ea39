package io.github.jakartaredis.cluster.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Argument and result checks and overflow-safe millisecond arithmetic shared by the built-in {@link Backoff}s and
 * {@link Retry}. Stateless and thread-safe.
 */
final class BackoffSupport {

    /** Below this many milliseconds a value still fits a {@code long} count of nanoseconds. */
    private static final double MAX_MILLIS_AS_NANOS = Long.MAX_VALUE / 1_000_000.0;

    private BackoffSupport() {
    }

    /**
     * Checks a duration argument.
     *
     * @param name the argument's name, for the message
     * @param value the argument
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    static Duration requireNonNegative(String name, Duration value) {
        if (value == null) {
            throw new NullPointerException(name + " is null; accepted: a duration >= 0");
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " is " + value + "; accepted: a duration >= 0");
        }
        return value;
    }

    /**
     * Checks a random generator argument.
     *
     * @param random the argument
     * @return {@code random}
     * @throws NullPointerException if {@code random} is null
     */
    static RandomGenerator requireRandom(RandomGenerator random) {
        if (random == null) {
            throw new NullPointerException("random is null; accepted: a RandomGenerator (omit the argument to use "
                    + "ThreadLocalRandom.current() of the calling thread)");
        }
        return random;
    }

    /**
     * Checks the {@code failures} argument of {@link Backoff#compute(int)}.
     *
     * @param failures the argument
     * @return {@code failures}
     * @throws IllegalArgumentException if {@code failures < 1}
     */
    static int requireFailures(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures is " + failures + "; accepted: >= 1");
        }
        return failures;
    }

    /**
     * The wait {@code backoff} computes after {@code failures} failures, checked.
     *
     * @throws NullPointerException if the backoff computed null
     */
    static Duration checkedWait(Backoff backoff, int failures) {
        Duration wait = backoff.compute(failures);
        if (wait == null) {
            throw new NullPointerException(backoff + " computed null for failures=" + failures
                    + "; accepted: a duration >= 0");
        }
        return wait;
    }

    /**
     * The generator to draw from now: the configured one, or when none was configured the calling thread's
     * {@link ThreadLocalRandom}.
     *
     * @param configured the configured generator, nullable
     * @return a generator, never null
     */
    static RandomGenerator random(RandomGenerator configured) {
        return configured != null ? configured : ThreadLocalRandom.current();
    }

    /**
     * Converts a duration to (fractional) milliseconds without overflowing, however long the duration.
     *
     * @param duration a duration, not null
     * @return its length in milliseconds
     */
    static double toMillis(Duration duration) {
        return duration.getSeconds() * 1_000.0 + duration.getNano() / 1_000_000.0;
    }

    /**
     * {@code base * 2^failures}, saturating to positive infinity instead of overflowing.
     *
     * @param baseMillis a finite value >= 0
     * @param failures the exponent, >= 1
     * @return the product, {@code >= 0}, possibly {@link Double#POSITIVE_INFINITY}; never NaN
     */
    static double timesTwoToThe(double baseMillis, int failures) {
        return Math.scalb(baseMillis, failures);
    }

    /**
     * Converts milliseconds back to a duration, rounded to the nearest nanosecond and clamped to
     * {@code [0, cap]}.
     *
     * @param millis the value to convert; NaN or negative gives zero, anything {@code >= capMillis} gives
     *        {@code cap}
     * @param cap the largest duration to return, not null
     * @param capMillis {@code toMillis(cap)}
     * @return a duration in {@code [0, cap]}
     */
    static Duration toDuration(double millis, Duration cap, double capMillis) {
        if (!(millis > 0)) {
            return Duration.ZERO;
        }
        if (millis >= capMillis) {
            return cap;
        }
        Duration result;
        if (millis < MAX_MILLIS_AS_NANOS) {
            result = Duration.ofNanos(Math.round(millis * 1_000_000.0));
        } else {
            long seconds = (long) Math.floor(millis / 1_000.0);
            long nanos = Math.round((millis - seconds * 1_000.0) * 1_000_000.0);
            result = Duration.ofSeconds(seconds, nanos);
        }
        return result.compareTo(cap) > 0 ? cap : result;
    }
}
