package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.util.JedisClusterCRC16;

@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class PipelineTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(true, FooUser.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    MetricRegistry registry;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl()));
    }

    @Test
    void hundredCommandsOverManySlotsReturnInOrderAndCountAsOnePipeline() {
        List<Response<?>> responses = new ArrayList<>();
        Set<Integer> slots = new HashSet<>();
        try (RedisClusterPipeline pipeline = foo.pipeline("fill")) {
            for (int i = 0; i < 50; i++) {
                String key = "pipelined:" + i;
                slots.add(JedisClusterCRC16.getSlot(key));
                responses.add(pipeline.set(key, "v" + i));
                responses.add(pipeline.incr("pipelined-counter:" + i));
            }
            pipeline.sync();
        }
        assertThat(slots.size()).isGreaterThan(40);
        for (int i = 0; i < 50; i++) {
            assertThat(responses.get(2 * i).get()).isEqualTo("OK");
            assertThat(responses.get(2 * i + 1).get()).isEqualTo(1L);
            assertThat(foo.get("pipelined:" + i)).isEqualTo("v" + i);
        }
        Metrics metrics = new Metrics(registry);
        assertThat(metrics.requests("foo", "pipeline", true)).isEqualTo(1);
        assertThat(metrics.requests("foo", "set", true)).isZero();
        assertThat(metrics.requests("foo", "incr", true)).isZero();
    }

    @Test
    void errorReplyStaysWithItsCommand() {
        RedisClusterPipeline pipeline = foo.pipeline("mixed");
        Response<String> set = pipeline.set("{mixed}:text", "abc");
        Response<Long> incr = pipeline.incr("{mixed}:text");
        Response<String> get = pipeline.get("{mixed}:text");
        pipeline.sync();
        assertThat(set.get()).isEqualTo("OK");
        assertThatThrownBy(incr::get).isInstanceOf(JedisDataException.class).hasMessageContaining("not an integer");
        assertThat(get.get()).isEqualTo("abc");
        assertThat(new Metrics(registry).requests("foo", "pipeline", true)).isEqualTo(1);
    }

    @Test
    void keylessCommandIsRefusedInItsResponse() {
        RedisClusterPipeline pipeline = foo.pipeline("keyless");
        Response<String> fine = pipeline.set("{keyless}:a", "1");
        Response<String> keyless = pipeline.randomKey();
        pipeline.sync();
        assertThat(fine.get()).isEqualTo("OK");
        assertThatThrownBy(keyless::get).isInstanceOf(JedisDataException.class).hasMessageContaining("keyed commands only");
    }
}
