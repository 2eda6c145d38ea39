package io.github.jakartaredis.cluster.settings;

import io.github.jakartaredis.cluster.Backoff;
import io.github.jakartaredis.cluster.ConstantBackoff;
import io.github.jakartaredis.cluster.DecorrelatedJitterBackoff;
import io.github.jakartaredis.cluster.EqualJitterBackoff;
import io.github.jakartaredis.cluster.ExponentialBackoff;
import io.github.jakartaredis.cluster.ExponentialWithJitterBackoff;
import io.github.jakartaredis.cluster.FullJitterBackoff;
import io.github.jakartaredis.cluster.NoBackoff;
import io.github.jakartaredis.cluster.RedisErrorKind;
import io.github.jakartaredis.cluster.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one client is configured with, read from {@code <name>.<key>} values and validated. Immutable and
 * thread-safe; {@link #toString()} never shows the password.
 *
 * <p>{@link #read} reports every problem at once in one {@link InvalidSettingsException}.
 */
public final class ClusterSettings {

    /** Default of {@code max_connections}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 64;
    /** Default of {@code timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    /** Default of {@code cluster_error_retry_attempts}. */
    public static final int DEFAULT_CLUSTER_ERROR_RETRY_ATTEMPTS = 3;

    /** The backoff names {@code retry.backoff} accepts. */
    public static final List<String> BACKOFF_NAMES = List.of("no_backoff", "constant", "exponential", "full_jitter",
            "equal_jitter", "decorrelated_jitter", "exponential_with_jitter");

    private final String client;
    private final RedisUrl url;
    private final int maxConnections;
    private final Duration timeout;
    private final Duration socketConnectTimeout;
    private final Duration socketTimeout;
    private final boolean readFromReplicas;
    private final Retry retry;
    private final int clusterErrorRetryAttempts;
    private final double trackKeyReadsSampleRate;
    private final double trackKeyWritesSampleRate;
    private final TlsSettings tls;

    private ClusterSettings(Reader reader, RedisUrl url, int maxConnections, Duration timeout,
            Duration socketConnectTimeout, Duration socketTimeout, boolean readFromReplicas, Retry retry,
            int clusterErrorRetryAttempts, double trackKeyReadsSampleRate, double trackKeyWritesSampleRate,
            TlsSettings tls) {
        this.client = reader.client;
        this.url = url;
        this.maxConnections = maxConnections;
        this.timeout = timeout;
        this.socketConnectTimeout = socketConnectTimeout;
        this.socketTimeout = socketTimeout;
        this.readFromReplicas = readFromReplicas;
        this.retry = retry;
        this.clusterErrorRetryAttempts = clusterErrorRetryAttempts;
        this.trackKeyReadsSampleRate = trackKeyReadsSampleRate;
        this.trackKeyWritesSampleRate = trackKeyWritesSampleRate;
        this.tls = tls;
    }

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
        TlsSettings tls = TlsSettings.read(client, reader::value, url == null ? null : url.tls(),
                reader.problems::add);
        if (!reader.problems.isEmpty()) {
            throw new InvalidSettingsException(reader.problems);
        }
        return new ClusterSettings(reader, url, maxConnections, timeout, connectTimeout, socketTimeout,
                readFromReplicas, retry, clusterAttempts, readsRate, writesRate, tls);
    }

    /**
     * Returns a copy with another retry, as when the application supplies a {@code Retry} bean.
     *
     * @param replacement the retry to use, not null
     * @return the copy
     */
    public ClusterSettings withRetry(Retry replacement) {
        return new ClusterSettings(new Reader(client, key -> Optional.empty()), url, maxConnections, timeout,
                socketConnectTimeout, socketTimeout, readFromReplicas, Objects.requireNonNull(replacement, "replacement"),
                clusterErrorRetryAttempts, trackKeyReadsSampleRate, trackKeyWritesSampleRate, tls);
    }

    /** @return the client's name */
    public String client() {
        return client;
    }

    /** @return the seeds, credentials and TLS flag */
    public RedisUrl url() {
        return url;
    }

    /** @return {@code max_connections} */
    public int maxConnections() {
        return maxConnections;
    }

    /** @return {@code timeout}: the longest wait for a free connection */
    public Duration timeout() {
        return timeout;
    }

    /** @return {@code socket_connect_timeout} */
    public Duration socketConnectTimeout() {
        return socketConnectTimeout;
    }

    /** @return {@code socket_timeout} */
    public Duration socketTimeout() {
        return socketTimeout;
    }

    /** @return {@code read_from_replicas} */
    public boolean readFromReplicas() {
        return readFromReplicas;
    }

    /** @return the retry applied per node */
    public Retry retry() {
        return retry;
    }

    /** @return {@code cluster_error_retry_attempts} */
    public int clusterErrorRetryAttempts() {
        return clusterErrorRetryAttempts;
    }

    /** @return {@code track_key_reads_sample_rate}, 0 to 1 */
    public double trackKeyReadsSampleRate() {
        return trackKeyReadsSampleRate;
    }

    /** @return {@code track_key_writes_sample_rate}, 0 to 1 */
    public double trackKeyWritesSampleRate() {
        return trackKeyWritesSampleRate;
    }

    /** @return the {@code tls.*} keys: trust store, key store, host name verification */
    public TlsSettings tls() {
        return tls;
    }

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

        Reader(String client, Function<String, Optional<String>> lookup) {
            this.client = client;
            this.lookup = lookup;
        }

        private Optional<String> value(ClusterKey key) {
            return lookup.apply(key.of(client)).map(String::trim).filter(v -> !v.isEmpty());
        }

        private void problem(ClusterKey key, String shownValue, String accepted) {
            problems.add(key.of(client) + " = '" + shownValue + "' is not accepted; accepted: " + accepted);
        }

        RedisUrl url() {
            Optional<String> text = value(ClusterKey.URL);
            if (text.isEmpty()) {
                problems.add(ClusterKey.URL.of(client) + " is missing; it is required: " + RedisUrl.ACCEPTED
                        + ", e.g. " + ClusterKey.URL.of(client) + " = redis://localhost:7000/0");
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
            Optional<String> text = value(key);
            if (text.isEmpty()) {
                return defaultValue;
            }
            try {
                int parsed = Integer.parseInt(text.get());
                if (parsed >= min) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, text.get(), "an integer >= " + min);
            return defaultValue;
        }

        Duration duration(ClusterKey key, Duration defaultValue) {
            return positiveDuration(key, defaultValue, false);
        }

        Duration positiveDuration(ClusterKey key, Duration defaultValue, boolean zeroAllowed) {
            Optional<String> text = value(key);
            if (text.isEmpty()) {
                return defaultValue;
            }
            Optional<Duration> parsed = DurationValue.parse(text.get());
            if (parsed.isPresent() && !parsed.get().isNegative() && (zeroAllowed || !parsed.get().isZero())) {
                return parsed.get();
            }
            problem(key, text.get(), (zeroAllowed ? "a duration >= 0: " : "a duration > 0: ") + DurationValue.ACCEPTED);
            return defaultValue;
        }

        double rate(ClusterKey key) {
            Optional<String> text = value(key);
            if (text.isEmpty()) {
                return 0;
            }
            try {
                double parsed = Double.parseDouble(text.get());
                if (parsed >= 0 && parsed <= 1) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(key, text.get(), "a number from 0 to 1, such as 0.01");
            return 0;
        }

        boolean bool(ClusterKey key, boolean defaultValue) {
            Optional<String> text = value(key);
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
            Duration base = positiveDuration(ClusterKey.RETRY_BACKOFF_BASE, Backoff.DEFAULT_BASE, true);
            Duration cap = positiveDuration(ClusterKey.RETRY_BACKOFF_CAP, Backoff.DEFAULT_CAP, true);
            Backoff backoff = backoff(cap, base);
            Set<RedisErrorKind> retryOn = EnumSet.of(RedisErrorKind.CONNECTION, RedisErrorKind.CLUSTER_DOWN);
            if (bool(ClusterKey.RETRY_ON_TIMEOUT, false)) {
                retryOn.add(RedisErrorKind.TIMEOUT);
            }
            Optional<String> kinds = value(ClusterKey.RETRY_ON_ERROR);
            if (kinds.isPresent()) {
                for (String name : kinds.get().split(",")) {
                    try {
                        retryOn.add(RedisErrorKind.fromConfigName(name.trim()));
                    } catch (IllegalArgumentException e) {
                        problem(ClusterKey.RETRY_ON_ERROR, kinds.get(), "a comma-separated list of error kinds ("
                                + e.getMessage() + ")");
                    }
                }
            }
            return new Retry(backoff, retries, retryOn);
        }

        private Backoff backoff(Duration cap, Duration base) {
            String name = value(ClusterKey.RETRY_BACKOFF).orElse("no_backoff").toLowerCase(Locale.ROOT);
            switch (name) {
                case "no_backoff":
                    return new NoBackoff();
                case "constant":
                    return new ConstantBackoff(base);
                case "exponential":
                    return new ExponentialBackoff(cap, base);
                case "full_jitter":
                    return new FullJitterBackoff(cap, base);
                case "equal_jitter":
                    return new EqualJitterBackoff(cap, base);
                case "decorrelated_jitter":
                    return new DecorrelatedJitterBackoff(cap, base);
                case "exponential_with_jitter":
                    return new ExponentialWithJitterBackoff(cap, base);
                default:
                    problem(ClusterKey.RETRY_BACKOFF, name, "one of " + String.join(", ", BACKOFF_NAMES));
                    return new NoBackoff();
            }
        }
    }
}
