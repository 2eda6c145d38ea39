package io.github.jakartaredis.cluster.settings;

import io.github.jakartaredis.cluster.retry.Backoff;
import io.github.jakartaredis.cluster.retry.ConstantBackoff;
import io.github.jakartaredis.cluster.retry.DecorrelatedJitterBackoff;
import io.github.jakartaredis.cluster.retry.EqualJitterBackoff;
import io.github.jakartaredis.cluster.retry.ExponentialBackoff;
import io.github.jakartaredis.cluster.retry.ExponentialWithJitterBackoff;
import io.github.jakartaredis.cluster.retry.FullJitterBackoff;
import io.github.jakartaredis.cluster.retry.NoBackoff;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values of {@code retry.backoff}, each with the strategy it makes from {@code retry.backoff.cap} and
 * {@code retry.backoff.base}: the one table of backoff names. Immutable and thread-safe.
 */
enum BackoffKind {

    NO_BACKOFF("no_backoff", (cap, base) -> new NoBackoff()),
    CONSTANT("constant", (cap, base) -> new ConstantBackoff(base)),
    EXPONENTIAL("exponential", ExponentialBackoff::new),
    FULL_JITTER("full_jitter", FullJitterBackoff::new),
    EQUAL_JITTER("equal_jitter", EqualJitterBackoff::new),
    DECORRELATED_JITTER("decorrelated_jitter", DecorrelatedJitterBackoff::new),
    EXPONENTIAL_WITH_JITTER("exponential_with_jitter", ExponentialWithJitterBackoff::new);

    /** The names, for messages: {@code one of no_backoff, constant, ...}. */
    static final String ACCEPTED = "one of " + Stream.of(values()).map(kind -> kind.configName)
            .collect(Collectors.joining(", "));

    private final String configName;
    private final BiFunction<Duration, Duration, Backoff> make;

    BackoffKind(String configName, BiFunction<Duration, Duration, Backoff> make) {
        this.configName = configName;
        this.make = make;
    }

    /**
     * @param configName the value of {@code retry.backoff}, in any case; not null
     * @return its kind, or empty when no kind is spelled so
     */
    static Optional<BackoffKind> of(String configName) {
        for (BackoffKind kind : values()) {
            if (kind.configName.equalsIgnoreCase(configName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * @param cap the longest pause, not null
     * @param base the base pause (the constant one for {@code constant}), not null
     * @return a new backoff of this kind
     */
    Backoff make(Duration cap, Duration base) {
        return make.apply(cap, base);
    }
}
