package io.github.jakartaredis.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** A {@link FaultProxy} in front of one node of the shared cluster, used with plain connections. */
@ExtendWith(LocalRedisClusterExtension.class)
class FaultProxyTest {

    private FaultProxy proxy;

    @BeforeEach
    void openProxy(LocalRedisCluster cluster) {
        proxy = FaultProxy.start(cluster.primaryPorts().get(0));
    }

    @AfterEach
    void closeProxy() {
        proxy.close();
    }

    @Test
    void forwardsAndCountsConnections() {
        try (Jedis a = viaProxy(); Jedis b = viaProxy(); Jedis c = viaProxy()) {
            assertThat(a.ping()).isEqualTo("PONG");
            assertThat(b.echo("hello")).isEqualTo("hello");
            assertThat(c.ping()).isEqualTo("PONG");

            assertThat(proxy.acceptedConnections()).isEqualTo(3);
            assertThat(proxy.openConnections()).isEqualTo(3);
            assertThat(proxy.resetAcceptedConnections()).isEqualTo(3);
            assertThat(proxy.acceptedConnections()).isZero();
        }
    }

    @Test
    void stallLeavesNewAndOpenConnectionsWithoutAnswerUntilForwardingResumes() {
        try (Jedis open = viaProxy()) {
            assertThat(open.ping()).isEqualTo("PONG");

            proxy.mode(FaultProxy.Mode.STALL);

            long start = System.nanoTime();
            assertThatThrownBy(() -> {
                try (Jedis fresh = viaProxy()) {
                    fresh.ping();
                }
            }).isInstanceOf(JedisConnectionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThatThrownBy(open::ping).isInstanceOf(JedisConnectionException.class);
            assertThat(proxy.acceptedConnections()).isEqualTo(2);

            proxy.mode(FaultProxy.Mode.FORWARD);

            try (Jedis again = viaProxy()) {
                assertThat(again.ping()).isEqualTo("PONG");
            }
        }
    }

    @Test
    void refuseResetsNewConnectionsButKeepsOpenOnes() {
        try (Jedis open = viaProxy()) {
            assertThat(open.ping()).isEqualTo("PONG");

            proxy.mode(FaultProxy.Mode.REFUSE);

            long start = System.nanoTime();
            assertThatThrownBy(() -> {
                try (Jedis fresh = viaProxy()) {
                    fresh.ping();
                }
            }).isInstanceOf(JedisConnectionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(300));
            assertThat(proxy.acceptedConnections()).isEqualTo(2);
            assertThat(open.ping()).isEqualTo("PONG");

            proxy.mode(FaultProxy.Mode.FORWARD);

            try (Jedis again = viaProxy()) {
                assertThat(again.ping()).isEqualTo("PONG");
            }
        }
    }

    @Test
    void dropAllClosesOpenConnections() throws Exception {
        try (Jedis open = viaProxy()) {
            assertThat(open.ping()).isEqualTo("PONG");

            proxy.dropAll();

            assertThatThrownBy(open::ping).isInstanceOf(JedisConnectionException.class);
            assertThat(proxy.openConnections()).isZero();
        }
        try (Jedis again = viaProxy()) {
            assertThat(again.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void closedProxyRefusesConnections() {
        proxy.close();
        proxy.close();

        assertThatThrownBy(() -> {
            try (Jedis fresh = viaProxy()) {
                fresh.ping();
            }
        }).isInstanceOf(JedisConnectionException.class);
    }

    private Jedis viaProxy() {
        return new Jedis(new HostAndPort("127.0.0.1", proxy.port()),
                DefaultJedisClientConfig.builder().connectionTimeoutMillis(300).socketTimeoutMillis(300).build());
    }
}
