package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.testing.CapturedLog;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalRedisClusterExtension.class)
class DeploymentValidationTest {

    private static final String SECRET = "Sup3r-s3cret-pa55";

    private static Throwable deploy(Map<String, String> config) {
        TestConfig.use(config);
        return catchThrowable(() -> {
            try (WeldContainer container = Containers.weld(true, FooUser.class).initialize()) {
                container.select(FooUser.class).get().foo().ping();
            }
        });
    }

    private static String everything(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void missingUrlFailsTheDeploymentNamingTheKey() {
        Throwable error = deploy(Map.of());
        assertThat(error).isInstanceOf(DeploymentException.class);
        assertThat(everything(error)).contains("foo.url is missing");
    }

    @Test
    void malformedTimeoutNamesKeyValueAndAcceptedForms(LocalRedisCluster cluster) {
        Throwable error = deploy(Map.of("foo.url", cluster.seedUrl(), "foo.timeout", "3 parsecs"));
        assertThat(error).isInstanceOf(DeploymentException.class);
        assertThat(everything(error)).contains("foo.timeout = '3 parsecs'", "'3 seconds'", "'PT3S'", "'500ms'");
    }

    @Test
    void severalBadKeysAreReportedInOneFailure(LocalRedisCluster cluster) {
        Throwable error = deploy(Map.of("foo.url", cluster.seedUrl() + "/4", "foo.max_connections", "0",
                "foo.socket_timeout", "soon", "foo.read_from_replicas", "maybe"));
        assertThat(error).isInstanceOf(DeploymentException.class);
        assertThat(everything(error)).contains("4 problems", "foo.url", "foo.max_connections = '0'",
                "foo.socket_timeout = 'soon'", "foo.read_from_replicas = 'maybe'");
    }

    @Test
    void passwordReachesNoExceptionMessageAndNoLogLine(LocalRedisCluster cluster) {
        String withSecret = cluster.seedUrl().replace("redis://", "redis://app:" + SECRET + "@");
        try (CapturedLog log = CapturedLog.start()) {
            Throwable invalid = deploy(Map.of("foo.url", withSecret + "/3", "foo.timeout", "soon"));
            assertThat(everything(invalid)).contains("foo.url", "****@").doesNotContain(SECRET);

            // a valid configuration whose password the cluster rejects: startup logs it, the command throws
            Throwable rejected = deploy(Map.of("foo.url", withSecret));
            assertThat(rejected).isNotNull();
            assertThat(everything(rejected)).doesNotContain(SECRET);

            assertThat(log.lines()).isNotEmpty();
            assertThat(log.lines()).noneMatch(line -> line.contains(SECRET));
        }
    }
}
