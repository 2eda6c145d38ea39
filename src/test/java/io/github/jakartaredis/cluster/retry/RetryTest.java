package io.github.jakartaredis.cluster.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.exceptions.JedisBusyException;
import redis.clients.jedis.exceptions.JedisClusterException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

class RetryTest {

    /** Records the waits instead of waiting. */
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final Sleeper recorder = sleeps::add;

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    private Retry retry(Backoff backoff, int retries) {
        return new Retry(backoff, retries, EnumSet.of(RedisErrorKind.CONNECTION, RedisErrorKind.TIMEOUT))
                .withSleeper(recorder);
    }

    /** An action that fails with the given errors in turn, then returns "ok"; counts its runs. */
    private static final class Scripted implements RedisAction<String> {
        private final RuntimeException[] errors;
        private final AtomicInteger runs = new AtomicInteger();

        Scripted(RuntimeException... errors) {
            this.errors = errors;
        }

        @Override
        public String run() {
            int run = runs.getAndIncrement();
            if (run < errors.length) {
                throw errors[run];
            }
            return "ok";
        }
    }

    /** An action that always fails with a new connection error; counts its runs. */
    private static final class AlwaysFailing implements RedisAction<String> {
        private final List<JedisConnectionException> thrown = new ArrayList<>();

        @Override
        public String run() {
            JedisConnectionException error = new JedisConnectionException("try " + (thrown.size() + 1));
            thrown.add(error);
            throw error;
        }
    }

    /** A backoff that counts resets and computes, and answers failures milliseconds. */
    private static final class CountingBackoff implements Backoff {
        final AtomicInteger resets = new AtomicInteger();
        final List<Integer> computed = new ArrayList<>();

        @Override
        public Duration compute(int failures) {
            computed.add(failures);
            return Duration.ofMillis(failures);
        }

        @Override
        public void reset() {
            resets.incrementAndGet();
        }
    }

