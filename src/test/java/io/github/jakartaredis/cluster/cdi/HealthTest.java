package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

/** The readiness and startup checks of a client of a healthy cluster, collected as a runtime collects them. */
@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class HealthTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(false, FooUser.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    @Any
    Instance<HealthCheck> checks;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl()));
    }

    @Test
    void readinessIsUpWithTheClusterStateSlotsAndKnownNodes() {
        HealthCheckResponse ready = new HealthChecks(checks).single(Readiness.Literal.INSTANCE);
        assertThat(ready.getName()).isEqualTo("redis-cluster-foo");
        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        Map<String, Object> data = ready.getData().orElseThrow();
        assertThat(data).containsEntry("client", "foo").containsEntry("cluster_state", "ok")
                .containsEntry("slots_ok", 16384L).containsEntry("slots_pfail", 0L).containsEntry("slots_fail", 0L)
                .containsEntry("known_nodes", 6L).containsKey("node");
    }

    @Test
    void startupIsUpOnceTheTopologyWasLoaded() {
        HealthCheckResponse started = new HealthChecks(checks).single(Startup.Literal.INSTANCE);
        assertThat(started.getName()).isEqualTo("redis-cluster-foo");
        assertThat(started.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(started.getData()).isEqualTo(Optional.of(Map.of("client", "foo")));
    }

    @Test
    void thereIsNoLivenessCheck() {
        assertThat(new HealthChecks(checks).call(Liveness.Literal.INSTANCE)).isEmpty();
    }

    @Test
    void probesReuseThePooledConnectionsInsteadOfOpeningNewOnes() {
        LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
        HealthChecks health = new HealthChecks(checks);
        health.single(Readiness.Literal.INSTANCE);
        long before = connectionsReceived(cluster);
        for (int i = 0; i < 20; i++) {
            assertThat(health.single(Readiness.Literal.INSTANCE).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        }
        // each count opens one connection per node to ask: the second count sees the first's, nothing else
        assertThat(connectionsReceived(cluster) - before).isEqualTo(LocalRedisCluster.NODE_COUNT);
    }

    /** total_connections_received over all nodes, counting the connections this method opens to ask. */
    private static long connectionsReceived(LocalRedisCluster cluster) {
        long total = 0;
        for (int port : cluster.allPorts()) {
            try (Jedis node = cluster.nodeClient(port)) {
                String stats = node.info("stats");
                total += Long.parseLong(stats.lines().filter(l -> l.startsWith("total_connections_received:"))
                        .findFirst().orElseThrow().split(":")[1].trim());
            }
        }
        return total;
    }
}
