package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.CapturedLog;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

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

    /**
     * Passwords holding unencoded '/', ',', '@', ':', '?', '#' or '%', each in a url with a malformed part
     * elsewhere; {@code {seed}} stands for the cluster's host:port.
     */
    static Stream<Arguments> passwordsWithUnencodedSeparators() {
        return Stream.of(
                Arguments.of("pa/ss", "redis://:pa/ss@h:notaport"),
                Arguments.of("p@ss,w/rd", "redis://user:p@ss,w/rd@{seed}/1"),
                Arguments.of("Qz/7@Kx,9w", "redis://:Qz/7@Kx,9w@localhost:notaport"),
                Arguments.of("Vy@9/w,3Lm", "redis://app:Vy@9/w,3Lm@localhost:99999"),
                Arguments.of("Zq@0/,Pw", "redis://app:Zq@0/,Pw@localhost:0"),
                Arguments.of("Tx0/ub,Qe@x", "redis://:Tx0/ub,Qe@x@{seed}/1"),
                Arguments.of("Mx,Sc/Zh@Qe", "redis://:Mx,Sc/Zh@Qe@{seed},rediss://localhost:7001"),
                Arguments.of("Ab/c,d@e", "rediss://u:Ab/c,d@e@{seed},redis://localhost:7001"),
                Arguments.of("Zz9//", "redis://:Zz9//@{seed}/1"),
                Arguments.of("Hid/Qn,pw", "redis://{seed},redis://:Hid/Qn,pw@localhost:7001"),
                Arguments.of("Em/pZ,y", "redis://:Em/pZ,y@{seed},,localhost:7001"),
                Arguments.of("Qu/er,Zy", "redis://:Qu/er,Zy@{seed}?x=1"),
                Arguments.of("Ns/cQ,em", ":Ns/cQ,em@{seed}"),
                Arguments.of("Ht/tQ,pw", "http://:Ht/tQ,pw@{seed}"),
                Arguments.of("Ct/rQ,pw", "redis://:Ct/rQ,pw@{seed}\r"),
                Arguments.of("Ip/v6,Qw", "redis://:Ip/v6,Qw@[::1:7000"),
                Arguments.of("50%/of,Zf", "redis://:50%/of,Zf@localhost:notaport"),
                Arguments.of("Ha#sh?q/Zx", "redis://:Ha#sh?q/Zx@{seed}/1"),
                Arguments.of("Us:Qz/w,x", "redis://us/er:Us:Qz/w,x@localhost:65536"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("passwordsWithUnencodedSeparators")
    void aPasswordWithUnencodedSeparatorsReachesNoPartOfTheCauseChainOrTheLog(String password, String url,
            LocalRedisCluster cluster) {
        String seed = cluster.seedUrl().substring("redis://".length());
        String withPassword = url.replace("{seed}", seed);
        String shown = deployAndCapture(withPassword);
        assertThat(shown).contains("foo.url = '");
        // the same deployment with a neutral password: what it shows anyway (Weld's own texts) is no leak
        String baseline = deployAndCapture(withPassword.replace(password, "N"));
        List<String> leaks = new ArrayList<>();
        for (int length = 3; length <= password.length(); length++) {
            for (int start = 0; start + length <= password.length(); start++) {
                String part = password.substring(start, start + length);
                if (shown.contains(part) && !baseline.contains(part)) {
                    leaks.add(part);
                }
            }
        }
        assertThat(leaks).as("parts of the password in the cause chain or the log:%n%s", shown).isEmpty();
    }

    /** @return the whole cause chain of the failed deployment, then every log line captured during it */
    private static String deployAndCapture(String url) {
        try (CapturedLog log = CapturedLog.start()) {
            Throwable error = deploy(Map.of("foo.url", url));
            assertThat(error).isInstanceOf(DeploymentException.class);
            return everything(error) + String.join("\n", log.lines());
        }
    }

    @Test
    void aBracketedIpv6SeedReachesANodeListeningOnlyOnTheIpv6Loopback(LocalRedisCluster cluster, @TempDir Path dir)
            throws Exception {
        int port = freeIpv6Port();
        int refusing = freeIpv6Port();
        Process node = new ProcessBuilder(cluster.binary().toString(), "--bind", "::1", "--port",
                String.valueOf(port), "--cluster-enabled", "yes", "--cluster-config-file",
                dir.resolve("nodes.conf").toString(), "--cluster-announce-ip", "::1", "--save", "", "--appendonly",
                "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile()).start();
        try {
            HostAndPort address = new HostAndPort("::1", port);
            awaitCluster(address);
            // the first seed refuses, the further seed in brackets is the node
            TestConfig.use(Map.of("foo.url", "redis://[::1]:" + refusing + ",[::1]:" + port));
            try (WeldContainer container = Containers.weld(true, FooUser.class).initialize()) {
                RedisClusterConnection foo = container.select(FooUser.class).get().foo();
                assertThat(foo.set("ipv6-key", "over ::1")).isEqualTo("OK");
                assertThat(foo.get("ipv6-key")).isEqualTo("over ::1");
            }
            try (Jedis direct = new Jedis(address)) {
                assertThat(direct.get("ipv6-key")).isEqualTo("over ::1");
            }
        } finally {
            node.destroyForcibly();
            assertThat(node.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A free port of ::1; the test is skipped (not passed) on a machine without the IPv6 loopback. */
    private static int freeIpv6Port() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return socket.getLocalPort();
        } catch (IOException noIpv6) {
            Assumptions.abort("this machine has no IPv6 loopback ::1: " + noIpv6);
            throw new AssertionError(noIpv6);
        }
    }

    /** Gives the single node every slot and waits, at most 10 s, until it reports the cluster ok. */
    private static void awaitCluster(HostAndPort address) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean slotsAdded = false;
        while (true) {
            try (Jedis jedis = new Jedis(address)) {
                if (!slotsAdded) {
                    jedis.clusterAddSlotsRange(0, LocalRedisCluster.SLOT_COUNT - 1);
                    slotsAdded = true;
                }
                if (jedis.clusterInfo().contains("cluster_state:ok")) {
                    return;
                }
            } catch (JedisConnectionException notYetListening) {
                // retried below
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the IPv6 node at " + address + " did not report cluster_state:ok in 10 s");
            }
            Thread.sleep(50);
        }
    }
}
