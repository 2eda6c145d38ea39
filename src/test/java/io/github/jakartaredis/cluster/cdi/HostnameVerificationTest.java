package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.CapturedLog;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import io.github.jakartaredis.cluster.testing.TestCertificates;
import io.github.jakartaredis.cluster.testing.TestConfig;
import io.github.jakartaredis.cluster.testing.TlsNodes;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Nodes whose certificate names {@code localhost} only, while the client connects to {@code 127.0.0.1} (the address
 * the nodes announce), on a TLS cluster of this class's own.
 */
class HostnameVerificationTest {

    private static final Logger LOG = Logger.getLogger(HostnameVerificationTest.class.getName());

    @RegisterExtension
    static final OwnCluster own = new OwnCluster();

    private static LocalRedisCluster cluster;

    @BeforeAll
    static void startTlsCluster() {
        TlsNodes.assumeTlsAvailable();
        cluster = own.start(LocalRedisCluster.builder().tls(TlsNodes.certificateForLocalhostOnly()));
    }

    private static Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("foo.url", cluster.seedUrl());
        config.put("foo.tls.trust_store", TestCertificates.get().trustStore().toString());
        config.put("foo.tls.trust_store.password", TestCertificates.STORE_PASSWORD);
        return config;
    }

    @Test
    void aCertificateNotNamingTheHostGivesAnErrorNamingTheHost() {
        TestConfig.use(config());
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            Throwable error = catchThrowable(() -> container.select(FooUser.class).get().foo().get("k"));
            LOG.info(() -> "A certificate for another host: " + error);
            assertThat(error).isInstanceOf(JedisConnectionException.class)
                    .hasMessageContaining("client 'foo' could not open a TLS connection")
                    .hasMessageContaining("127.0.0.1")
                    .hasMessageContaining("not issued for the host")
                    .hasMessageContaining("foo.tls.verify_hostname = false");
        }
    }

    @Test
    void withVerificationExplicitlyOffTheClientWorksAndWarnsOnce() {
        Map<String, String> config = config();
        config.put("foo.tls.verify_hostname", "false");
        TestConfig.use(config);
        try (CapturedLog log = CapturedLog.start();
             WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            RedisClusterConnection foo = container.select(FooUser.class).get().foo();
            for (String key : cluster.keyOnEachPrimary()) {
                foo.set(key, "unverified");
                assertThat(foo.get(key)).isEqualTo("unverified");
            }
            assertThat(log.lines().stream().filter(line -> line.contains("host names are not verified")))
                    .hasSize(1);
        }
    }
}
