package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisBusyException;

/**
 * {@code retry_on_error} adds error kinds to what is retried: a node busy running a long script answers BUSY,
 * which is retried only when {@code busy} is listed.
 */
@ExtendWith(LocalRedisClusterExtension.class)
public class RetryOnErrorTest {

    /** Spins for 1.5 s of server time without writing. */
    private static final String SPIN = "local t0 = redis.call('TIME') "
            + "while true do local t = redis.call('TIME') "
            + "if (t[1] - t0[1]) * 1000000 + (t[2] - t0[2]) > 1500000 then return 1 end end";

    private static SharedClusterClient client(LocalRedisCluster cluster, String retryOnError) {
        Map<String, String> config = new HashMap<>(Map.of("foo.url", cluster.seedUrl(), "foo.retry.retries", "30",
                "foo.retry.backoff", "constant", "foo.retry.backoff.base", "100ms", "foo.socket_timeout", "5s"));
        if (retryOnError != null) {
            config.put("foo.retry_on_error", retryOnError);
        }
        return new SharedClusterClient(ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key))),
                ClientMetricsFactory.NONE);
    }

    public static CompletableFuture<Object> busyScriptOn(LocalRedisCluster cluster, int port) throws Exception {
        try (Jedis node = cluster.nodeClient(port)) {
            node.configSet("lua-time-limit", "100");
        }
        CompletableFuture<Object> script = CompletableFuture.supplyAsync(() -> {
            try (Jedis node = new Jedis("127.0.0.1", port, 10_000)) {
                return node.eval(SPIN);
            }
        });
        Thread.sleep(400);
        return script;
    }

    @Test
    void busyNodeIsRetriedWhenBusyIsListed(LocalRedisCluster cluster) throws Exception {
        int port = cluster.primaryPorts().get(2);
        String key = cluster.keyOwnedBy(port);
        try (SharedClusterClient client = client(cluster, "busy")) {
            RedisClusterConnection foo = MonitoredConnection.create("foo", () -> client, () -> null);
            foo.set(key, "patient");
            CompletableFuture<Object> script = busyScriptOn(cluster, port);
            assertThat(foo.get(key)).isEqualTo("patient");
            assertThat(script.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
        }
    }

    @Test
    void busyNodeFailsAtOnceWhenBusyIsNotListed(LocalRedisCluster cluster) throws Exception {
        int port = cluster.primaryPorts().get(2);
        String key = cluster.keyOwnedBy(port);
        try (SharedClusterClient client = client(cluster, null)) {
            RedisClusterConnection foo = MonitoredConnection.create("foo", () -> client, () -> null);
            foo.set(key, "impatient");
            CompletableFuture<Object> script = busyScriptOn(cluster, port);
            Throwable error = catchThrowable(() -> foo.get(key));
            assertThat(error).isInstanceOf(JedisBusyException.class);
            assertThat(script.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
        }
    }
}
