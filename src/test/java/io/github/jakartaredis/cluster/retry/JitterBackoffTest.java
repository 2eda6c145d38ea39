package io.github.jakartaredis.cluster.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class JitterBackoffTest {

    private static final Duration CAP = Backoff.DEFAULT_CAP;
    private static final Duration BASE = Backoff.DEFAULT_BASE;

    @Test
    void fullJitterBackoffIsUniformBetweenZeroAndCappedExponential() {
        FullJitterBackoff backoff = new FullJitterBackoff(CAP, BASE, ScriptedRandom.of(0.5, 0.0, 0.25, 0.75, 0.5));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofMillis(8)); // 0.5 * 16
        assertThat(backoff.compute(2)).isZero(); // 0.0 * 32
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofMillis(16)); // 0.25 * 64
        assertThat(backoff.compute(6)).isEqualTo(Duration.ofMillis(384)); // 0.75 * 512
        assertThat(backoff.compute(10)).isEqualTo(Duration.ofMillis(256)); // 0.5 * min(512, 8192)
    }

    @Test
    void fullJitterBackoffRoundsToTheNearestNanosecond() {
        FullJitterBackoff backoff = new FullJitterBackoff(CAP, BASE, ScriptedRandom.of(1.0 / 3));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofNanos(5_333_333)); // 16 / 3 ms
    }

    @Test
    void equalJitterBackoffIsHalfTheCappedExponentialPlusUniformHalf() {
        EqualJitterBackoff backoff = new EqualJitterBackoff(CAP, BASE, ScriptedRandom.of(0.25, 0.0, 0.5, 0.5));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofMillis(10)); // 8 + 0.25 * 8
        assertThat(backoff.compute(2)).isEqualTo(Duration.ofMillis(16)); // 16 + 0 * 16
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofMillis(48)); // 32 + 0.5 * 32
        assertThat(backoff.compute(100)).isEqualTo(Duration.ofMillis(384)); // 256 + 0.5 * 256
    }

    @Test
    void exponentialWithJitterBackoffScalesUncappedExponentialThenCaps() {
        ExponentialWithJitterBackoff backoff =
                new ExponentialWithJitterBackoff(CAP, BASE, ScriptedRandom.of(0.5, 0.25, 0.125, 0.0, 0.01));
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofMillis(32)); // 0.5 * 64
        assertThat(backoff.compute(7)).isEqualTo(Duration.ofMillis(256)); // 0.25 * 1024
        assertThat(backoff.compute(10)).isEqualTo(Duration.ofMillis(512)); // min(512, 0.125 * 8192)
        assertThat(backoff.compute(1000)).isZero(); // 0 * huge is 0, not NaN
        assertThat(backoff.compute(1000)).isEqualTo(CAP); // 0.01 * huge saturates
    }

    @Test
    void jitterBackoffsDoNotOverflowAtSixtyFourOrThousandFailures() {
        ScriptedRandom nearlyOne = ScriptedRandom.always(0.999_999);
        Backoff[] backoffs = {new FullJitterBackoff(CAP, BASE, nearlyOne), new EqualJitterBackoff(CAP, BASE, nearlyOne),
            new ExponentialWithJitterBackoff(CAP, BASE, nearlyOne)};
        for (Backoff backoff : backoffs) {
            for (int failures : new int[] {63, 64, 65, 1000}) {
                assertThat(backoff.compute(failures)).as("%s failures=%d", backoff, failures)
                        .isGreaterThan(Duration.ofMillis(511)).isLessThanOrEqualTo(CAP);
            }
        }
    }

    @RepeatedTest(20)
    void jitterBackoffsWithDefaultRandomStayWithinTheirRanges() {
        assertThat(new FullJitterBackoff().compute(4)).isBetween(Duration.ZERO, Duration.ofMillis(128));
        assertThat(new EqualJitterBackoff().compute(4)).isBetween(Duration.ofMillis(64), Duration.ofMillis(128));
        assertThat(new ExponentialWithJitterBackoff().compute(4)).isBetween(Duration.ZERO, Duration.ofMillis(128));
        assertThat(new DecorrelatedJitterBackoff().compute(1)).isEqualTo(Duration.ofMillis(8));
        assertThat(new FullJitterBackoff().compute(64)).isBetween(Duration.ZERO, CAP);
    }

    @Test
    void defaultRandomIsDrawnOnEachComputingThread() throws Exception {
        FullJitterBackoff shared = new FullJitterBackoff();
        Duration[] fromOtherThread = new Duration[1];
        Thread other = new Thread(() -> fromOtherThread[0] = shared.compute(3));
        other.start();
        other.join();
        assertThat(fromOtherThread[0]).isBetween(Duration.ZERO, Duration.ofMillis(64));
        assertThat(shared.compute(3)).isBetween(Duration.ZERO, Duration.ofMillis(64));
    }
}
