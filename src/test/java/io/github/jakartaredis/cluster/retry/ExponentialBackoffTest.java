package io.github.jakartaredis.cluster.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExponentialBackoffTest {

    @Test
    void exponentialBackoffDoublesFromBaseUntilCap() {
        ExponentialBackoff backoff = new ExponentialBackoff();
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(backoff::compute).map(Duration::toMillis))
                .containsExactly(16L, 32L, 64L, 128L, 256L, 512L, 512L, 512L);
    }

    @Test
    void exponentialBackoffUsesGivenCapAndBase() {
        ExponentialBackoff backoff = new ExponentialBackoff(Duration.ofMillis(100), Duration.ofMillis(10));
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(backoff::compute))
                .containsExactly(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80),
                        Duration.ofMillis(100));
    }

    @Test
    void exponentialBackoffKeepsSubMillisecondPrecisionAsNanos() {
        ExponentialBackoff backoff = new ExponentialBackoff(Duration.ofSeconds(1), Duration.ofNanos(1_500));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofNanos(3_000));
        assertThat(backoff.compute(3)).isEqualTo(Duration.ofNanos(12_000));
    }

    @Test
    void exponentialBackoffSaturatesAtCapInsteadOfOverflowing() {
        ExponentialBackoff backoff = new ExponentialBackoff();
        for (int failures : new int[] {31, 32, 63, 64, 100, 1000, Integer.MAX_VALUE}) {
            assertThat(backoff.compute(failures)).as("failures=%d", failures).isEqualTo(Duration.ofMillis(512));
        }
    }

    @Test
    void exponentialBackoffWithHugeCapSaturatesAtThatCap() {
        Duration hugeCap = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
        ExponentialBackoff backoff = new ExponentialBackoff(hugeCap, Duration.ofDays(365));
        assertThat(backoff.compute(1000)).isEqualTo(hugeCap);
        assertThat(backoff.compute(20)).isEqualTo(Duration.ofDays(365L << 20));
        assertThat(backoff.compute(1)).isEqualTo(Duration.ofDays(730));
    }

    @Test
    void exponentialBackoffWithZeroBaseIsAlwaysZero() {
        ExponentialBackoff backoff = new ExponentialBackoff(Backoff.DEFAULT_CAP, Duration.ZERO);
        assertThat(backoff.compute(1)).isZero();
        assertThat(backoff.compute(1000)).isZero();
    }

    @Test
    void exponentialBackoffWithZeroCapIsAlwaysZero() {
        ExponentialBackoff backoff = new ExponentialBackoff(Duration.ZERO, Backoff.DEFAULT_BASE);
        assertThat(backoff.compute(1)).isZero();
        assertThat(backoff.compute(64)).isZero();
    }
}
