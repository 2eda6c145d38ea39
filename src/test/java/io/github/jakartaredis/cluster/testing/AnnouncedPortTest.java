package io.github.jakartaredis.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.exceptions.JedisException;

/** A cluster whose first primary is reachable for clients only through a {@link FaultProxy}. */
class AnnouncedPortTest {

    @Test
    void clientsReachTheProxiedPrimaryOnlyThroughTheProxy() {
        LocalRedisCluster.Builder builder = LocalRedisCluster.builder();
        int realPort = builder.reservePort(0);
        try (FaultProxy proxy = FaultProxy.start(realPort);
             LocalRedisCluster cluster = builder.announcePortFor(0, proxy.port()).start()) {
            assertThat(cluster.nodePort(0)).isEqualTo(realPort);
            assertThat(cluster.announcedPort(realPort)).isEqualTo(proxy.port());
            assertThat(cluster.portOwningSlot(0)).isEqualTo(realPort);
            assertThat(cluster.primaryPorts()).containsExactly(realPort, cluster.nodePort(1), cluster.nodePort(2));
            assertThat(cluster.seedUrl()).startsWith("redis://127.0.0.1:" + proxy.port() + ",")
                    .doesNotContain(":" + realPort);
            try (Jedis other = cluster.nodeClient(cluster.nodePort(2))) {
                assertThat(other.clusterNodes()).contains("127.0.0.1:" + proxy.port() + "@" + (realPort + 10000))
                        .doesNotContain("127.0.0.1:" + realPort + "@");
            }
            // the replica of node 0 replicates through the proxy as well
            assertThat(proxy.openConnections()).isGreaterThanOrEqualTo(1);

            List<String> keys = cluster.keyOnEachPrimary();
            proxy.resetAcceptedConnections();
            try (JedisCluster client = new JedisCluster(LocalRedisClusterTest.seeds(cluster.seedUrl()),
                    DefaultJedisClientConfig.builder().connectionTimeoutMillis(500).socketTimeoutMillis(500).build(),
                    2, Duration.ofSeconds(2))) {
                client.set(keys.get(0), "via proxy");
                assertThat(client.get(keys.get(0))).isEqualTo("via proxy");
                assertThat(proxy.acceptedConnections()).isPositive();

                proxy.mode(FaultProxy.Mode.STALL);

                assertThatThrownBy(() -> client.get(keys.get(0))).isInstanceOf(JedisException.class);
                client.set(keys.get(1), "unaffected");
                assertThat(client.get(keys.get(2))).isNull();

                proxy.mode(FaultProxy.Mode.FORWARD);

                assertThat(client.get(keys.get(0))).isEqualTo("via proxy");
            }
        }
    }
}
