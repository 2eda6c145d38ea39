package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisAccessDeniedException;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.ClientStartup;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.testing.AclUsers;
import io.github.jakartaredis.cluster.testing.CapturedLog;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import io.github.jakartaredis.cluster.testing.TestCertificates;
import io.github.jakartaredis.cluster.testing.TestConfig;
import io.github.jakartaredis.cluster.testing.TlsNodes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.params.ClientKillParams;

/**
 * Redis refusing the client's ACL user, on a TLS cluster of this class's own: a wrong password, an unknown user, a
 * disabled user and a user without {@code cluster|slots} each give every call one clear error naming the client and
 * the user (never the password), are not retried, and reach the servers a bounded number of times.
 */
class AccessDeniedTest {

    private static final Logger LOG = Logger.getLogger(AccessDeniedTest.class.getName());
    private static final String PASSWORD = "right-pw-91d2c4";
    private static final String WRONG_PASSWORD = "wrong-pw-5e7a33";

    @RegisterExtension
    static final OwnCluster own = new OwnCluster();

    private static LocalRedisCluster cluster;

    @BeforeAll
    static void startTlsCluster() {
        TlsNodes.assumeTlsAvailable();
        cluster = own.start(LocalRedisCluster.builder().tls(TlsNodes.serverCertificate()));
        AclUsers.set(cluster, "app", "on >" + PASSWORD + " ~* " + AclUsers.LIBRARY_COMMANDS + " +get +set");
        AclUsers.set(cluster, "retired", "off >" + PASSWORD + " ~* +@all");
        AclUsers.set(cluster, "noslots", "on >" + PASSWORD + " ~* "
                + AclUsers.LIBRARY_COMMANDS.replace("+cluster|slots ", "") + " +get +set");
    }

    private static void configure(String user, String password) {
        TestConfig.use(Map.of(
                "foo.url", cluster.seedUrl().replace("rediss://", "rediss://" + user + ":" + password + "@"),
                "foo.tls.trust_store", TestCertificates.get().trustStore().toString(),
                "foo.tls.trust_store.password", TestCertificates.STORE_PASSWORD,
                "foo.retry.retries", "6",
                "foo.cluster_error_retry_attempts", "3"));
    }

    @Test
    void aWrongPasswordGivesEveryCallOneClearErrorAndTheServersFewAuthAttempts() {
        configure("app", WRONG_PASSWORD);
        long refusedBefore = AclUsers.refusedAuthentications(cluster);
        int calls = 20;
        try (CapturedLog log = CapturedLog.start();
             WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            RedisClusterConnection foo = container.select(FooUser.class).get().foo();
            for (int i = 0; i < calls; i++) {
                Throwable error = catchThrowable(() -> foo.set("k", "v"));
                assertThat(error).isInstanceOf(RedisAccessDeniedException.class)
                        .hasMessageContaining("client 'foo'").hasMessageContaining("user 'app'")
                        .hasMessageContaining("WRONGPASS").hasMessageNotContaining(WRONG_PASSWORD);
                assertThat(RedisErrorKind.of(error)).as("not a retried kind").isEmpty();
            }
            long refused = AclUsers.refusedAuthentications(cluster) - refusedBefore;
            LOG.info(() -> "AUTH attempts refused by the servers for start-up plus " + calls + " calls: " + refused);
            // start-up tries each of the 3 seeds once; the calls that follow within 5 s do not reach the servers
            assertThat(refused).isBetween(1L, 3L);

            List<String> lines = log.lines();
            assertThat(lines.stream().filter(line -> line.contains("could not authenticate")))
                    .as("log lines about the refused user").hasSize(1);
            assertThat(String.join("\n", lines)).doesNotContain(WRONG_PASSWORD).doesNotContain(PASSWORD)
                    .doesNotContain(TestCertificates.STORE_PASSWORD);
        }
    }

