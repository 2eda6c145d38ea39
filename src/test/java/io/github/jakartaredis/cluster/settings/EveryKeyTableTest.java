package io.github.jakartaredis.cluster.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.retry.Backoff;
import io.github.jakartaredis.cluster.retry.ConstantBackoff;
import io.github.jakartaredis.cluster.retry.ExponentialBackoff;
import io.github.jakartaredis.cluster.retry.NoBackoff;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.HostAndPort;

/**
 * A table over every {@link ClusterKey}: values that must be accepted (and what they read as), and values the README
 * calls invalid, each of which must fail naming the key, the value and what is accepted.
 */
class EveryKeyTableTest {

    private static final String URL = "redis://localhost:7000";
    private static final List<Row> ROWS = rows();

    /** One value of one key; {@code expected} is null for an invalid value. */
    private record Row(ClusterKey key, String value, Map<String, String> context,
            Function<ClusterSettings, Object> read, Object expected, String acceptedFragment) {

        boolean valid() {
            return read != null;
        }

        @Override
        public String toString() {
            return key.suffix() + " = '" + show(value) + "'" + (context.isEmpty() ? "" : " " + context);
        }
    }

    private static Row ok(ClusterKey key, String value, Function<ClusterSettings, Object> read, Object expected) {
        return new Row(key, value, Map.of(), read, expected, null);
    }

    private static Row ok(ClusterKey key, String value, Map<String, String> context,
            Function<ClusterSettings, Object> read, Object expected) {
        return new Row(key, value, context, read, expected, null);
    }

