package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.hotkeys.HotKeyTracker;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class HotKeyTrackingTest {

    private static final String READS = HotKeyTracker.readsKey("foo");
    private static final String WRITES = HotKeyTracker.writesKey("foo");

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(true, FooUser.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    MetricRegistry registry;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.track_key_reads_sample_rate", "1",
                "foo.track_key_writes_sample_rate", "1"));
    }

    @BeforeEach
    void forgetTrackedKeys() {
        LocalRedisClusterExtension.cluster().flushAll();
    }

    /** Reads a tracking set straight from its node, not through the client under test. */
    private static Double score(String set, String member) {
        LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
        try (Jedis node = cluster.nodeClient(cluster.portOwningSlot(JedisClusterCRC16.getSlot(set)))) {
            return node.zscore(set, member);
        }
    }

    /**
     * The tracker writes in the background: waits up to 5 s for a member's score to reach the expected value.
     *
     * @return the last score read
     */
    private static Double settledScore(String set, String member, double expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        Double score = score(set, member);
        while ((score == null || score < expected) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            score = score(set, member);
        }
        return score;
    }

    private static long ttl(String set) {
        LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
        try (Jedis node = cluster.nodeClient(cluster.portOwningSlot(JedisClusterCRC16.getSlot(set)))) {
            return node.ttl(set);
        }
    }

    @Test
    void fiveReadsScoreFiveInTheReadsSet() {
        for (int i = 0; i < 5; i++) {
            foo.get("foo");
        }
        assertThat(settledScore(READS, "foo", 5.0)).isEqualTo(5.0);
        assertThat(score(WRITES, "foo")).isNull();
        assertThat(ttl(READS)).isBetween(24 * 3600L - 60, 24 * 3600L);
    }

    @Test
    void fiveWritesScoreFiveInTheWritesSet() {
        for (int i = 0; i < 5; i++) {
            foo.set("foo", "v" + i);
        }
        assertThat(settledScore(WRITES, "foo", 5.0)).isEqualTo(5.0);
        assertThat(score(READS, "foo")).isNull();
    }

    @Test
    void multiKeyCommandsTrackEveryKey() {
        foo.mset("a", "1", "b", "2");
        foo.del("a", "b");
        assertThat(settledScore(WRITES, "a", 2.0)).isEqualTo(2.0);
        assertThat(settledScore(WRITES, "b", 2.0)).isEqualTo(2.0);
    }

    @Test
    void requestCountsHoldExactlyTheApplicationsCommands() {
        for (int i = 0; i < 5; i++) {
            foo.set("foo", "v");
            foo.get("foo");
        }
        Metrics metrics = new Metrics(registry);
        assertThat(metrics.requests("foo", "set", true)).isEqualTo(5);
        assertThat(metrics.requests("foo", "get", true)).isEqualTo(5);
        assertThat(registry.getMetricIDs()).extracting(MetricID::getTags)
                .noneMatch(tags -> "zincrby".equals(tags.get("command")) || "expire".equals(tags.get("command")));
        assertThat(settledScore(READS, "foo", 5.0)).isEqualTo(5.0);
    }

    @Test
    void rateZeroWritesNothingAndARateAboveOneFailsTheDeployment() {
        LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
        try {
            TestConfig.use(Map.of("foo.url", cluster.seedUrl()));
            try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
                RedisClusterConnection untracked = container.select(FooUser.class).get().foo();
                untracked.set("foo", "v");
                untracked.get("foo");
            }
            assertThat(score(READS, "foo")).isNull();
            assertThat(score(WRITES, "foo")).isNull();

            TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.track_key_reads_sample_rate", "1.5"));
            Throwable error = catchThrowable(() -> Containers.weld(false, FooUser.class).initialize().close());
            assertThat(error).isInstanceOf(DeploymentException.class)
                    .hasMessageContaining("foo.track_key_reads_sample_rate = '1.5'")
                    .hasMessageContaining("a number from 0 to 1");
        } finally {
            configure(cluster);
        }
    }
}
