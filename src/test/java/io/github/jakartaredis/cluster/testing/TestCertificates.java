package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Certificates for TLS tests, made with {@code openssl} and {@code keytool} once per JVM in
 * {@code target/tls-certificates/}: a CA, a node certificate for {@code 127.0.0.1} and {@code localhost}, a node
 * certificate for {@code localhost} only (to connect to {@code 127.0.0.1} with a name the certificate does not
 * carry), a client certificate, a PKCS12 trust store holding the CA and a PKCS12 key store holding the client's key
 * and certificate. Both stores have the password {@link #STORE_PASSWORD}. Thread-safe.
 */
public final class TestCertificates {

    /** The password of {@link #trustStore()} and {@link #clientKeyStore()}; tests check that no log shows it. */
    public static final String STORE_PASSWORD = "store-pw-7c1e9a";

    private static final Logger LOG = Logger.getLogger(TestCertificates.class.getName());
    private static TestCertificates generated;

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /**
     * @return the certificates, generated on the first call of the JVM
     * @throws IllegalStateException if {@code openssl} or {@code keytool} fails
     */
    public static synchronized TestCertificates get() {
        if (generated == null) {
            Path dir = BuildDirectories.target().resolve("tls-certificates");
            long start = System.nanoTime();
            generate(dir);
            LOG.info(() -> "Generated test certificates in " + dir + " in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            generated = new TestCertificates(dir);
        }
        return generated;
    }

    /** @return the CA certificate (PEM) */
    public Path caCertificate() {
        return dir.resolve("ca.crt");
    }

    /** @return the node certificate (PEM), for {@code 127.0.0.1} and {@code localhost} */
    public Path nodeCertificate() {
        return dir.resolve("node.crt");
    }

    /** @return the node certificate's private key (PEM, unencrypted) */
    public Path nodeKey() {
        return dir.resolve("node.key");
    }

    /** @return a node certificate (PEM) naming {@code localhost} only, not {@code 127.0.0.1} */
    public Path localhostOnlyNodeCertificate() {
        return dir.resolve("localhost-only.crt");
    }

    /** @return the private key of {@link #localhostOnlyNodeCertificate()} */
    public Path localhostOnlyNodeKey() {
        return dir.resolve("localhost-only.key");
    }

    /** @return the client certificate's private key (PEM, unencrypted) */
    public Path clientKey() {
        return dir.resolve("client.key");
    }

    /** @return a PKCS12 trust store holding the CA certificate, password {@link #STORE_PASSWORD} */
    public Path trustStore() {
        return dir.resolve("truststore.p12");
    }

    /** @return a PKCS12 key store holding the client key and certificate, password {@link #STORE_PASSWORD} */
    public Path clientKeyStore() {
        return dir.resolve("client.p12");
    }

    /** @return every private key file, for tests that check that no log shows key material */
    public List<Path> privateKeys() {
        return List.of(dir.resolve("ca.key"), nodeKey(), localhostOnlyNodeKey(), clientKey());
    }

    private static void generate(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String file : List.of("truststore.p12", "client.p12")) {
                Files.deleteIfExists(dir.resolve(file));
            }
            run(dir, "openssl", "req", "-x509", "-new", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", "ca.key", "-out", "ca.crt", "-subj", "/CN=redis-cluster-cdi test CA");
            leaf(dir, "node", "/CN=redis node", "subjectAltName=IP:127.0.0.1,DNS:localhost");
            leaf(dir, "localhost-only", "/CN=localhost", "subjectAltName=DNS:localhost");
            leaf(dir, "client", "/CN=app client", "extendedKeyUsage=clientAuth");
            run(dir, "keytool", "-importcert", "-noprompt", "-alias", "ca", "-file", "ca.crt", "-keystore",
                    "truststore.p12", "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
            run(dir, "openssl", "pkcs12", "-export", "-in", "client.crt", "-inkey", "client.key", "-certfile",
                    "ca.crt", "-name", "client", "-out", "client.p12", "-passout", "pass:" + STORE_PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not generate test certificates in " + dir, e);
        }
    }

    /** A key and a certificate signed by the CA, with one extension line. */
    private static void leaf(Path dir, String name, String subject, String extension) throws IOException {
        Files.writeString(dir.resolve(name + ".ext"), extension + "\n");
        run(dir, "openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out",
                name + ".csr", "-subj", subject);
        run(dir, "openssl", "x509", "-req", "-in", name + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                "-CAcreateserial", "-days", "2", "-sha256", "-extfile", name + ".ext", "-out", name + ".crt");
    }

    private static void run(Path dir, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command[0] + " " + command[1] + " failed in " + dir + ": " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command[0] + " (is it installed?): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
    }
}
