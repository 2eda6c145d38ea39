package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import io.github.jakartaredis.cluster.settings.InvalidSettingsException;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code health.enabled}: false registers no check; a value other than true or false fails the deployment. */
@ExtendWith(LocalRedisClusterExtension.class)
class HealthDisabledTest {

    @Test
    void healthEnabledFalseRegistersNoCheckAndTheClientStillWorks(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.health.enabled", "false"));
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            assertThat(container.select(HealthCheck.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)
                    .isUnsatisfied()).isTrue();
            assertThat(container.select(FooUser.class).get().foo().set("{h}k", "v")).isEqualTo("OK");
        }
    }

    @Test
    void healthEnabledOtherThanTrueOrFalseIsADeploymentProblemNamingKeyAndValue(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.health.enabled", "yes"));
        Throwable failure = null;
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            container.select(FooUser.class).get();
        } catch (RuntimeException e) {
            failure = e;
        }
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof InvalidSettingsException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("cause chain of %s", failure).isNotNull();
        assertThat(cause.getMessage()).contains("foo.health.enabled = 'yes' is not accepted; accepted: true or false");
    }
}