    private static List<Row> bad(ClusterKey key, String acceptedFragment, String... values) {
        List<Row> rows = new ArrayList<>();
        for (String value : values) {
            rows.add(new Row(key, value, Map.of(), null, null, acceptedFragment));
        }
        return rows;
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Function<ClusterSettings, Object> seeds = s -> s.url().seeds();
        rows.add(ok(ClusterKey.URL, "redis://localhost:7000", seeds, List.of(new HostAndPort("localhost", 7000))));
        rows.add(ok(ClusterKey.URL, "  redis://h:1/0  ", seeds, List.of(new HostAndPort("h", 1))));
        rows.add(ok(ClusterKey.URL, "redis://h:65535/", seeds, List.of(new HostAndPort("h", 65535))));
        rows.add(ok(ClusterKey.URL, "REDIS://h", seeds, List.of(new HostAndPort("h", 6379))));
        rows.add(ok(ClusterKey.URL, "redis://[::1]:7000,[::1]:7001", seeds,
                List.of(new HostAndPort("::1", 7000), new HostAndPort("::1", 7001))));
        rows.add(ok(ClusterKey.URL, "rediss://:pw@a:7000, b:7001,rediss://c_1.example.com:7002", seeds,
                List.of(new HostAndPort("a", 7000), new HostAndPort("b", 7001),
                        new HostAndPort("c_1.example.com", 7002))));
        rows.add(ok(ClusterKey.URL, "redis://u:p@ss,w/rd@10.0.0.1:7000", s -> s.url().password(), "p@ss,w/rd"));
        rows.addAll(bad(ClusterKey.URL, "redis://[[user]:password@]host:port[/0]", "redis://h:0", "redis://h:65536",
                "redis://h:99999", "redis://h:\u0663", "redis://h:-1", "redis://h:+7000", "redis://h:", "redis://h:x",
                "redis://h:7000\r", "\tredis://h:7000", "redis://h:7000\u0000", "redis://h:7000/1", "redis://h:7000/x",
                "http://h:7000", "h:7000", "redis://h:7000,rediss://b:7001", "redis://h:7000,http://b:7001",
                "redis://::1:7000", "redis://[::1:7000", "redis://[zz]:7000", "redis://[::1]x", "redis://h:7000?db=0",
                "redis://h:7000#x", "redis://", "redis://h:7000,", "redis://h:7000,,b:1", "redis://a b:7000",
                "redis://a:1,redis://:pw@b:2", "redis://user@h:7000"));

        for (ClusterKey key : List.of(ClusterKey.MAX_CONNECTIONS, ClusterKey.RETRY_RETRIES,
                ClusterKey.CLUSTER_ERROR_RETRY_ATTEMPTS)) {
            Function<ClusterSettings, Object> read = key == ClusterKey.MAX_CONNECTIONS ? ClusterSettings::maxConnections
                    : key == ClusterKey.RETRY_RETRIES ? s -> s.retry().retries()
                    : ClusterSettings::clusterErrorRetryAttempts;
            int min = key == ClusterKey.MAX_CONNECTIONS ? 1 : 0;
            rows.add(ok(key, "1", read, 1));
            rows.add(ok(key, " 6 ", read, 6));
            rows.add(ok(key, "007", read, 7));
            rows.add(ok(key, "2147483647", read, Integer.MAX_VALUE));
            if (min == 0) {
                rows.add(ok(key, "0", read, 0));
            } else {
                rows.addAll(bad(key, "an integer from 1 to 2147483647", "0"));
            }
            rows.addAll(bad(key, "an integer from " + min + " to 2147483647, digits 0-9 only", "-1", "\u0663",
                    "1\u0663", "\uff15", "5\r", "5\t", "\u00005", "5\u0085", "+5", "1 000", "2147483648", "5.0",
                    "0x10", "5L", "lots"));
        }

        for (ClusterKey key : List.of(ClusterKey.TIMEOUT, ClusterKey.SOCKET_CONNECT_TIMEOUT,
                ClusterKey.SOCKET_TIMEOUT)) {
            Function<ClusterSettings, Object> read = key == ClusterKey.TIMEOUT ? ClusterSettings::timeout
                    : key == ClusterKey.SOCKET_TIMEOUT ? ClusterSettings::socketTimeout
                    : ClusterSettings::socketConnectTimeout;
            rows.add(ok(key, "1ms", read, Duration.ofMillis(1)));
            rows.add(ok(key, "PT0.001S", read, Duration.ofMillis(1)));
            rows.add(ok(key, "PT0.5S", read, Duration.ofMillis(500)));
            rows.add(ok(key, " 3 seconds ", read, Duration.ofSeconds(3)));
            rows.add(ok(key, "24 days", read, Duration.ofDays(24)));
            rows.add(ok(key, "2147483647ms", read, Duration.ofMillis(Integer.MAX_VALUE)));
            rows.add(ok(key, "PT596H31M23.647S", read, Duration.ofMillis(Integer.MAX_VALUE)));
            rows.addAll(bad(key, "a duration > 0 in whole milliseconds, from 1 ms to 2147483647 ms (about 24.8 days)",
                    "0ms", "PT0S", "0 seconds", "PT0.0001S", "PT0.0009S", "PT1.0005S", "25 days", "25d", "600h",
                    "2147483648ms", "PT596H31M23.648S", "9999999999 days", "999999999999999999 days",
                    "PT9999999999999999999S", "3 seconds\r", "3s\n", "\u0663s", "-1s", "PT-1S", "3 parsecs", "3",
                    "0", "3.5s"));
        }

        for (ClusterKey key : List.of(ClusterKey.RETRY_BACKOFF_BASE, ClusterKey.RETRY_BACKOFF_CAP)) {
            boolean base = key == ClusterKey.RETRY_BACKOFF_BASE;
            Map<String, String> exponential = Map.of("foo.retry.backoff", "exponential");
            Function<ClusterSettings, Object> read = s -> s.retry().backoff();
            for (Duration value : List.of(Duration.ZERO, Duration.ofMillis(10), Duration.ofDays(24))) {
                String text = value.toMillis() + "ms";
                Backoff expected = base ? new ExponentialBackoff(Backoff.DEFAULT_CAP, value)
                        : new ExponentialBackoff(value, Backoff.DEFAULT_BASE);
                rows.add(ok(key, text, exponential, read, expected));
            }
            rows.add(ok(key, "PT0S", exponential, read, base ? new ExponentialBackoff(Backoff.DEFAULT_CAP,
                    Duration.ZERO) : new ExponentialBackoff(Duration.ZERO, Backoff.DEFAULT_BASE)));
            rows.addAll(bad(key, "a duration >= 0 in whole milliseconds, from 0 to 2147483647 ms (about 24.8 days)",
                    "-1ms", "PT0.0001S", "PT0.0105S", "25 days", "999999999999999999 days", "10ms\n", "\u0663ms",
                    "soon", "0"));
        }

        for (ClusterKey key : List.of(ClusterKey.READ_FROM_REPLICAS, ClusterKey.RETRY_ON_TIMEOUT)) {
            Function<ClusterSettings, Object> read = key == ClusterKey.READ_FROM_REPLICAS
                    ? ClusterSettings::readFromReplicas
                    : s -> s.retry().retryOn().contains(RedisErrorKind.TIMEOUT);
            rows.add(ok(key, "true", read, true));
            rows.add(ok(key, "false", read, false));
            rows.add(ok(key, " true ", read, true));
            rows.addAll(bad(key, "true or false", "yes", "TRUE", "True", "1", "true\r", "true\u0000", "\ttrue",
                    "tru", "true\u00a0"));
        }

        Function<ClusterSettings, Object> backoffClass = s -> s.retry().backoff().getClass();
        rows.add(ok(ClusterKey.RETRY_BACKOFF, "no_backoff", backoffClass, NoBackoff.class));
        rows.add(ok(ClusterKey.RETRY_BACKOFF, " exponential ", backoffClass, ExponentialBackoff.class));
        rows.add(ok(ClusterKey.RETRY_BACKOFF, "CONSTANT", backoffClass, ConstantBackoff.class));
        rows.addAll(bad(ClusterKey.RETRY_BACKOFF, "one of no_backoff, constant, exponential", "fibonacci",
                "exponential\r", "no_backoff\t", "exponential,constant", "exponentiaI"));

        rows.add(ok(ClusterKey.RETRY_ON_ERROR, "busy_loading", s -> s.retry().retryOn().contains(
                RedisErrorKind.BUSY_LOADING), true));
        rows.add(ok(ClusterKey.RETRY_ON_ERROR, "readonly, busy_loading,TIMEOUT", s -> s.retry().retryOn()
                .containsAll(EnumSet.of(RedisErrorKind.READONLY, RedisErrorKind.BUSY_LOADING,
                        RedisErrorKind.TIMEOUT)), true));
        rows.addAll(bad(ClusterKey.RETRY_ON_ERROR, "a comma-separated list of error kinds", "gremlins",
                "busy_loading,gremlins", "busy\r", "busy,\ttimeout", "busy,,timeout", "busy,"));

        for (ClusterKey key : List.of(ClusterKey.TRACK_KEY_READS_SAMPLE_RATE,
                ClusterKey.TRACK_KEY_WRITES_SAMPLE_RATE)) {
            Function<ClusterSettings, Object> read = key == ClusterKey.TRACK_KEY_READS_SAMPLE_RATE
                    ? ClusterSettings::trackKeyReadsSampleRate : ClusterSettings::trackKeyWritesSampleRate;
            rows.add(ok(key, "0", read, 0.0));
            rows.add(ok(key, "1", read, 1.0));
            rows.add(ok(key, "1.0", read, 1.0));
            rows.add(ok(key, "0.01", read, 0.01));
            rows.add(ok(key, " 0.25 ", read, 0.25));
            rows.add(ok(key, "0.000001", read, 0.000001));
            rows.addAll(bad(key, "a number from 0 to 1 written as a plain decimal", "1d", "0.5f", "0.5D", "0x1p-3",
                    "1e-2", "NaN", "Infinity", "-0", "-0.1", "1.5", "2", "1.0000001", "\u0660.5", ".5", "5.", "+0.5",
                    "0.5\r", "0,5", "half"));
        }
        return rows;
    }

