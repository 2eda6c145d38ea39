package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.util.JedisClusterCRC16;

@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class TwoClientsTest {

    private static LocalRedisCluster cluster;

    @WeldSetup
    WeldInitiator weld = Containers.initiator(true, RequestScopedClients.class, ApplicationScopedClients.class,
            ConstructorClients.class);

    @Inject
    RequestScopedClients requestScoped;

    @Inject
    ApplicationScopedClients applicationScoped;

    @Inject
    ConstructorClients constructed;

    @BeforeAll
    static void configure(LocalRedisCluster localCluster) {
        cluster = localCluster;
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "bar.url", cluster.seedUrl()));
    }

    /** One key per primary; the hash tag keeps each variant of the key on its primary's slot. */
    private static List<String> keysOnEveryPrimary(String prefix) {
        List<String> keys = cluster.keyOnEachPrimary().stream().map(k -> "{" + k + "}:" + prefix)
                .collect(Collectors.toList());
        assertThat(keys.stream().map(k -> cluster.portOwningSlot(JedisClusterCRC16.getSlot(k))).distinct())
                .hasSize(3);
        return keys;
    }

    private static void roundTrip(RedisClusterConnection connection, String prefix) {
        for (String key : keysOnEveryPrimary(prefix)) {
            assertThat(connection.set(key, "value of " + key)).isEqualTo("OK");
            assertThat(connection.get(key)).isEqualTo("value of " + key);
            assertThat(connection.del(key)).isEqualTo(1);
        }
    }

    @Test
    void requestScopedBeanRoundTripsOnEveryPrimaryWithBothClients() {
        roundTrip(requestScoped.foo(), "request-foo");
        roundTrip(requestScoped.bar(), "request-bar");
    }

    @Test
    void applicationScopedBeanRoundTripsOnEveryPrimaryWithBothClients() {
        roundTrip(applicationScoped.foo(), "application-foo");
        roundTrip(applicationScoped.bar(), "application-bar");
    }

    @Test
    void constructorInjectedClientsRoundTripOnEveryPrimary() {
        roundTrip(constructed.foo(), "constructor-foo");
        roundTrip(constructed.bar(), "constructor-bar");
    }

    @Test
    void clientsAreDistinctAndShareOneHandleEach() {
        assertThat(requestScoped.foo()).isSameAs(applicationScoped.foo()).isSameAs(constructed.foo());
        assertThat(requestScoped.foo()).isNotSameAs(requestScoped.bar());
        assertThat(requestScoped.foo().toString()).isEqualTo("RedisClusterConnection[client=foo]");
    }

    @Test
    void pingReachesEveryPrimary() {
        assertThat(applicationScoped.foo().ping()).isEqualTo("PONG");
    }

    @Test
    void multiKeyCommandsSpanSlots() {
        List<String> keys = keysOnEveryPrimary("multi");
        RedisClusterConnection foo = applicationScoped.foo();
        foo.mset(keys.get(0), "a", keys.get(1), "b", keys.get(2), "c");
        assertThat(foo.mget(keys.get(2), keys.get(0), "{missing}", keys.get(1))).containsExactly("c", "a", null, "b");
        assertThat(foo.exists(keys.toArray(String[]::new))).isEqualTo(3);
        assertThat(foo.del(keys.toArray(String[]::new))).isEqualTo(3);
    }
}
