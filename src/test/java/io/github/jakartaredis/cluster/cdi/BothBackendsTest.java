package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import io.opentelemetry.api.common.Attributes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.exceptions.JedisDataException;

/** A runtime offering both a MetricRegistry and an OpenTelemetry bean: the library records through both. */
@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class BothBackendsTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(true, FooUser.class, TestTelemetry.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    MetricRegistry registry;

    @Inject
    TestTelemetry telemetry;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.max_connections", "7"));
    }

    @Test
    void everyCommandIsCountedInBothBackendsAndTracedOnce() {
        foo.set("{both}:text", "x");
        foo.get("{both}:text");
        foo.get("{both}:text");
        assertThatThrownBy(() -> foo.incr("{both}:text")).isInstanceOf(JedisDataException.class);

        Metrics metrics = new Metrics(registry);
        assertThat(metrics.requests("foo", "get", true)).isEqualTo(2);
        assertThat(metrics.requests("foo", "incr", false)).isEqualTo(1);
        Attributes get = Attributes.builder().put("db.system.name", "redis").put("db.operation.name", "GET")
                .put("db.client.connection.pool.name", "foo").build();
        assertThat(telemetry.durationCount(get)).isEqualTo(2);
        assertThat(telemetry.spans()).hasSize(4);
        assertThat(metrics.gauge("runtime.pool.size", "foo")).isEqualTo(7);
        assertThat(telemetry.longValue("runtime.pool.size", "client", "foo")).contains(7L);
    }
}
