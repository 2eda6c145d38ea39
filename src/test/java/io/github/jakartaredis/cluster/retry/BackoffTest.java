package io.github.jakartaredis.cluster.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration MINUS_ONE_MS = Duration.ofMillis(-1);

    @Test
    void defaultsAre512MillisCapAnd8MillisBase() {
        assertThat(Backoff.DEFAULT_CAP).isEqualTo(Duration.ofMillis(512));
        assertThat(Backoff.DEFAULT_BASE).isEqualTo(Duration.ofMillis(8));
    }

    @Test
    void defaultResetDoesNothing() {
        Backoff backoff = failures -> Duration.ofMillis(failures);
        backoff.reset();
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofMillis(3));
    }

    @Test
    void noBackoffIsAlwaysZero() {
        NoBackoff backoff = new NoBackoff();
        assertThat(List.of(backoff.compute(1), backoff.compute(2), backoff.compute(1000)))
                .containsOnly(Duration.ZERO);
    }

    @Test
    void constantBackoffIsAlwaysTheGivenDuration() {
        ConstantBackoff backoff = new ConstantBackoff(Duration.ofMillis(250));
        assertThat(List.of(backoff.compute(1), backoff.compute(7), backoff.compute(Integer.MAX_VALUE)))
                .containsOnly(Duration.ofMillis(250));
    }

    @Test
    void constantBackoffAcceptsZero() {
        assertThat(new ConstantBackoff(Duration.ZERO).compute(1)).isZero();
    }

    @Test
    void constantBackoffRejectsNegativeAndNull() {
        assertThatThrownBy(() -> new ConstantBackoff(MINUS_ONE_MS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff is PT-0.001S; accepted: a duration >= 0");
        assertThatThrownBy(() -> new ConstantBackoff(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("backoff is null; accepted: a duration >= 0");
    }

    @Test
    void everyCappedBackoffRejectsNegativeCapOrBaseNamingArgumentValueAndAccepted() {
        List<BiFunction<Duration, Duration, Backoff>> constructors = List.of(
                ExponentialBackoff::new, FullJitterBackoff::new, EqualJitterBackoff::new,
                DecorrelatedJitterBackoff::new, ExponentialWithJitterBackoff::new);
        for (BiFunction<Duration, Duration, Backoff> constructor : constructors) {
            assertThatThrownBy(() -> constructor.apply(MINUS_ONE_MS, Backoff.DEFAULT_BASE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cap is PT-0.001S; accepted: a duration >= 0");
            assertThatThrownBy(() -> constructor.apply(Backoff.DEFAULT_CAP, Duration.ofSeconds(-2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("base is PT-2S; accepted: a duration >= 0");
            assertThatThrownBy(() -> constructor.apply(null, Backoff.DEFAULT_BASE))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("cap is null; accepted: a duration >= 0");
            assertThatThrownBy(() -> constructor.apply(Backoff.DEFAULT_CAP, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("base is null; accepted: a duration >= 0");
        }
    }

    @Test
    void everyJitterBackoffRejectsNullRandom() {
        List<Runnable> constructors = List.of(
                () -> new FullJitterBackoff(Backoff.DEFAULT_CAP, Backoff.DEFAULT_BASE, null),
                () -> new EqualJitterBackoff(Backoff.DEFAULT_CAP, Backoff.DEFAULT_BASE, null),
                () -> new DecorrelatedJitterBackoff(Backoff.DEFAULT_CAP, Backoff.DEFAULT_BASE, null),
                () -> new ExponentialWithJitterBackoff(Backoff.DEFAULT_CAP, Backoff.DEFAULT_BASE, null));
        for (Runnable constructor : constructors) {
            assertThatThrownBy(constructor::run)
                    .isInstanceOf(NullPointerException.class)
                    .hasMessageStartingWith("random is null; accepted: a RandomGenerator");
        }
    }

    @Test
    void everyBuiltInBackoffRejectsFailuresBelowOne() {
        List<Backoff> backoffs = List.of(new NoBackoff(), new ConstantBackoff(Duration.ofMillis(1)),
                new ExponentialBackoff(), new FullJitterBackoff(), new EqualJitterBackoff(),
                new DecorrelatedJitterBackoff(), new ExponentialWithJitterBackoff());
        for (Backoff backoff : backoffs) {
            assertThatThrownBy(() -> backoff.compute(0))
                    .as(backoff.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("failures is 0; accepted: >= 1");
            assertThatThrownBy(() -> backoff.compute(-5))
                    .as(backoff.toString())
                    .hasMessage("failures is -5; accepted: >= 1");
        }
    }

    @Test
    void toStringShowsTypeCapAndBase() {
        assertThat(new NoBackoff()).hasToString("NoBackoff[]");
        assertThat(new ConstantBackoff(Duration.ofMillis(100))).hasToString("ConstantBackoff[backoff=PT0.1S]");
        assertThat(new ExponentialBackoff()).hasToString("ExponentialBackoff[cap=PT0.512S, base=PT0.008S]");
        assertThat(new FullJitterBackoff()).hasToString("FullJitterBackoff[cap=PT0.512S, base=PT0.008S]");
        assertThat(new EqualJitterBackoff(Duration.ofSeconds(2), Duration.ofMillis(10)))
                .hasToString("EqualJitterBackoff[cap=PT2S, base=PT0.01S]");
        assertThat(new DecorrelatedJitterBackoff())
                .hasToString("DecorrelatedJitterBackoff[cap=PT0.512S, base=PT0.008S]");
        assertThat(new ExponentialWithJitterBackoff())
                .hasToString("ExponentialWithJitterBackoff[cap=PT0.512S, base=PT0.008S]");
    }

    @Test
    void backoffsWithTheSameSettingsAreEqual() {
        assertThat(new ExponentialBackoff()).isEqualTo(new ExponentialBackoff(Duration.ofMillis(512),
                Duration.ofMillis(8))).hasSameHashCodeAs(new ExponentialBackoff());
        assertThat(new ExponentialBackoff()).isNotEqualTo(new ExponentialBackoff(Duration.ofMillis(500),
                Duration.ofMillis(8)));
        assertThat(new FullJitterBackoff()).isEqualTo(new FullJitterBackoff()).isNotEqualTo(new EqualJitterBackoff());
        assertThat(new ConstantBackoff(Duration.ofMillis(3))).isEqualTo(new ConstantBackoff(Duration.ofMillis(3)));
        assertThat(new NoBackoff()).isEqualTo(new NoBackoff());
    }
}
