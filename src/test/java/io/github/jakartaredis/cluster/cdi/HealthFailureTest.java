package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Readiness follows the cluster: one dead node keeps it UP; a dead primary and its replica make it DOWN. */
@EnableWeld
class HealthFailureTest {

    private static LocalRedisCluster cluster;

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(false, FooUser.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    @Any
    Instance<HealthCheck> checks;

    @BeforeAll
    static void startPrivateCluster() {
        cluster = LocalRedisCluster.start();
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.timeout", "1 second"));
    }

    @AfterAll
    static void stopPrivateCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void readinessStaysUpWithOneReplicaDownAndGoesDownWithinFiveSecondsWhenAPrimaryAndItsReplicaDieThenUpAfterHealing()
            throws InterruptedException {
        HealthChecks health = new HealthChecks(checks);
        assertThat(health.single(Readiness.Literal.INSTANCE).getStatus()).isEqualTo(Status.UP);
        int primary = cluster.nodePort(0);
        int replica = cluster.nodePort(3);

        cluster.kill(replica);
        assertThat(health.single(Readiness.Literal.INSTANCE).getStatus()).isEqualTo(Status.UP);

        long killed = System.nanoTime();
        cluster.kill(primary);
        HealthCheckResponse down = await(health, Status.DOWN, Duration.ofSeconds(5));
        long millis = (System.nanoTime() - killed) / 1_000_000;
        System.out.println("readiness " + down.getStatus() + " " + millis + " ms after the primary was killed");
        assertThat(down.getStatus()).as("readiness %d ms after the kill: %s", millis, down.getData())
                .isEqualTo(Status.DOWN);
        assertThat(down.getData().orElseThrow()).containsEntry("cluster_state", "fail").containsEntry("client", "foo");
        assertThat(health.single(Startup.Literal.INSTANCE).getStatus()).isEqualTo(Status.UP);

        cluster.restart(primary);
        cluster.restart(replica);
        HealthCheckResponse up = await(health, Status.UP, Duration.ofSeconds(10));
        assertThat(up.getStatus()).as("readiness after healing: %s", up.getData()).isEqualTo(Status.UP);
        assertThat(up.getData().orElseThrow()).containsEntry("cluster_state", "ok").containsEntry("slots_ok", 16384L);
    }

    private static HealthCheckResponse await(HealthChecks health, Status expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HealthCheckResponse response = health.single(Readiness.Literal.INSTANCE);
        while (response.getStatus() != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = health.single(Readiness.Literal.INSTANCE);
        }
        return response;
    }
}
