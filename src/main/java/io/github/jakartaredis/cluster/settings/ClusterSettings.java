package io.github.jakartaredis.cluster.settings;

import io.github.jakartaredis.cluster.retry.Backoff;
import io.github.jakartaredis.cluster.retry.NoBackoff;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Everything one client is configured with, read from {@code <name>.<key>} values and validated. Immutable and
 * thread-safe; {@link #toString()} never shows the password.
 *
 * <p>{@link #read} reports every problem at once in one {@link InvalidSettingsException}.
 *
 * @param client the client's name
 * @param url the seeds, credentials and TLS flag
 * @param maxConnections {@code max_connections}
 * @param timeout {@code timeout}: the longest wait for a free connection
 * @param socketConnectTimeout {@code socket_connect_timeout}
 * @param socketTimeout {@code socket_timeout}
 * @param readFromReplicas {@code read_from_replicas}
 * @param retry the retry applied per node
 * @param clusterErrorRetryAttempts {@code cluster_error_retry_attempts}
 * @param trackKeyReadsSampleRate {@code track_key_reads_sample_rate}, 0 to 1
 * @param trackKeyWritesSampleRate {@code track_key_writes_sample_rate}, 0 to 1
 * @param tls the {@code tls.*} keys: trust store, key store, host name verification
 */
public record ClusterSettings(String client, RedisUrl url, int maxConnections, Duration timeout,
        Duration socketConnectTimeout, Duration socketTimeout, boolean readFromReplicas, Retry retry,
        int clusterErrorRetryAttempts, double trackKeyReadsSampleRate, double trackKeyWritesSampleRate,
        TlsSettings tls) {

    /** Default of {@code max_connections}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    /** Default of {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** Default of {@code cluster_error_retry_attempts}. */
    public static final int DEFAULT_CLUSTER_ERROR_RETRY_ATTEMPTS = 3;

    /**
     * Reads and validates a client's configuration.
     *
     * @param client the client's name, not null
     * @param lookup gives the configured value of a full key, or empty; not null
     * @return the settings
     * @throws InvalidSettingsException listing every missing or malformed value
     */
    public static ClusterSettings read(String client, Function<String, Optional<String>> lookup) {
        Reader reader = new Reader(Objects.requireNonNull(client, "client"), Objects.requireNonNull(lookup, "lookup"));
        RedisUrl url = reader.url();
        int maxConnections = reader.integer(ClusterKey.MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS, 1);
        Duration timeout = reader.duration(ClusterKey.TIMEOUT, DEFAULT_TIMEOUT);
        Duration connectTimeout = reader.duration(ClusterKey.SOCKET_CONNECT_TIMEOUT, timeout);
        Duration socketTimeout = reader.duration(ClusterKey.SOCKET_TIMEOUT, timeout);
        boolean readFromReplicas = reader.bool(ClusterKey.READ_FROM_REPLICAS, false);
        Retry retry = reader.retry();
        int clusterAttempts = reader.integer(ClusterKey.CLUSTER_ERROR_RETRY_ATTEMPTS,
                DEFAULT_CLUSTER_ERROR_RETRY_ATTEMPTS, 0);
        double readsRate = reader.rate(ClusterKey.TRACK_KEY_READS_SAMPLE_RATE);
        double writesRate = reader.rate(ClusterKey.TRACK_KEY_WRITES_SAMPLE_RATE);
        TlsSettings tls = TlsSettings.read(client, key -> reader.value(key, "a value without control characters"),
                url == null ? null : url.tls(), reader.problems::add);
        if (!reader.problems.isEmpty()) {
            throw new InvalidSettingsException(reader.problems);
        }
        return new ClusterSettings(client, url, maxConnections, timeout, connectTimeout, socketTimeout,
                readFromReplicas, retry, clusterAttempts, readsRate, writesRate, tls);
    }

    /**
     * Returns a copy with another retry, as when the application supplies a {@code Retry} bean.
     *
     * @param replacement the retry to use, not null
     * @return the copy
     */
    public ClusterSettings withRetry(Retry replacement) {
        return new ClusterSettings(client, url, maxConnections, timeout, socketConnectTimeout, socketTimeout,
                readFromReplicas, Objects.requireNonNull(replacement, "replacement"), clusterErrorRetryAttempts,
                trackKeyReadsSampleRate, trackKeyWritesSampleRate, tls);
    }

    /** @return every setting; the url without its password, the TLS settings only with {@code rediss://} */
    @Override
    public String toString() {
        return "ClusterSettings[client=" + client + ", url=" + url + ", maxConnections=" + maxConnections
                + ", timeout=" + timeout + ", socketConnectTimeout=" + socketConnectTimeout + ", socketTimeout="
                + socketTimeout + ", readFromReplicas=" + readFromReplicas + ", retry=" + retry
                + ", clusterErrorRetryAttempts=" + clusterErrorRetryAttempts + ", trackKeyReadsSampleRate="
                + trackKeyReadsSampleRate + ", trackKeyWritesSampleRate=" + trackKeyWritesSampleRate
                + (url != null && url.tls() ? ", tls=" + tls : "") + "]";
    }

    /** Reads keys one by one, collecting every problem instead of stopping at the first. */
    private static final class Reader {
        private final String client;
        private final Function<String, Optional<String>> lookup;
        private final List<String> problems = new ArrayList<>();
        private final Set<ClusterKey> rejected = EnumSet.noneOf(ClusterKey.class);

        Reader(String client, Function<String, Optional<String>> lookup) {
            this.client = client;
            this.lookup = lookup;
        }

        /** The value without leading and trailing spaces; empty when unset, blank or holding a control character. */
        private Optional<String> value(ClusterKey key, String accepted) {
            Optional<String> text = lookup.apply(key.of(client)).map(StrictValues::trimSpaces)
                    .filter(v -> !v.isEmpty());
            if (text.isPresent() && StrictValues.hasControlCharacter(text.get())) {
                String shown = key == ClusterKey.URL ? RedisUrl.redact(text.get())
                        : key.name().endsWith("PASSWORD") ? "****" : text.get();
                problem(key, shown, accepted + " (control characters such as tab, CR or LF are not allowed)");
                return Optional.empty();
            }
            return text;
        }

        private void problem(ClusterKey key, String shownValue, String accepted) {
            rejected.add(key);
            problems.add(key.of(client) + " = '" + StrictValues.show(shownValue) + "' is not accepted; accepted: "
                    + accepted);
        }

        RedisUrl url() {
            Optional<String> text = value(ClusterKey.URL, RedisUrl.ACCEPTED);
            if (text.isEmpty()) {
                if (!rejected.contains(ClusterKey.URL)) {
                    problems.add(ClusterKey.URL.of(client) + " is missing; it is required: " + RedisUrl.ACCEPTED
                            + ", e.g. " + ClusterKey.URL.of(client) + " = redis://localhost:7000/0");
                }
                return null;
            }
            try {
                return RedisUrl.parse(text.get());
            } catch (IllegalArgumentException e) {
                problem(ClusterKey.URL, RedisUrl.redact(text.get()), RedisUrl.ACCEPTED + " (" + e.getMessage() + ")");
                return null;
            }
        }

        int integer(ClusterKey key, int defaultValue, int min) {
            String accepted = StrictValues.integerAccepted(min);
            Optional<String> text = value(key, accepted);
            if (text.isEmpty()) {
                return defaultValue;
            }
            OptionalInt parsed = StrictValues.integer(text.get(), min);
            if (parsed.isPresent()) {
                return parsed.getAsInt();
            }
            problem(key, text.get(), accepted);
            return defaultValue;
        }

        /** A timeout handed to Jedis as int milliseconds, where 0 would mean "wait for ever": 1 ms or more. */
        Duration duration(ClusterKey key, Duration defaultValue) {
            return duration(key, defaultValue, false, StrictValues.TIMEOUT_ACCEPTED);
        }

        Duration duration(ClusterKey key, Duration defaultValue, boolean zeroAllowed, String accepted) {
            Optional<String> text = value(key, accepted);
            if (text.isEmpty()) {
                return defaultValue;
            }
            Optional<Duration> parsed = StrictValues.duration(text.get(), zeroAllowed);
            if (parsed.isPresent()) {
                return parsed.get();
            }
            problem(key, text.get(), accepted);
            return defaultValue;
        }

        double rate(ClusterKey key) {
            Optional<String> text = value(key, StrictValues.RATE_ACCEPTED);
            if (text.isEmpty()) {
                return 0;
            }
            OptionalDouble parsed = StrictValues.rate(text.get());
            if (parsed.isPresent()) {
                return parsed.getAsDouble();
            }
            problem(key, text.get(), StrictValues.RATE_ACCEPTED);
            return 0;
        }

        boolean bool(ClusterKey key, boolean defaultValue) {
            Optional<String> text = value(key, "true or false");
            if (text.isEmpty()) {
                return defaultValue;
            }
            if (text.get().equals("true") || text.get().equals("false")) {
                return Boolean.parseBoolean(text.get());
            }
            problem(key, text.get(), "true or false");
            return defaultValue;
        }

        Retry retry() {
            int retries = integer(ClusterKey.RETRY_RETRIES, 0, 0);
            Duration base = duration(ClusterKey.RETRY_BACKOFF_BASE, Backoff.DEFAULT_BASE, true,
                    StrictValues.BACKOFF_ACCEPTED);
            Duration cap = duration(ClusterKey.RETRY_BACKOFF_CAP, Backoff.DEFAULT_CAP, true,
                    StrictValues.BACKOFF_ACCEPTED);
            Backoff backoff = backoff(cap, base);
            Set<RedisErrorKind> retryOn = EnumSet.noneOf(RedisErrorKind.class);
            if (bool(ClusterKey.RETRY_ON_TIMEOUT, true)) {
                retryOn.add(RedisErrorKind.TIMEOUT);
            }
            StringJoiner names = new StringJoiner(", ", "a comma-separated list of error kinds (", ")");
            EnumSet.allOf(RedisErrorKind.class).forEach(kind -> names.add(kind.configName()));
            Optional<String> kinds = value(ClusterKey.RETRY_ON_ERROR, names.toString());
            if (kinds.isPresent()) {
                for (String name : kinds.get().split(",", -1)) {
                    try {
                        retryOn.add(RedisErrorKind.fromConfigName(name.trim()));
                    } catch (IllegalArgumentException e) {
                        problem(ClusterKey.RETRY_ON_ERROR, kinds.get(), "a comma-separated list of error kinds ("
                                + e.getMessage() + ")");
                    }
                }
            }
            return new Retry(backoff, retries, retryOn).forCluster();
        }

        private Backoff backoff(Duration cap, Duration base) {
            String text = value(ClusterKey.RETRY_BACKOFF, BackoffKind.ACCEPTED).orElse("no_backoff");
            Optional<BackoffKind> kind = BackoffKind.of(text);
            if (kind.isEmpty()) {
                problem(ClusterKey.RETRY_BACKOFF, text, BackoffKind.ACCEPTED);
                return new NoBackoff();
            }
            return kind.get().make(cap, base);
        }
    }
}
