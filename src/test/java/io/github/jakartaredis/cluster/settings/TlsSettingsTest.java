package io.github.jakartaredis.cluster.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jakartaredis.cluster.testing.TestCertificates;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code tls.*} keys: read, checked against the stores themselves, every problem at once, no secret shown. */
class TlsSettingsTest {

    private static final String WRONG_PASSWORD = "not-the-store-pw-4411";

    private final TestCertificates certificates = TestCertificates.get();
    private final Map<String, String> config = new HashMap<>(Map.of("foo.url", "rediss://app:pw@localhost:7000"));

    private ClusterSettings read() {
        return ClusterSettings.read("foo", key -> Optional.ofNullable(config.get(key)));
    }

    private InvalidSettingsException problems() {
        return catchThrowableOfType(this::read, InvalidSettingsException.class);
    }

    @Test
    void aRedissUrlWithoutTlsKeysUsesTheJvmDefaultTrustAndVerifiesHostNames() {
        TlsSettings tls = read().tls();
        assertThat(tls.trustStore()).isEmpty();
        assertThat(tls.keyStore()).isEmpty();
        assertThat(tls.verifyHostname()).isTrue();
    }

    @Test
    void trustAndKeyStoresAreReadWithTheirTypesAndPasswordsButNeverShown() {
        config.put("foo.tls.trust_store", certificates.trustStore().toString());
        config.put("foo.tls.trust_store.password", TestCertificates.STORE_PASSWORD);
        config.put("foo.tls.key_store", certificates.clientKeyStore().toString());
        config.put("foo.tls.key_store.type", "pkcs12");
        config.put("foo.tls.key_store.password", TestCertificates.STORE_PASSWORD);
        config.put("foo.tls.verify_hostname", "false");
        ClusterSettings settings = read();
        TlsSettings tls = settings.tls();
        assertThat(tls.trustStore().orElseThrow().type()).isEqualTo("PKCS12");
        assertThat(tls.keyStore().orElseThrow().password()).containsExactly(TestCertificates.STORE_PASSWORD
                .toCharArray());
        assertThat(tls.verifyHostname()).isFalse();
        assertThat(settings.toString()).contains(certificates.trustStore().toString())
                .contains(certificates.clientKeyStore().toString()).contains("verifyHostname=false")
                .doesNotContain(TestCertificates.STORE_PASSWORD);
    }

    @Test
    void aTrustStoreOnTheClassPathIsFound() throws Exception {
        URL dir = certificates.trustStore().getParent().toUri().toURL();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            config.put("foo.tls.trust_store", "classpath:truststore.p12");
            config.put("foo.tls.trust_store.password", TestCertificates.STORE_PASSWORD);
            assertThat(read().tls().trustStore().orElseThrow().url()).isEqualTo(new URL(dir, "truststore.p12"));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void everyTlsProblemIsReportedAtOnceWithoutAnyPassword() {
        config.put("foo.tls.trust_store", "/nonexistent/truststore.p12");
        config.put("foo.tls.key_store", certificates.clientKeyStore().toString());
        config.put("foo.tls.key_store.password", WRONG_PASSWORD);
        config.put("foo.tls.verify_hostname", "maybe");
        InvalidSettingsException error = problems();
        assertThat(error.problems()).containsExactlyInAnyOrder(
                "foo.tls.trust_store = '/nonexistent/truststore.p12' is not accepted; accepted: a readable file path"
                        + " or classpath:<resource> (nothing found there)",
                "foo.tls.key_store = '" + certificates.clientKeyStore() + "' is not accepted; accepted: a PKCS12"
                        + " store readable with foo.tls.key_store.password (IOException: keystore password was"
                        + " incorrect)",
                "foo.tls.verify_hostname = 'maybe' is not accepted; accepted: true or false");
        assertThat(error).hasMessageNotContaining(WRONG_PASSWORD);
    }

    @Test
    void aPasswordOrTypeWithoutItsStoreAnUnknownTypeAndATrustStoreWithoutKeyAreProblems() {
        config.put("foo.tls.trust_store.password", WRONG_PASSWORD);
        config.put("foo.tls.key_store", certificates.trustStore().toString());
        config.put("foo.tls.key_store.password", TestCertificates.STORE_PASSWORD);
        InvalidSettingsException error = problems();
        assertThat(error.problems()).containsExactlyInAnyOrder(
                "foo.tls.trust_store.password is set but foo.tls.trust_store is not; accepted:"
                        + " foo.tls.trust_store = a readable file path or classpath:<resource> with it, or neither",
                "foo.tls.key_store = '" + certificates.trustStore() + "' is not accepted; accepted: a PKCS12 store"
                        + " readable with foo.tls.key_store.password (it holds no private key)");

        config.clear();
        config.put("foo.url", "rediss://localhost:7000");
        config.put("foo.tls.trust_store", "classpath:junit-platform.properties");
        config.put("foo.tls.trust_store.type", "NOPE");
        assertThat(problems().problems()).containsExactly("foo.tls.trust_store.type = 'NOPE' is not accepted;"
                + " accepted: a key store type of this JVM, e.g. PKCS12 or JKS");
        assertThat(problems()).hasMessageNotContaining(WRONG_PASSWORD).hasMessageNotContaining(
                TestCertificates.STORE_PASSWORD);
    }

    @Test
    void tlsKeysWithAPlainRedisUrlAreAProblem() {
        config.put("foo.url", "redis://localhost:7000");
        config.put("foo.tls.trust_store", certificates.trustStore().toString());
        config.put("foo.tls.trust_store.password", TestCertificates.STORE_PASSWORD);
        assertThat(problems().problems()).containsExactly("foo.tls.trust_store is set but foo.url is redis:// (no"
                + " TLS); accepted: a rediss:// URL with the tls.* keys, or no tls.* keys");
    }
}
