package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.execution.RetryOnErrorTest;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class RetryBeanTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(Containers.weld(true, FooUser.class, FooRetryProducer.class)).build();

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        // the keys retry nothing but connection errors and CLUSTERDOWN, and never BUSY
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.retry.retries", "0", "foo.socket_timeout", "5s"));
    }

    @Test
    void retryBeanWinsOverTheRetryKeys() throws Exception {
        LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
        int port = cluster.primaryPorts().get(1);
        String key = cluster.keyOwnedBy(port);
        foo.set(key, "waited");
        CompletableFuture<Object> script = RetryOnErrorTest.busyScriptOn(cluster, port);
        assertThat(foo.get(key)).isEqualTo("waited");
        assertThat(script.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
    }

    @Test
    void unknownBackoffNegativeCapAndUnknownErrorKindFailTheDeployment() {
        LocalRedisCluster cluster = LocalRedisClusterExtension.cluster();
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.retry.backoff", "linear",
                "foo.retry.backoff.cap", "-5ms", "foo.retry_on_error", "timeout,gremlins"));
        try {
            Throwable error = catchThrowable(() -> {
                try (WeldContainer container = Containers.weld(true, FooUser.class).initialize()) {
                    container.select(FooUser.class).get().foo().ping();
                }
            });
            assertThat(error).isInstanceOf(DeploymentException.class)
                    .hasMessageContaining("3 problems")
                    .hasMessageContaining("foo.retry.backoff = 'linear'").hasMessageContaining("exponential_with_jitter")
                    .hasMessageContaining("foo.retry.backoff.cap = '-5ms'").hasMessageContaining("a duration >= 0")
                    .hasMessageContaining("foo.retry_on_error = 'timeout,gremlins'").hasMessageContaining("busy_loading");
        } finally {
            configure(cluster);
        }
    }
}
