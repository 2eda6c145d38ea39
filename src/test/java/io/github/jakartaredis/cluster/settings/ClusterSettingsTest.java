package io.github.jakartaredis.cluster.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jakartaredis.cluster.retry.ExponentialBackoff;
import io.github.jakartaredis.cluster.retry.NoBackoff;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.retry.Retry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

class ClusterSettingsTest {

    private final Map<String, String> config = new HashMap<>();

    private ClusterSettings read() {
        return ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void defaultsApplyWhenOnlyTheUrlIsSet() {
        config.put("foo.url", "redis://localhost:7000/0");
        ClusterSettings settings = read();
        assertThat(settings.url().seeds()).containsExactly(new HostAndPort("localhost", 7000));
        assertThat(settings.maxConnections()).isEqualTo(64);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.socketConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.socketTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.readFromReplicas()).isFalse();
        assertThat(settings.retry().retries()).isZero();
        assertThat(settings.retry().backoff()).isInstanceOf(NoBackoff.class);
        assertThat(settings.retry().retryOn()).containsExactlyInAnyOrder(RedisErrorKind.CONNECTION,
                RedisErrorKind.TIMEOUT, RedisErrorKind.CLUSTER_DOWN);
        assertThat(settings.clusterErrorRetryAttempts()).isEqualTo(3);
    }

    @Test
    void aDefaultRetryBeanAndTheDefaultKeysRetryTheSameKinds() {
        config.put("foo.url", "redis://localhost:7000/0");
        Retry fromKeys = read().retry();
        Retry defaultBean = new Retry(new NoBackoff(), 0).forCluster();
        assertThat(defaultBean.retryOn()).isEqualTo(fromKeys.retryOn());
    }

    @Test
    void retryOnTimeoutFalseLeavesTimeoutsOut() {
        config.put("foo.url", "redis://localhost:7000/0");
        config.put("foo.retry_on_timeout", "false");
        assertThat(read().retry().retryOn()).containsExactlyInAnyOrder(RedisErrorKind.CONNECTION,
                RedisErrorKind.CLUSTER_DOWN);
    }

    @Test
    void theSeedsExampleIsAccepted() {
        config.put("foo.url", "redis://localhost:6379/0");
        config.put("foo.max_connections", "99");
        config.put("foo.timeout", "3 seconds");
        config.put("foo.read_from_replicas", "true");
        ClusterSettings settings = read();
        assertThat(settings.maxConnections()).isEqualTo(99);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.socketTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readFromReplicas()).isTrue();
    }

    @Test
    void socketTimeoutsOverrideTheTimeout() {
        config.put("foo.url", "redis://localhost:7000");
        config.put("foo.timeout", "PT3S");
        config.put("foo.socket_connect_timeout", "200ms");
        config.put("foo.socket_timeout", "1 minute");
        ClusterSettings settings = read();
        assertThat(settings.socketConnectTimeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(settings.socketTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void missingUrlIsReportedByItsKey() {
        assertThatThrownBy(this::read).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("foo.url is missing");
    }

    @Test
    void malformedDurationNamesKeyValueAndAcceptedForms() {
        config.put("foo.url", "redis://localhost:7000");
        config.put("foo.timeout", "3 parsecs");
        assertThatThrownBy(this::read).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("foo.timeout = '3 parsecs'")
                .hasMessageContaining("'3 seconds'").hasMessageContaining("PT3S").hasMessageContaining("500ms");
    }

    @Test
    void everyBadKeyIsReportedAtOnce() {
        config.put("foo.url", "redis://localhost:7000/2");
        config.put("foo.max_connections", "lots");
        config.put("foo.read_from_replicas", "yes");
        config.put("foo.retry.backoff", "fibonacci");
        config.put("foo.retry_on_error", "busy_loading, gremlins");
        config.put("foo.retry.backoff.cap", "-1s");
        InvalidSettingsException error = (InvalidSettingsException) org.assertj.core.api.Assertions
                .catchThrowable(this::read);
        assertThat(error.problems()).hasSize(6);
        assertThat(error.getMessage()).contains("foo.url", "database '2' is not 0", "foo.max_connections = 'lots'",
                "foo.read_from_replicas = 'yes'", "true or false", "foo.retry.backoff = 'fibonacci'",
                "exponential_with_jitter", "foo.retry_on_error", "gremlins", "busy_loading",
                "foo.retry.backoff.cap = '-1s'");
    }

    @Test
    void passwordNeverAppearsInMessagesOrToString() {
        config.put("foo.url", "redis://app:s3cr3t-pw@localhost:7000/5");
        assertThatThrownBy(this::read).hasMessageNotContaining("s3cr3t-pw").hasMessageContaining("****@");
        config.put("foo.url", "redis://app:s3cr3t-pw@localhost:7000/0");
        ClusterSettings settings = read();
        assertThat(settings.url().password()).isEqualTo("s3cr3t-pw");
        assertThat(settings.url().user()).isEqualTo("app");
        assertThat(settings.toString()).doesNotContain("s3cr3t-pw");
    }

    @Test
    void retryKeysBuildTheRetry() {
        config.put("foo.url", "redis://localhost:7000");
        config.put("foo.retry.retries", "6");
        config.put("foo.retry.backoff", "exponential");
        config.put("foo.retry.backoff.base", "10ms");
        config.put("foo.retry.backoff.cap", "1 second");
        config.put("foo.retry_on_timeout", "true");
        config.put("foo.retry_on_error", "readonly,busy_loading");
        config.put("foo.cluster_error_retry_attempts", "1");
        ClusterSettings settings = read();
        assertThat(settings.retry().retries()).isEqualTo(6);
        assertThat(settings.retry().backoff()).isEqualTo(
                new ExponentialBackoff(Duration.ofSeconds(1), Duration.ofMillis(10)));
        assertThat(settings.retry().retryOn()).containsExactlyInAnyOrder(RedisErrorKind.CONNECTION,
                RedisErrorKind.CLUSTER_DOWN, RedisErrorKind.TIMEOUT, RedisErrorKind.READONLY,
                RedisErrorKind.BUSY_LOADING);
        assertThat(settings.clusterErrorRetryAttempts()).isEqualTo(1);
    }
}
