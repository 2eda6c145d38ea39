package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import java.util.Map;
import io.smallrye.metrics.SharedMetricRegistries;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two applications in one server, each with a client named {@code foo}, share MicroProfile Metrics' application
 * registry (SmallRye keeps one per JVM, as a server does unless each application sets {@code mp.metrics.appName}).
 * Two Weld containers running at once play the two applications.
 */
@ExtendWith(LocalRedisClusterExtension.class)
class TwoApplicationsOneClientNameTest {

    @Test
    void theSecondApplicationStoppingLeavesTheFirstApplicationsMetricsInPlaceAndCounting(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl()));
        try (WeldContainer first = Containers.weld(true, FooUser.class).containerId("first-app").initialize()) {
            FooUser firstUser = first.select(FooUser.class).get();
            firstUser.foo().set("two-apps", "first");
            Metrics metrics = new Metrics(SharedMetricRegistries.getOrCreate(MetricRegistry.APPLICATION_SCOPE));
            try (WeldContainer second = Containers.weld(true, FooUser.class).containerId("second-app").initialize()) {
                second.select(FooUser.class).get().foo().set("two-apps", "second");
            }

            assertThat(metrics.gauge("runtime.pool.size", "foo")).as("the first application's pool gauge").isNotNull();
            long gets = metrics.requests("foo", "get", true);
            assertThat(firstUser.foo().get("two-apps")).isEqualTo("second");
            assertThat(metrics.requests("foo", "get", true)).as("the first application's GET count").isEqualTo(gets + 1);
        }
    }
}
