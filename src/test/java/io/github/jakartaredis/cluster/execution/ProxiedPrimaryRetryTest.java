package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.ClusterRetriesExhaustedException;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.retry.Retry;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.testing.FaultProxy;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The seed's cluster retry example against a real cluster whose first primary clients reach only through a
 * {@link FaultProxy}, so that the proxy counts every connection attempt the client makes to that node.
 */
class ProxiedPrimaryRetryTest {

    @RegisterExtension
    static final OwnCluster own = new OwnCluster();

    private static FaultProxy proxy;
    private static LocalRedisCluster cluster;
    private static String keyOnProxiedPrimary;

    private List<Long> pauses = List.of();

    @BeforeAll
    static void startCluster() throws InterruptedException {
        LocalRedisCluster.Builder builder = LocalRedisCluster.builder();
        proxy = FaultProxy.start(builder.reservePort(0));
        cluster = own.start(builder.announcePortFor(0, proxy.port()));
        keyOnProxiedPrimary = cluster.keyOwnedBy(cluster.nodePort(0));
        // The proxied primary's replica would replicate through the proxy and add its own connection attempts to
        // the count: let every replica follow another primary instead.
        String otherPrimary = cluster.nodeId(cluster.nodePort(1));
        for (int replica : cluster.replicaPorts()) {
            try (Jedis node = cluster.nodeClient(replica)) {
                if (node.info("replication").contains("master_port:" + proxy.port())) {
                    node.clusterReplicate(otherPrimary);
                }
            }
        }
        proxy.dropAll();
        Instant deadline = Instant.now().plusSeconds(10);
        while (proxy.openConnections() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    @AfterAll
    static void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @AfterEach
    void forwardAgain() {
        proxy.mode(FaultProxy.Mode.FORWARD);
    }

    private SharedClusterClient client(Map<String, String> keys) {
        Map<String, String> config = new HashMap<>(keys);
        // the proxied node is a seed too, so that dropping it from the seeds can be seen
        config.put("foo.url", "redis://127.0.0.1:" + proxy.port() + ",127.0.0.1:" + cluster.nodePort(1) + ",127.0.0.1:"
                + cluster.nodePort(2));
        ClusterSettings settings = ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key)));
        // the configured backoff, wrapped so that the test sees every pause the retry loop takes
        RecordingBackoff backoff = new RecordingBackoff(settings.retry().backoff());
        pauses = backoff.waits();
        Retry recorded = new Retry(backoff, settings.retry().retries(), settings.retry().retryOn());
        return new SharedClusterClient(settings.withRetry(recorded), ClientMetricsFactory.NONE);
    }

    private static RedisClusterConnection connection(SharedClusterClient client) {
        return MonitoredConnection.create("foo", () -> client, () -> null);
    }

    private static void failNewConnections(FaultProxy.Mode mode) {
        proxy.mode(mode);
        proxy.dropAll();
        proxy.resetAcceptedConnections();
    }

    @Test
    void seedExampleMakesSevenAttemptsRefreshesWithoutTheNodeThenSevenMore() {
        try (SharedClusterClient client = client(Map.of("foo.retry.retries", "6", "foo.retry.backoff", "exponential",
                "foo.cluster_error_retry_attempts", "1"))) {
            RedisClusterConnection foo = connection(client);
            HostAndPort proxied = new HostAndPort("127.0.0.1", proxy.port());
            assertThat(client.executor().seeds()).contains(proxied);
            failNewConnections(FaultProxy.Mode.REFUSE);

            long start = System.nanoTime();
            Throwable error = catchThrowable(() -> foo.set(keyOnProxiedPrimary, "bar"));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(error).isInstanceOf(ClusterRetriesExhaustedException.class)
                    .hasCauseInstanceOf(JedisConnectionException.class)
                    .hasMessageContaining("SET failed on node " + proxied)
                    .hasMessageContaining("after 14 attempts and 1 topology refresh");
            assertThat(((ClusterRetriesExhaustedException) error).attempts()).isEqualTo(14);
            assertThat(proxy.acceptedConnections()).isEqualTo(14);
            assertThat(client.executor().topologyRefreshes()).isEqualTo(1);
            assertThat(client.executor().seeds()).doesNotContain(proxied).hasSize(2);
            // ExponentialBackoff(cap 512 ms, base 8 ms): 16, 32, ... 512 between the 7 tries of each cycle
            List<Long> cycle = List.of(16L, 32L, 64L, 128L, 256L, 512L);
            List<Long> expected = new ArrayList<>(cycle);
            expected.addAll(cycle);
            assertThat(pauses).containsExactlyElementsOf(expected);
            long backoffSum = expected.stream().mapToLong(Long::longValue).sum();
            assertThat(elapsedMillis).isBetween(backoffSum, backoffSum + 5_000);
        }
    }

    @Test
    void pipelineWithAFailedNodeFillsTheOtherNodesResponsesAndNamesTheNode() {
        try (SharedClusterClient client = client(Map.of())) {
            RedisClusterConnection foo = connection(client);
            List<String> keys = cluster.keyOnEachPrimary();
            failNewConnections(FaultProxy.Mode.REFUSE);
            RedisClusterPipeline pipeline = foo.pipeline("mid-failure");
            List<Response<String>> sets = new ArrayList<>();
            for (String key : keys) {
                sets.add(pipeline.set(key, "piped"));
            }
            Throwable error = catchThrowable(pipeline::sync);
            assertThat(error).isInstanceOf(JedisClusterOperationException.class)
                    .hasMessageContaining("Pipeline 'mid-failure': 1 of 3 commands failed")
                    .hasMessageContaining("127.0.0.1:" + proxy.port());
            assertThatThrownBy(sets.get(0)::get).isInstanceOf(JedisDataException.class)
                    .hasMessageContaining("mid-failure");
            assertThat(sets.get(1).get()).isEqualTo("OK");
            assertThat(sets.get(2).get()).isEqualTo("OK");
        }
    }

    @Test
    void multiKeyCommandWithAFailedNodeFailsWholeNamingThatNode() {
        try (SharedClusterClient client = client(Map.of("foo.retry.retries", "2", "foo.cluster_error_retry_attempts", "0"))) {
            RedisClusterConnection foo = connection(client);
            List<String> keys = cluster.keyOnEachPrimary();
            failNewConnections(FaultProxy.Mode.REFUSE);
            Throwable error = catchThrowable(() -> foo.mget(keys.toArray(String[]::new)));
            assertThat(error).isInstanceOf(ClusterRetriesExhaustedException.class)
                    .hasMessageContaining("MGET failed on node 127.0.0.1:" + proxy.port());
            proxy.mode(FaultProxy.Mode.FORWARD);
            assertThat(foo.mget(keys.toArray(String[]::new))).hasSize(3);
        }
    }

    @Test
    void noRetriesAndNoCyclesMeanOneAttempt() {
        try (SharedClusterClient client = client(Map.of("foo.cluster_error_retry_attempts", "0"))) {
            RedisClusterConnection foo = connection(client);
            failNewConnections(FaultProxy.Mode.REFUSE);
            Throwable error = catchThrowable(() -> foo.get(keyOnProxiedPrimary));
            assertThat(error).isInstanceOf(ClusterRetriesExhaustedException.class);
            assertThat(proxy.acceptedConnections()).isEqualTo(1);
            assertThat(pauses).isEmpty();
        }
    }

    @Test
    void stalledNodeIsNotRetriedWhenTimeoutsAreNotRetriedOn() {
        try (SharedClusterClient client = client(Map.of("foo.socket_timeout", "300ms", "foo.retry.retries", "2",
                "foo.retry_on_timeout", "false", "foo.cluster_error_retry_attempts", "0"))) {
            RedisClusterConnection foo = connection(client);
            failNewConnections(FaultProxy.Mode.STALL);
            Throwable error = catchThrowable(() -> foo.get(keyOnProxiedPrimary));
            assertThat(error).isInstanceOf(JedisConnectionException.class).hasStackTraceContaining("SocketTimeoutException");
            assertThat(proxy.acceptedConnections()).isEqualTo(1);
        }
    }

    @Test
    void stalledNodeIsRetriedWhenTimeoutsAreRetriedOn() {
        try (SharedClusterClient client = client(Map.of("foo.socket_timeout", "300ms", "foo.retry.retries", "2",
                "foo.retry_on_timeout", "true", "foo.cluster_error_retry_attempts", "0"))) {
            RedisClusterConnection foo = connection(client);
            failNewConnections(FaultProxy.Mode.STALL);
            Throwable error = catchThrowable(() -> foo.get(keyOnProxiedPrimary));
            assertThat(error).isInstanceOf(ClusterRetriesExhaustedException.class)
                    .hasMessageContaining("after 3 attempts");
            assertThat(proxy.acceptedConnections()).isEqualTo(3);
        }
    }

    @Test
    void nodeThatComesBackWithinTheRetriesServesTheCommand() throws Exception {
        try (SharedClusterClient client = client(Map.of("foo.retry.retries", "6", "foo.retry.backoff", "exponential",
                "foo.cluster_error_retry_attempts", "0"))) {
            RedisClusterConnection foo = connection(client);
            failNewConnections(FaultProxy.Mode.REFUSE);
            Thread healer = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                proxy.mode(FaultProxy.Mode.FORWARD);
            });
            healer.start();
            assertThat(foo.set(keyOnProxiedPrimary, "healed")).isEqualTo("OK");
            healer.join();
            assertThat(foo.get(keyOnProxiedPrimary)).isEqualTo("healed");
            assertThat(pauses).isNotEmpty().allMatch(p -> p <= 512);
        }
    }
}