    static Stream<Arguments> validRows() {
        return ROWS.stream().filter(Row::valid).map(Arguments::of);
    }

    static Stream<Arguments> invalidRows() {
        return ROWS.stream().filter(row -> !row.valid()).map(Arguments::of);
    }

    /** The value as a message shows it: control characters as {@code \\uXXXX}. */
    private static String show(String value) {
        StringBuilder shown = new StringBuilder();
        value.chars().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return shown.toString();
    }

    private static Map<String, String> config(Row row) {
        Map<String, String> config = new HashMap<>(row.context());
        if (row.key() != ClusterKey.URL) {
            config.put("foo.url", URL);
        }
        config.put(row.key().of("foo"), row.value());
        return config;
    }

    private static ClusterSettings read(Map<String, String> config) {
        return ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void everyKeyHasValidAndInvalidValuesInTheTable() {
        Set<ClusterKey> withValid = ROWS.stream().filter(Row::valid).map(Row::key).collect(Collectors.toSet());
        Set<ClusterKey> withInvalid = ROWS.stream().filter(r -> !r.valid()).map(Row::key).collect(Collectors.toSet());
        // the tls.* keys need real key stores to be valid: TlsSettingsTest pins them, with stores it generates;
        // health.enabled is read by the CDI layer with the health checks: HealthCheckTest pins it
        Set<ClusterKey> tableKeys = EnumSet.allOf(ClusterKey.class);
        tableKeys.removeIf(key -> key.name().startsWith("TLS_") || key == ClusterKey.HEALTH_ENABLED);
        assertThat(withValid).containsExactlyInAnyOrderElementsOf(tableKeys);
        assertThat(withInvalid).containsExactlyInAnyOrderElementsOf(tableKeys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRows")
    void aValidValueIsAcceptedAndReadAsWritten(Row row) {
        ClusterSettings settings = read(config(row));
        assertThat(row.read().apply(settings)).isEqualTo(row.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRows")
    void anInvalidValueFailsNamingKeyValueAndWhatIsAccepted(Row row) {
        Throwable error = catchThrowable(() -> read(config(row)));
        assertThat(error).as("%s was accepted", row).isInstanceOf(InvalidSettingsException.class);
        List<String> problems = ((InvalidSettingsException) error).problems();
        assertThat(problems).hasSize(1);
        String trimmed = row.value().replaceAll("^ +| +$", "");
        String shown = show(row.key() == ClusterKey.URL ? RedisUrl.redact(trimmed) : trimmed);
        assertThat(problems.get(0)).startsWith("foo." + row.key().suffix() + " = '" + shown
                + "' is not accepted; accepted: ").contains(row.acceptedFragment());
    }
}
