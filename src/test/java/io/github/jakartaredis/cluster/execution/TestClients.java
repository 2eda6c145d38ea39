package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds clients named {@code foo} the way the CDI layer does, from a map of configuration keys. Stateless. */
final class TestClients {

    private TestClients() {
    }

    /**
     * A shared client {@code foo} with these settings.
     *
     * @param url the seed url
     * @param keyValues keys without the {@code foo.} prefix and their values, alternating
     */
    static SharedClusterClient client(String url, String... keyValues) {
        Map<String, String> config = new HashMap<>();
        config.put("foo.url", url);
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put("foo." + keyValues[i], keyValues[i + 1]);
        }
        return new SharedClusterClient(ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key))),
                ClientMetricsFactory.NONE);
    }

    /** The monitored connection handle of {@code client}, outside any request. */
    static RedisClusterConnection connection(SharedClusterClient client) {
        return MonitoredConnection.create("foo", () -> client, () -> null);
    }
}