    @Test
    void afterARefusalCallsFailWithoutReachingTheServersForFiveSecondsThenAFixedPasswordWorks() throws Exception {
        String rules = " ~* " + AclUsers.LIBRARY_COMMANDS + " +get +set";
        AclUsers.set(cluster, "late", "on >" + PASSWORD + "-not-yet" + rules);
        configure("late", PASSWORD);
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            RedisClusterConnection foo = container.select(FooUser.class).get().foo();
            AclUsers.set(cluster, "late", "on >" + PASSWORD + rules); // the password is fixed on the servers
            long refusedBefore = AclUsers.refusedAuthentications(cluster);
            assertThat(catchThrowable(() -> foo.get("k"))).isInstanceOf(RedisAccessDeniedException.class);
            assertThat(AclUsers.refusedAuthentications(cluster)).isEqualTo(refusedBefore);
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ClientStartup.ACCESS_DENIED_PAUSE_NANOS) + 100);
            foo.set("k", "works");
            assertThat(foo.get("k")).isEqualTo("works");
        }
    }

    @Test
    void aPasswordChangedOnTheServersWhileRunningFailsEachCallOnceWithoutRetryingAuth() {
        String rules = " ~* " + AclUsers.LIBRARY_COMMANDS + " +get +set";
        AclUsers.set(cluster, "rotating", "on >" + PASSWORD + rules);
        configure("rotating", PASSWORD);
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            RedisClusterConnection foo = container.select(FooUser.class).get().foo();
            String key = cluster.keyOnEachPrimary().get(0);
            foo.set(key, "before");
            AclUsers.set(cluster, "rotating", "on >" + PASSWORD + "-rotated" + rules);
            for (int port : cluster.allPorts()) {
                try (Jedis node = cluster.nodeClient(port)) {
                    node.clientKill(ClientKillParams.clientKillParams().user("rotating"));
                }
            }
            long refusedBefore = AclUsers.refusedAuthentications(cluster);
            int calls = 10;
            for (int i = 0; i < calls; i++) {
                Throwable error = catchThrowable(() -> foo.get(key));
                assertThat(error).isInstanceOf(JedisAccessControlException.class).hasMessageContaining("WRONGPASS")
                        .hasMessageNotContaining(PASSWORD);
            }
            long refused = AclUsers.refusedAuthentications(cluster) - refusedBefore;
            LOG.info(() -> "AUTH attempts refused for " + calls + " calls after the password changed: " + refused);
            // about one per call (the first call may also meet a killed pooled connection); retried, it would be up
            // to 1 + retry.retries (6) per node cycle, times 1 + cluster_error_retry_attempts (3), per call
            assertThat(refused).isBetween(1L, 2L * calls);

            AclUsers.set(cluster, "rotating", "on >" + PASSWORD + rules);
            assertThat(foo.get(key)).isEqualTo("before");
        }
    }

    @Test
    void anUnknownUserAndADisabledUserGetTheSameClearError() {
        for (String user : List.of("ghost", "retired")) {
            configure(user, PASSWORD);
            try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
                Throwable error = catchThrowable(() -> container.select(FooUser.class).get().foo().get("k"));
                assertThat(error).isInstanceOf(RedisAccessDeniedException.class)
                        .hasMessageContaining("client 'foo' could not authenticate as ACL user '" + user + "'")
                        .hasMessageContaining("exists and is enabled").hasMessageNotContaining(PASSWORD);
            }
        }
    }

    @Test
    void aUserWithoutClusterSlotsGetsAnErrorNamingTheMissingPermission() {
        configure("noslots", PASSWORD);
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            Throwable error = catchThrowable(() -> container.select(FooUser.class).get().foo().get("k"));
            assertThat(error).isInstanceOf(RedisAccessDeniedException.class)
                    .hasMessageContaining("client 'foo' runs as ACL user 'noslots', which lacks a permission")
                    .hasMessageContaining("ACL SETUSER noslots +cluster|slots")
                    .hasMessageNotContaining(PASSWORD);
            LOG.info(() -> "The error a user without cluster|slots sees: " + error.getMessage());
        }
    }

    @Test
    void theLeastPrivilegedUserOfTheReadmeWorks() {
        configure("app", PASSWORD);
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            RedisClusterConnection foo = container.select(FooUser.class).get().foo();
            for (String key : cluster.keyOnEachPrimary()) {
                foo.set(key, "v");
                assertThat(foo.get(key)).isEqualTo("v");
            }
            assertThat(foo.ping()).isEqualTo("PONG");
        }
    }
}
