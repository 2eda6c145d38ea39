package io.github.jakartaredis.cluster.settings;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The TLS part of a client's settings: the trust store, the key store for mutual TLS and whether host names are
 * verified. Both stores are read once at deployment to check them. Immutable and thread-safe; {@link #toString()}
 * never shows a store password.
 *
 * <p>A store is a file path or {@code classpath:<resource>}. With {@code rediss://} and no trust store the JVM's
 * default trust applies (its {@code cacerts}, or {@code javax.net.ssl.trustStore}).
 */
public final class TlsSettings {

    /** The prefix of a store found on the class path, e.g. {@code classpath:redis-truststore.p12}. */
    public static final String CLASSPATH_PREFIX = "classpath:";
    /** The store type used when none is configured. */
    public static final String DEFAULT_STORE_TYPE = "PKCS12";

    private static final Logger LOG = Logger.getLogger(TlsSettings.class.getName());
    private static final String STORE_ACCEPTED = "a readable file path or " + CLASSPATH_PREFIX + "<resource>";

    private final Store trustStore;
    private final Store keyStore;
    private final boolean verifyHostname;

    private TlsSettings(Store trustStore, Store keyStore, boolean verifyHostname) {
        this.trustStore = trustStore;
        this.keyStore = keyStore;
        this.verifyHostname = verifyHostname;
    }

    /** @return no stores, host names verified: what a client without {@code tls.*} keys uses */
    public static TlsSettings defaults() {
        return new TlsSettings(null, null, true);
    }

    /**
     * Reads the {@code tls.*} keys, reporting every problem to {@code problems}.
     *
     * @param client the client's name
     * @param value a key's trimmed, non-empty value, or empty
     * @param rediss whether the URL is {@code rediss://}; null when the URL is missing or invalid
     * @param problems receives one message per problem
     */
    static TlsSettings read(String client, Function<ClusterKey, Optional<String>> value, Boolean rediss,
            Consumer<String> problems) {
        Store trust = store(client, value, problems, ClusterKey.TLS_TRUST_STORE, ClusterKey.TLS_TRUST_STORE_TYPE,
                ClusterKey.TLS_TRUST_STORE_PASSWORD);
        Store key = store(client, value, problems, ClusterKey.TLS_KEY_STORE, ClusterKey.TLS_KEY_STORE_TYPE,
                ClusterKey.TLS_KEY_STORE_PASSWORD);
        boolean verify = true;
        Optional<String> verifyText = value.apply(ClusterKey.TLS_VERIFY_HOSTNAME);
        if (verifyText.isPresent()) {
            if (verifyText.get().equals("true") || verifyText.get().equals("false")) {
                verify = Boolean.parseBoolean(verifyText.get());
            } else {
                problems.accept(ClusterKey.TLS_VERIFY_HOSTNAME.of(client) + " = '" + verifyText.get()
                        + "' is not accepted; accepted: true or false");
            }
        }
        if (Boolean.FALSE.equals(rediss)) {
            for (ClusterKey tlsKey : new ClusterKey[] {ClusterKey.TLS_TRUST_STORE, ClusterKey.TLS_KEY_STORE,
                    ClusterKey.TLS_VERIFY_HOSTNAME}) {
                if (value.apply(tlsKey).isPresent()) {
                    problems.accept(tlsKey.of(client) + " is set but " + ClusterKey.URL.of(client)
                            + " is redis:// (no TLS); accepted: a rediss:// URL with the tls.* keys, or no tls.* keys");
                }
            }
        } else if (!verify) {
            LOG.warning(() -> "Redis cluster client '" + client + "': " + ClusterKey.TLS_VERIFY_HOSTNAME.of(client)
                    + " = false, so TLS host names are not verified: any node with a certificate from a trusted CA"
                    + " is accepted, whatever host it was issued for");
        }
        return new TlsSettings(trust, key, verify);
    }

    private static Store store(String client, Function<ClusterKey, Optional<String>> value, Consumer<String> problems,
            ClusterKey locationKey, ClusterKey typeKey, ClusterKey passwordKey) {
        Optional<String> location = value.apply(locationKey);
        Optional<String> type = value.apply(typeKey);
        Optional<String> password = value.apply(passwordKey);
        if (location.isEmpty()) {
            for (ClusterKey other : new ClusterKey[] {typeKey, passwordKey}) {
                if (value.apply(other).isPresent()) {
                    problems.accept(other.of(client) + " is set but " + locationKey.of(client) + " is not; accepted: "
                            + locationKey.of(client) + " = " + STORE_ACCEPTED + " with it, or neither");
                }
            }
            return null;
        }
        String storeType = type.orElse(DEFAULT_STORE_TYPE).toUpperCase(Locale.ROOT);
        try {
            KeyStore.getInstance(storeType);
        } catch (GeneralSecurityException e) {
            problems.accept(typeKey.of(client) + " = '" + type.orElse("") + "' is not accepted; accepted: a key store"
                    + " type of this JVM, e.g. PKCS12 or JKS");
            return null;
        }
        Optional<URL> url = locate(location.get());
        if (url.isEmpty()) {
            problems.accept(locationKey.of(client) + " = '" + location.get() + "' is not accepted; accepted: "
                    + STORE_ACCEPTED + " (nothing found there)");
            return null;
        }
        Store store = new Store(location.get(), url.get(), storeType, password.orElse(null));
        Optional<String> unreadable = store.problem(locationKey == ClusterKey.TLS_KEY_STORE);
        if (unreadable.isPresent()) {
            problems.accept(locationKey.of(client) + " = '" + location.get() + "' is not accepted; accepted: a "
                    + storeType + " store readable with " + passwordKey.of(client) + " (" + unreadable.get() + ")");
            return null;
        }
        return store;
    }

    private static Optional<URL> locate(String location) {
        if (location.startsWith(CLASSPATH_PREFIX)) {
            String resource = location.substring(CLASSPATH_PREFIX.length()).replaceFirst("^/", "");
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            URL found = context == null ? null : context.getResource(resource);
            return Optional.ofNullable(found != null ? found : TlsSettings.class.getClassLoader().getResource(resource));
        }
        try {
            Path path = Path.of(location);
            return Files.isRegularFile(path) && Files.isReadable(path)
                    ? Optional.of(path.toAbsolutePath().toUri().toURL()) : Optional.empty();
        } catch (InvalidPathException | MalformedURLException e) {
            return Optional.empty();
        }
    }

    /** @return the trust store, or empty for the JVM's default trust */
    public Optional<Store> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    /** @return the key store holding the client's certificate for mutual TLS, or empty when none is shown */
    public Optional<Store> keyStore() {
        return Optional.ofNullable(keyStore);
    }

    /** @return {@code tls.verify_hostname}: whether a node's certificate must name the host connected to */
    public boolean verifyHostname() {
        return verifyHostname;
    }

    @Override
    public String toString() {
        return "TlsSettings[trustStore=" + (trustStore == null ? "JVM default" : trustStore) + ", keyStore="
                + (keyStore == null ? "none" : keyStore) + ", verifyHostname=" + verifyHostname + "]";
    }

    /**
     * A configured key or trust store. Immutable and thread-safe; {@link #toString()} shows the location and type,
     * never the password.
     */
    public static final class Store {
        private final String location;
        private final URL url;
        private final String type;
        private final String password;

        Store(String location, URL url, String type, String password) {
            this.location = location;
            this.url = url;
            this.type = type;
            this.password = password;
        }

        /** @return where the store is, as configured: a path or {@code classpath:<resource>} */
        public String location() {
            return location;
        }

        /** @return the store, as a URL to read it from */
        public URL url() {
            return url;
        }

        /** @return the store type, upper case, e.g. {@code PKCS12} */
        public String type() {
            return type;
        }

        /** @return a new copy of the password, or null when none is configured; never log it */
        public char[] password() {
            return password == null ? null : password.toCharArray();
        }

        /** Loads the store; empty if fine, else why not (the message never holds the password). */
        Optional<String> problem(boolean needsKey) {
            try (InputStream in = url.openStream()) {
                KeyStore store = KeyStore.getInstance(type);
                store.load(in, password());
                boolean hasKey = false;
                boolean hasCertificate = false;
                for (String alias : Collections.list(store.aliases())) {
                    if (store.isKeyEntry(alias)) {
                        hasKey = true;
                        store.getKey(alias, password());
                    }
                    hasCertificate |= store.getCertificate(alias) != null;
                }
                if (needsKey && !hasKey) {
                    return Optional.of("it holds no private key");
                }
                return hasCertificate ? Optional.empty() : Optional.of("it holds no certificate");
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return location + " (" + type + (password == null ? "" : ", password ****") + ")";
        }
    }
}
