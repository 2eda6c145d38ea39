package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.retry.NoBackoff;
import io.github.jakartaredis.cluster.retry.Retry;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@code @RedisCluster("x") Retry} bean must name one injected client, once. */
class RetryBeanNamesTest {

    /** Two retries for {@code foo}. */
    @ApplicationScoped
    public static class TwoFooRetries {
        @Produces
        @RedisCluster("foo")
        Retry first() {
            return new Retry(new NoBackoff(), 1);
        }

        @Produces
        @RedisCluster("foo")
        @jakarta.inject.Named("second")
        Retry second() {
            return new Retry(new NoBackoff(), 2);
        }
    }

    /** A retry for a client nobody injects. */
    @ApplicationScoped
    public static class RetryForNobody {
        @Produces
        @RedisCluster("nobody")
        Retry retry() {
            return new Retry(new NoBackoff(), 1);
        }
    }

    @Test
    void twoRetryBeansForOneClientFailTheDeployment() {
        TestConfig.use(Map.of("foo.url", "redis://127.0.0.1:1"));
        Throwable error = catchThrowable(() -> Containers.weld(false, FooUser.class, TwoFooRetries.class)
                .initialize().close());
        assertThat(error).isInstanceOf(DeploymentException.class)
                .hasMessageContaining("@RedisCluster(\"foo\") Retry is produced twice")
                .hasMessageContaining("accepted: at most one Retry bean per client name");
    }

    @Test
    void aRetryBeanForANameNoInjectionPointUsesFailsTheDeployment() {
        TestConfig.use(Map.of("foo.url", "redis://127.0.0.1:1"));
        Throwable error = catchThrowable(() -> Containers.weld(false, FooUser.class, RetryForNobody.class)
                .initialize().close());
        assertThat(error).isInstanceOf(DeploymentException.class)
                .hasMessageContaining("@RedisCluster(\"nobody\") Retry")
                .hasMessageContaining("names no client")
                .hasMessageContaining("[foo]");
    }
}
