package io.github.jakartaredis.cluster.retry;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a {@link RedisAction} and, when it fails with an error of a kind this retry retries on (see
 * {@link RedisErrorKind#of(Throwable)}), waits as its {@link Backoff} says and runs it again, at most
 * {@link #retries()} more times: {@code retries + 1} tries in all.
 *
 * <p>Immutable. Thread-safe as long as its backoff is, which all built-in backoffs are: one instance may serve any
 * number of threads at once. Each {@link #call(RedisAction)} runs wholly on the calling thread.
 */
public final class Retry {

    private static final Set<RedisErrorKind> DEFAULT_RETRY_ON =
            Collections.unmodifiableSet(EnumSet.of(RedisErrorKind.CONNECTION, RedisErrorKind.TIMEOUT));

    /**
     * The kinds a cluster command is always retried on, whatever its retry lists: connection errors and
     * {@code CLUSTERDOWN}, what a failover looks like. See {@link #forCluster()}.
     */
    public static final Set<RedisErrorKind> ALWAYS_RETRIED_IN_CLUSTER =
            Collections.unmodifiableSet(EnumSet.of(RedisErrorKind.CONNECTION, RedisErrorKind.CLUSTER_DOWN));

    private static final Retry NO_RETRY = new Retry(new NoBackoff(), 0);

    private final Backoff backoff;
    private final int retries;
    private final Set<RedisErrorKind> retryOn;
    private final Sleeper sleeper;

    /**
     * Creates a retry that retries on {@link RedisErrorKind#CONNECTION} and {@link RedisErrorKind#TIMEOUT}, as
     * redis-py's {@code Retry} does by default.
     *
     * @param backoff the waits between tries, not null
     * @param retries how many times to try again after the first try fails, {@code >= 0}
     * @throws NullPointerException if {@code backoff} is null
     * @throws IllegalArgumentException if {@code retries < 0}
     */
    public Retry(Backoff backoff, int retries) {
        this(backoff, retries, DEFAULT_RETRY_ON);
    }

    /**
     * Creates a retry that retries on the given error kinds.
     *
     * @param backoff the waits between tries, not null
     * @param retries how many times to try again after the first try fails, {@code >= 0}
     * @param retryOn the error kinds to retry on, not null, no null elements; may be empty (then nothing is retried)
     * @throws NullPointerException if {@code backoff} or {@code retryOn} is null or {@code retryOn} holds null
     * @throws IllegalArgumentException if {@code retries < 0}
     */
    public Retry(Backoff backoff, int retries, Set<RedisErrorKind> retryOn) {
        this(backoff, retries, retryOn, Sleeper.THREAD);
    }

    private Retry(Backoff backoff, int retries, Set<RedisErrorKind> retryOn, Sleeper sleeper) {
        this.backoff = Objects.requireNonNull(backoff, "backoff is null; accepted: a Backoff, e.g. new NoBackoff()");
        if (retries < 0) {
            throw new IllegalArgumentException("retries is " + retries + "; accepted: >= 0");
        }
        this.retries = retries;
        this.retryOn = RedisErrorKind.checkedCopy(retryOn);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper is null; accepted: a Sleeper");
    }

    /**
     * A retry that never retries: {@link NoBackoff}, 0 retries, and the default kinds
     * ({@link RedisErrorKind#CONNECTION}, {@link RedisErrorKind#TIMEOUT}), so that errors of those kinds still reach
     * the {@code onFailure} callback of {@link #call(RedisAction, Consumer)} once before being rethrown.
     *
     * @return a shared instance
     */
    public static Retry noRetry() {
        return NO_RETRY;
    }

    /** @return the waits between tries, never null */
    public Backoff backoff() {
        return backoff;
    }

    /** @return how many times a call tries again after its first try fails, {@code >= 0} */
    public int retries() {
        return retries;
    }

    /** @return the error kinds retried on, an unmodifiable set in {@link RedisErrorKind} order; never null */
    public Set<RedisErrorKind> retryOn() {
        return retryOn;
    }

    /**
     * Returns a copy of this retry that waits between tries through {@code sleeper} instead of
     * {@link Sleeper#THREAD}. The cluster client uses it to end a wait early when the slot map changes.
     *
     * @param sleeper how to wait, not null
     * @return the copy, with the same backoff, retries and error kinds
     * @throws NullPointerException if {@code sleeper} is null
     */
    public Retry withSleeper(Sleeper sleeper) {
        return new Retry(backoff, retries, retryOn, sleeper);
    }

    /**
     * Returns a copy of this retry that retries on other error kinds.
     *
     * @param retryOn the error kinds to retry on, not null, no null elements; may be empty
     * @return the copy, with the same backoff and retries
     * @throws NullPointerException if {@code retryOn} is null or holds null
     */
    public Retry withRetryOn(Set<RedisErrorKind> retryOn) {
        return new Retry(backoff, retries, retryOn, sleeper);
    }

    /**
     * Returns this retry as a cluster client uses it: its kinds plus {@link #ALWAYS_RETRIED_IN_CLUSTER}. A default
     * {@code new Retry(backoff, n)} and the default configuration keys then retry the same kinds: connection
     * errors, timeouts and {@code CLUSTERDOWN}.
     *
     * @return this retry when it already retries on those kinds, else a copy that does
     */
    public Retry forCluster() {
        if (retryOn.containsAll(ALWAYS_RETRIED_IN_CLUSTER)) {
            return this;
        }
        EnumSet<RedisErrorKind> kinds = EnumSet.copyOf(ALWAYS_RETRIED_IN_CLUSTER);
        kinds.addAll(retryOn);
        return withRetryOn(kinds);
    }

    /**
     * Whether {@link RedisErrorKind#of(Throwable)} gives {@code error}, not null, a kind in {@link #retryOn()}.
     *
     * @throws NullPointerException if {@code error} is null
     */
    public boolean retriesOn(Throwable error) {
        return RedisErrorKind.of(error).map(retryOn::contains).orElse(false);
    }

    /**
     * {@link #call(RedisAction, Consumer)} with an {@code onFailure} that does nothing.
     *
     * @param action the action, not null
     * @param <T> the result type
     * @return the action's result from its first successful try
     * @throws RuntimeException the action's error, when it is not retried on, or on the last try
     * @throws NullPointerException if {@code action} is null
     */
    public <T> T call(RedisAction<T> action) {
        return call(action, failure -> {
        });
    }

    /**
     * Runs an action, retrying it on errors of the kinds this retry retries on.
     *
     * <ol>
     * <li>Calls {@link Backoff#reset()} once.</li>
     * <li>Runs the action; returns its result if it succeeds.</li>
     * <li>If it throws a {@link RuntimeException} that {@link #retriesOn(Throwable)}, counts a failure and passes
     * the error to {@code onFailure}. Any other exception or error propagates at once, untouched.</li>
     * <li>Once the failures exceed {@link #retries()}, rethrows that last error.</li>
     * <li>Otherwise waits {@code backoff.compute(failures)} (not at all if that is zero) and goes back to step 2.</li>
     * </ol>
     *
     * <p>If the thread is interrupted while waiting, the interrupt flag is set again and the last error is thrown,
     * with the {@link InterruptedException} added to it as suppressed. If {@code onFailure} throws, that exception
     * propagates with the action's error added to it as suppressed, and no further try is made.
     *
     * @param action the action, not null
     * @param onFailure called with each error counted as a failure, including the last one before giving up (as
     *        redis-py's {@code fail} callback); not null
     * @param <T> the result type
     * @return the action's result from its first successful try
     * @throws RuntimeException the action's error, when it is not retried on, or on the last try
     * @throws NullPointerException if an argument is null
     */
    public <T> T call(RedisAction<T> action, Consumer<RuntimeException> onFailure) {
        Objects.requireNonNull(action, "action is null; accepted: a RedisAction");
        Objects.requireNonNull(onFailure, "onFailure is null; accepted: a Consumer, e.g. error -> { }");
        backoff.reset();
        int failures = 0;
        while (true) {
            try {
                return action.run();
            } catch (RuntimeException error) {
                if (!retriesOn(error)) {
                    throw error;
                }
                failures++;
                try {
                    onFailure.accept(error);
                } catch (RuntimeException callbackFailure) {
                    if (callbackFailure != error) {
                        callbackFailure.addSuppressed(error);
                    }
                    throw callbackFailure;
                }
                if (failures > retries) {
                    throw error;
                }
                Duration wait = BackoffSupport.checkedWait(backoff, failures);
                if (!wait.isZero() && !wait.isNegative()) {
                    try {
                        sleeper.sleep(wait);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        error.addSuppressed(interrupted);
                        throw error;
                    }
                }
            }
        }
    }

    /** Two retries are equal when their backoffs are equal, and their retries and retried kinds are the same. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Retry)) {
            return false;
        }
        Retry that = (Retry) other;
        return that.backoff.equals(backoff) && that.retries == retries && that.retryOn.equals(retryOn)
                && that.sleeper == sleeper;
    }

    @Override
    public int hashCode() {
        return Objects.hash(backoff, retries, retryOn);
    }

    /** @return e.g. {@code Retry[backoff=NoBackoff[], retries=3, retryOn=[connection_error, timeout]]} */
    @Override
    public String toString() {
        return "Retry[backoff=" + backoff + ", retries=" + retries + ", retryOn="
                + retryOn.stream().map(RedisErrorKind::configName).collect(Collectors.joining(", ", "[", "]"))
                + "]";
    }
}
