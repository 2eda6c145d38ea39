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
import redis.clients.jedis.exceptions.JedisException;

/** Nodes that require a client certificate ({@code tls-auth-clients yes}), on a TLS cluster of this class's own. */
class MutualTlsTest {

    private static final Logger LOG = Logger.getLogger(MutualTlsTest.class.getName());

    @RegisterExtension
    static final OwnCluster own = new OwnCluster();

    private static LocalRedisCluster cluster;

    @BeforeAll
    static void startTlsCluster() {
        TlsNodes.assumeTlsAvailable();
        cluster = own.start(LocalRedisCluster.builder().tls(TlsNodes.clientCertificatesRequired()));
    }

    private static Map<String, String> trustOnly() {
        Map<String, String> config = new HashMap<>();
        config.put("foo.url", cluster.seedUrl());
        config.put("foo.tls.trust_store", TestCertificates.get().trustStore().toString());
        config.put("foo.tls.trust_store.password", TestCertificates.STORE_PASSWORD);
        return config;
    }

    @Test
    void withTheKeyStoreTheClientShowsItsCertificateAndWorks() {
        Map<String, String> config = trustOnly();
        config.put("foo.tls.key_store", TestCertificates.get().clientKeyStore().toString());
        config.put("foo.tls.key_store.password", TestCertificates.STORE_PASSWORD);
        TestConfig.use(config);
        try (CapturedLog log = CapturedLog.start();
             WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            RedisClusterConnection foo = container.select(FooUser.class).get().foo();
            for (String key : cluster.keyOnEachPrimary()) {
                foo.set(key, "mutual");
                assertThat(foo.get(key)).isEqualTo("mutual");
            }
            String all = String.join("\n", log.lines());
            assertThat(all).contains("Redis cluster client 'foo' started")
                    .contains(TestCertificates.get().clientKeyStore().toString())
                    .doesNotContain(TestCertificates.STORE_PASSWORD).doesNotContain("PRIVATE KEY");
        }
    }

    @Test
    void withoutAKeyStoreTheErrorSaysTheNodesAskForAClientCertificate() {
        TestConfig.use(trustOnly());
        try (WeldContainer container = Containers.weld(false, FooUser.class).initialize()) {
            Throwable error = catchThrowable(() -> container.select(FooUser.class).get().foo().get("k"));
            LOG.info(() -> "Without a client certificate: " + error);
            // Redis 7 with OpenSSL 3 sends the alert certificate_required; the embedded Redis 6.2 just closes
            assertThat(error).isInstanceOf(JedisException.class).hasMessageContaining("client 'foo' could not")
                    .hasMessageContaining("ask").hasMessageContaining("client certificate (tls-auth-clients yes)")
                    .hasMessageContaining("set foo.tls.key_store");
        }
    }
}