    @Test
    void returnsResultOfFirstSuccessfulTryWithoutSleeping() {
        Scripted action = new Scripted();
        assertThat(retry(new ExponentialBackoff(), 3).call(action)).isEqualTo("ok");
        assertThat(action.runs).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesRetryableErrorsUntilSuccess() {
        Scripted action = new Scripted(new JedisConnectionException("reset"),
                new JedisConnectionException(new SocketTimeoutException("Read timed out")));
        assertThat(retry(new ExponentialBackoff(), 3).call(action)).isEqualTo("ok");
        assertThat(action.runs).hasValue(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(16), Duration.ofMillis(32));
    }

    @Test
    void totalTriesAreRetriesPlusOneThenLastErrorIsRethrown() {
        for (int retries : new int[] {0, 1, 3, 7}) {
            AlwaysFailing action = new AlwaysFailing();
            Throwable thrown = catchThrowable(() -> retry(new NoBackoff(), retries).call(action));
            assertThat(action.thrown).as("retries=%d", retries).hasSize(retries + 1);
            assertThat(thrown).isSameAs(action.thrown.get(retries));
        }
    }

    @Test
    void nonRetryableErrorIsRethrownAfterOneTry() {
        JedisDataException wrongType = new JedisDataException("WRONGTYPE Operation against a key");
        Scripted action = new Scripted(wrongType);
        CountingBackoff backoff = new CountingBackoff();
        List<RuntimeException> failures = new ArrayList<>();
        assertThatThrownBy(() -> retry(backoff, 5).call(action, failures::add)).isSameAs(wrongType);
        assertThat(action.runs).hasValue(1);
        assertThat(failures).isEmpty();
        assertThat(backoff.computed).isEmpty();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void errorsThatAreNotJedisErrorsAreRethrownAfterOneTry() {
        IllegalStateException bug = new IllegalStateException("bug");
        Scripted action = new Scripted(bug);
        assertThatThrownBy(() -> retry(new NoBackoff(), 5).call(action)).isSameAs(bug);
        assertThat(action.runs).hasValue(1);
    }

    @Test
    void kindsNotInRetryOnAreRethrownAtOnce() {
        JedisClusterException clusterDown = new JedisClusterException("CLUSTERDOWN The cluster is down");
        Scripted action = new Scripted(clusterDown);
        assertThatThrownBy(() -> retry(new NoBackoff(), 3).call(action)).isSameAs(clusterDown);
        assertThat(action.runs).hasValue(1);
    }

    @Test
    void retryOnSelectsTheKindsRetried() {
        Retry retry = retry(new ExponentialBackoff(), 3)
                .withRetryOn(EnumSet.of(RedisErrorKind.CLUSTER_DOWN, RedisErrorKind.BUSY));
        Scripted action = new Scripted(new JedisClusterException("CLUSTERDOWN The cluster is down"),
                new JedisBusyException("BUSY Redis is busy running a script"));
        assertThat(retry.call(action)).isEqualTo("ok");
        assertThat(action.runs).hasValue(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(16), Duration.ofMillis(32));

        JedisConnectionException connection = new JedisConnectionException("reset");
        Scripted notRetried = new Scripted(connection);
        assertThatThrownBy(() -> retry.call(notRetried)).isSameAs(connection);
        assertThat(notRetried.runs).hasValue(1);
    }

    @Test
    void recordedSleepsEqualTheBackoffSequence() {
        AlwaysFailing action = new AlwaysFailing();
        catchThrowable(() -> retry(new ExponentialBackoff(), 8).call(action));
        assertThat(sleeps).extracting(Duration::toMillis)
                .containsExactly(16L, 32L, 64L, 128L, 256L, 512L, 512L, 512L);
    }

    @Test
    void recordedSleepsFollowDecorrelatedJitterFromAFreshStateOnEveryCall() {
        Retry retry = retry(new DecorrelatedJitterBackoff(Backoff.DEFAULT_CAP, Backoff.DEFAULT_BASE,
                ScriptedRandom.always(0.5)), 3);
        catchThrowable(() -> retry.call(new AlwaysFailing()));
        catchThrowable(() -> retry.call(new AlwaysFailing()));
        assertThat(sleeps).extracting(Duration::toMillis).containsExactly(8L, 16L, 28L, 8L, 16L, 28L);
    }

    @Test
    void backoffIsComputedWithFailuresCountingFromOne() {
        CountingBackoff backoff = new CountingBackoff();
        catchThrowable(() -> retry(backoff, 4).call(new AlwaysFailing()));
        assertThat(backoff.computed).containsExactly(1, 2, 3, 4);
        assertThat(sleeps).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(3),
                Duration.ofMillis(4));
    }

    @Test
    void resetIsCalledExactlyOncePerCall() {
        CountingBackoff backoff = new CountingBackoff();
        Retry retry = retry(backoff, 3);
        retry.call(new Scripted());
        assertThat(backoff.resets).hasValue(1);
        retry.call(new Scripted(new JedisConnectionException("a"), new JedisConnectionException("b")));
        assertThat(backoff.resets).hasValue(2);
        catchThrowable(() -> retry.call(new AlwaysFailing()));
        assertThat(backoff.resets).hasValue(3);
    }

    @Test
    void zeroWaitsAreNotSlept() {
        catchThrowable(() -> retry(new NoBackoff(), 3).call(new AlwaysFailing()));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void onFailureRunsAfterEachRetriedFailureIncludingTheLast() {
        AlwaysFailing action = new AlwaysFailing();
        List<RuntimeException> failures = new ArrayList<>();
        catchThrowable(() -> retry(new NoBackoff(), 2).call(action, failures::add));
        assertThat(failures).containsExactlyElementsOf(action.thrown).hasSize(3);
    }

    @Test
    void onFailureRunsBeforeTheWait() {
        List<String> events = new ArrayList<>();
        Retry retry = new Retry(new ConstantBackoff(Duration.ofMillis(5)), 1, EnumSet.of(RedisErrorKind.CONNECTION))
                .withSleeper(duration -> events.add("sleep " + duration.toMillis()));
        retry.call(new Scripted(new JedisConnectionException("x")), error -> events.add("fail " + error.getMessage()));
        assertThat(events).containsExactly("fail x", "sleep 5");
    }

    @Test
    void onFailureThrowingStopsRetryingAndCarriesTheErrorAsSuppressed() {
        JedisConnectionException error = new JedisConnectionException("x");
        IllegalStateException fromCallback = new IllegalStateException("callback");
        Scripted action = new Scripted(error);
        assertThatThrownBy(() -> retry(new NoBackoff(), 3).call(action, e -> {
            throw fromCallback;
        })).isSameAs(fromCallback).hasSuppressedException(error);
        assertThat(action.runs).hasValue(1);
    }

    @Test
    void interruptionDuringTheWaitRestoresTheFlagAndThrowsTheLastErrorWithInterruptionSuppressed() {
        InterruptedException interruption = new InterruptedException("stop");
        Retry retry = new Retry(new ExponentialBackoff(), 3, EnumSet.of(RedisErrorKind.CONNECTION))
                .withSleeper(duration -> {
                    throw interruption;
                });
        AlwaysFailing action = new AlwaysFailing();
        Throwable thrown = catchThrowable(() -> retry.call(action));
        assertThat(thrown).isSameAs(action.thrown.get(0));
        assertThat(thrown.getSuppressed()).containsExactly(interruption);
        assertThat(action.thrown).hasSize(1);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void realSleeperWaitsAndIsInterruptible() {
        Retry retry = new Retry(new ConstantBackoff(Duration.ofMillis(20)), 1);
        long start = System.nanoTime();
        assertThat(retry.call(new Scripted(new JedisConnectionException("x")))).isEqualTo("ok");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(20));

        Thread.currentThread().interrupt();
        Retry long_ = new Retry(new ConstantBackoff(Duration.ofDays(1)), 1);
        JedisConnectionException error = new JedisConnectionException("y");
        Throwable thrown = catchThrowable(() -> long_.call(new Scripted(error)));
        assertThat(thrown).isSameAs(error);
        assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void oneRetrySharedByThreadsRetriesEachCallIndependently() throws Exception {
        Retry retry = retry(new DecorrelatedJitterBackoff(Backoff.DEFAULT_CAP, Backoff.DEFAULT_BASE,
                ScriptedRandom.always(0.5)), 2);
        List<Thread> threads = new ArrayList<>();
        List<Integer> runs = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread thread = new Thread(() -> {
                Scripted action = new Scripted(new JedisConnectionException("a"), new JedisConnectionException("b"));
                retry.call(action);
                runs.add(action.runs.get());
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(runs).containsExactly(3, 3, 3, 3);
        assertThat(sleeps).extracting(Duration::toMillis).containsOnly(8L, 16L).hasSize(8)
                .filteredOn(millis -> millis == 8L).hasSize(4);
    }

    @Test
    void defaultRetryOnIsConnectionAndTimeout() {
        Retry retry = new Retry(new NoBackoff(), 3);
        assertThat(retry.retryOn()).containsExactly(RedisErrorKind.CONNECTION, RedisErrorKind.TIMEOUT);
        assertThat(retry.retriesOn(new JedisConnectionException("x"))).isTrue();
        assertThat(retry.retriesOn(new JedisConnectionException(new SocketTimeoutException()))).isTrue();
        assertThat(retry.retriesOn(new JedisClusterException("CLUSTERDOWN The cluster is down"))).isFalse();
        assertThat(retry.retriesOn(new IllegalStateException())).isFalse();
    }

    @Test
    void noRetryTriesOnceWithNoBackoff() {
        Retry none = Retry.noRetry();
        assertThat(none.backoff()).isEqualTo(new NoBackoff());
        assertThat(none.retries()).isZero();
        JedisConnectionException error = new JedisConnectionException("x");
        Scripted action = new Scripted(error);
        assertThatThrownBy(() -> none.call(action)).isSameAs(error);
        assertThat(action.runs).hasValue(1);
    }

    @Test
    void gettersReturnWhatWasGivenAndRetryOnIsAnUnmodifiableCopy() {
        Set<RedisErrorKind> kinds = new HashSet<>(Set.of(RedisErrorKind.TRY_AGAIN, RedisErrorKind.CLUSTER_DOWN));
        ExponentialBackoff backoff = new ExponentialBackoff();
        Retry retry = new Retry(backoff, 4, kinds);
        kinds.add(RedisErrorKind.BUSY);
        assertThat(retry.backoff()).isSameAs(backoff);
        assertThat(retry.retries()).isEqualTo(4);
        assertThat(retry.retryOn()).containsExactly(RedisErrorKind.CLUSTER_DOWN, RedisErrorKind.TRY_AGAIN);
        assertThatThrownBy(() -> retry.retryOn().add(RedisErrorKind.BUSY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withRetryOnReturnsACopyAndLeavesTheOriginalUnchanged() {
        Retry original = new Retry(new ExponentialBackoff(), 2);
        Retry copy = original.withRetryOn(Set.of(RedisErrorKind.READONLY));
        assertThat(copy).isNotSameAs(original);
        assertThat(copy.retryOn()).containsExactly(RedisErrorKind.READONLY);
        assertThat(copy.backoff()).isSameAs(original.backoff());
        assertThat(copy.retries()).isEqualTo(2);
        assertThat(original.retryOn()).containsExactly(RedisErrorKind.CONNECTION, RedisErrorKind.TIMEOUT);
        assertThat(original.withRetryOn(Set.of()).retryOn()).isEmpty();
    }

    @Test
    void toStringShowsBackoffRetriesAndConfigNames() {
        assertThat(new Retry(new ExponentialBackoff(), 3)).hasToString(
                "Retry[backoff=ExponentialBackoff[cap=PT0.512S, base=PT0.008S], retries=3, "
                        + "retryOn=[connection_error, timeout]]");
        assertThat(Retry.noRetry()).hasToString("Retry[backoff=NoBackoff[], retries=0, "
                + "retryOn=[connection_error, timeout]]");
        assertThat(new Retry(new NoBackoff(), 1, Set.of())).hasToString("Retry[backoff=NoBackoff[], retries=1, "
                + "retryOn=[]]");
    }

    @Test
    void retriesWithTheSameSettingsAreEqual() {
        assertThat(new Retry(new ExponentialBackoff(), 3)).isEqualTo(new Retry(new ExponentialBackoff(), 3))
                .hasSameHashCodeAs(new Retry(new ExponentialBackoff(), 3))
                .isNotEqualTo(new Retry(new ExponentialBackoff(), 4))
                .isNotEqualTo(new Retry(new ExponentialBackoff(), 3, Set.of(RedisErrorKind.CONNECTION)));
    }

    @Test
    void argumentsAreValidatedNamingArgumentValueAndAccepted() {
        assertThatThrownBy(() -> new Retry(new NoBackoff(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retries is -1; accepted: >= 0");
        assertThatThrownBy(() -> new Retry(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("backoff is null; accepted: a Backoff");
        assertThatThrownBy(() -> new Retry(new NoBackoff(), 1, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("retryOn is null; accepted: a set of RedisErrorKind, possibly empty");
        Set<RedisErrorKind> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Retry(new NoBackoff(), 1, withNull))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("retryOn is [null], holding null; accepted: a set of RedisErrorKind without null");
        assertThatThrownBy(() -> Retry.noRetry().withRetryOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("retryOn is null");
        assertThatThrownBy(() -> Retry.noRetry().call(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("action is null; accepted: a RedisAction");
        assertThatThrownBy(() -> Retry.noRetry().call(() -> "x", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("onFailure is null; accepted: a Consumer");
        assertThatThrownBy(() -> Retry.noRetry().retriesOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("error is null; accepted: any Throwable");
    }

    @Test
    void backoffComputingNullIsReportedNamingTheBackoff() {
        Backoff broken = new Backoff() {
            @Override
            public Duration compute(int failures) {
                return null;
            }

            @Override
            public String toString() {
                return "Broken";
            }
        };
        assertThatThrownBy(() -> retry(broken, 1).call(new AlwaysFailing()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Broken computed null for failures=1; accepted: a duration >= 0");
    }
}
