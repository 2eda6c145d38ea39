package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.SslVerifyMode;

/**
 * How the nodes of a {@link LocalRedisCluster} speak TLS ({@link LocalRedisCluster.Builder#tls(TlsNodes)}): TLS
 * only ({@code port 0}), also between nodes ({@code tls-cluster yes}) and to replicas ({@code tls-replication yes}),
 * with {@link TestCertificates}. Immutable and thread-safe.
 */
public final class TlsNodes {

    private static final Map<Path, Optional<String>> MISSING_TLS = new ConcurrentHashMap<>();

    private final boolean clientCertificates;
    private final boolean localhostOnly;

    private TlsNodes(boolean clientCertificates, boolean localhostOnly) {
        this.clientCertificates = clientCertificates;
        this.localhostOnly = localhostOnly;
    }

    /** @return nodes with a certificate for {@code 127.0.0.1} and {@code localhost}, no client certificates asked */
    public static TlsNodes serverCertificate() {
        return new TlsNodes(false, false);
    }

    /** @return as {@link #serverCertificate()}, and clients must show a certificate ({@code tls-auth-clients yes}) */
    public static TlsNodes clientCertificatesRequired() {
        return new TlsNodes(true, false);
    }

    /** @return nodes whose certificate names {@code localhost} only, while they announce {@code 127.0.0.1} */
    public static TlsNodes certificateForLocalhostOnly() {
        return new TlsNodes(false, true);
    }

    /**
     * Skips the calling test (a JUnit assumption), saying why, when the binary the fixture would use has no TLS or
     * {@code openssl}, which makes the test certificates, is missing.
     */
    public static void assumeTlsAvailable() {
        Path binary = RedisBinary.resolve();
        Optional<String> missing = MISSING_TLS.computeIfAbsent(binary, TlsNodes::whyNoTls)
                .or(() -> MISSING_TLS.computeIfAbsent(Path.of("openssl"), TlsNodes::whyNoOpenssl));
        Assumptions.assumeTrue(missing.isEmpty(), () -> "TLS tests skipped: " + missing.orElse(""));
    }

    private static Optional<String> whyNoOpenssl(Path openssl) {
        try {
            Process process = new ProcessBuilder(openssl.toString(), "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? Optional.empty()
                    : Optional.of("openssl version failed; the tests generate their certificates with openssl");
        } catch (IOException e) {
            return Optional.of("openssl is not installed; the tests generate their certificates with it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for openssl");
        }
    }

    /** A build with TLS tries to load the certificate it is given; one without does not get that far. */
    private static Optional<String> whyNoTls(Path binary) {
        try {
            Process process = new ProcessBuilder(binary.toString(), "--port", "0", "--tls-port", "1",
                    "--tls-cert-file", "/nonexistent/cert", "--tls-key-file", "/nonexistent/key",
                    "--tls-ca-cert-file", "/nonexistent/ca").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return output.contains("Failed to load certificate") || output.contains("Failed to configure TLS")
                    ? Optional.empty()
                    : Optional.of(binary + " was built without TLS (it did not try to load a TLS certificate); "
                            + "install Debian's redis-server or set REDIS_SERVER to a build with TLS");
        } catch (IOException e) {
            return Optional.of("could not run " + binary + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking " + binary + " for TLS");
        }
    }

    /** @return whether clients must show a certificate */
    public boolean clientCertificates() {
        return clientCertificates;
    }

    /** redis.conf lines after {@code port 0}, for a node listening with TLS on {@code port}. */
    String config(int port) {
        TestCertificates certificates = TestCertificates.get();
        Path cert = localhostOnly ? certificates.localhostOnlyNodeCertificate() : certificates.nodeCertificate();
        Path key = localhostOnly ? certificates.localhostOnlyNodeKey() : certificates.nodeKey();
        return "tls-port " + port + "\n"
                + "tls-cluster yes\n"
                + "tls-replication yes\n"
                + "tls-ca-cert-file " + quote(certificates.caCertificate()) + "\n"
                + "tls-cert-file " + quote(cert) + "\n"
                + "tls-key-file " + quote(key) + "\n"
                + "tls-auth-clients " + (clientCertificates ? "yes" : "no") + "\n";
    }

    /**
     * The fixture's own connections: the test CA trusted, the client certificate shown, host names not checked (the
     * fixture must reach the nodes whatever their certificate names).
     */
    JedisClientConfig adminConfig(int connectMillis, int socketMillis) {
        TestCertificates certificates = TestCertificates.get();
        char[] password = TestCertificates.STORE_PASSWORD.toCharArray();
        SslOptions ssl = SslOptions.builder()
                .truststore(certificates.trustStore().toFile(), password).trustStoreType("PKCS12")
                .keystore(certificates.clientKeyStore().toFile(), password).keyStoreType("PKCS12")
                .sslVerifyMode(SslVerifyMode.CA)
                .build();
        return DefaultJedisClientConfig.builder().connectionTimeoutMillis(connectMillis)
                .socketTimeoutMillis(socketMillis).ssl(true).sslOptions(ssl).build();
    }

    private static String quote(Path path) {
        return '"' + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public String toString() {
        return "TlsNodes[clientCertificates=" + clientCertificates + ", localhostOnly=" + localhostOnly + "]";
    }
}
