package io.github.jakartaredis.cluster.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DecorrelatedJitterBackoffTest {

    private static final Duration CAP = Backoff.DEFAULT_CAP;
    private static final Duration BASE = Backoff.DEFAULT_BASE;

    @Test
    void decorrelatedJitterDrawsBetweenBaseAndThreeTimesPrevious() {
        DecorrelatedJitterBackoff backoff =
                new DecorrelatedJitterBackoff(CAP, BASE, ScriptedRandom.of(0.9, 0.5, 0.5, 0.75, 1.0, 0.0));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofMillis(8)); // uniform(8, max(8, 0)) = 8
        assertThat(backoff.compute(2)).isEqualTo(Duration.ofMillis(16)); // uniform(8, 24) at 0.5
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofMillis(28)); // uniform(8, 48) at 0.5
        assertThat(backoff.compute(4)).isEqualTo(Duration.ofMillis(65)); // uniform(8, 84) at 0.75
        assertThat(backoff.compute(5)).isEqualTo(Duration.ofMillis(195)); // uniform(8, 195) at 1.0
        assertThat(backoff.compute(6)).isEqualTo(Duration.ofMillis(8)); // uniform(8, 585) at 0.0
    }

    @Test
    void decorrelatedJitterIsCappedAndGrowsFromTheCappedValue() {
        DecorrelatedJitterBackoff backoff = new DecorrelatedJitterBackoff(Duration.ofMillis(20), BASE,
                ScriptedRandom.of(0.0, 1.0, 1.0, 0.5));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofMillis(8));
        assertThat(backoff.compute(2)).isEqualTo(Duration.ofMillis(20)); // min(20, 24)
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofMillis(20)); // min(20, 60)
        assertThat(backoff.compute(4)).isEqualTo(Duration.ofMillis(20)); // min(20, uniform(8, 60) at 0.5 = 34)
    }

    @Test
    void decorrelatedJitterWithBaseAboveCapReturnsCap() {
        DecorrelatedJitterBackoff backoff =
                new DecorrelatedJitterBackoff(Duration.ofMillis(5), BASE, ScriptedRandom.always(0.5));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofMillis(5));
        assertThat(backoff.compute(2)).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void decorrelatedJitterResetStartsAgainFromBase() {
        DecorrelatedJitterBackoff backoff = new DecorrelatedJitterBackoff(CAP, BASE, ScriptedRandom.always(0.5));
        backoff.compute(1);
        backoff.compute(2);
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofMillis(28));
        backoff.reset();
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofMillis(8));
        assertThat(backoff.compute(2)).isEqualTo(Duration.ofMillis(16));
    }

    @Test
    void decorrelatedJitterDoesNotOverflowAfterManyFailures() {
        DecorrelatedJitterBackoff backoff = new DecorrelatedJitterBackoff(CAP, BASE, ScriptedRandom.always(1.0));
        for (int failures = 1; failures <= 1000; failures++) {
            assertThat(backoff.compute(failures)).isBetween(BASE, CAP);
        }
        assertThat(backoff.compute(1000)).isEqualTo(CAP);
    }

    @Test
    void decorrelatedJitterKeepsPreviousPerThread() throws Exception {
        DecorrelatedJitterBackoff shared = new DecorrelatedJitterBackoff(CAP, BASE, ScriptedRandom.always(0.5));
        shared.reset();
        shared.compute(1);
        shared.compute(2);
        assertThat(shared.compute(3)).isEqualTo(Duration.ofMillis(28));

        AtomicReference<String> otherThread = new AtomicReference<>();
        Thread other = new Thread(() -> {
            Duration first = shared.compute(1); // starts from zero, not from this test thread's 28 ms
            Duration second = shared.compute(2);
            shared.reset(); // resets the other thread's state only
            otherThread.set(first.toMillis() + "," + second.toMillis());
        });
        other.start();
        other.join();

        assertThat(otherThread.get()).isEqualTo("8,16");
        assertThat(shared.compute(4)).isEqualTo(Duration.ofMillis(46)); // uniform(8, 84) at 0.5: still from 28
    }
}
