package io.github.jakartaredis.cluster.client;

import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.settings.TlsSettings;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.SslVerifyMode;

/**
 * Turns a client's settings into the Jedis client configuration its connections are made with: timeouts,
 * credentials, client name and, for {@code rediss://}, Jedis's {@link SslOptions} (trust store, key store, host name
 * verification); {@code READONLY} only on the connections that read from replicas. Stateless and thread-safe.
 */
public final class JedisClientSettings {

    /** The prefix of the name every connection gives itself ({@code CLIENT SETNAME}), followed by the client's. */
    public static final String CLIENT_NAME_PREFIX = "redis-cluster-cdi:";

    private JedisClientSettings() {
    }

    /**
     * @param settings the client's validated settings, not null
     * @return the configuration of the client's connections to primaries (and of its reloads): these never send
     *     {@code READONLY}, so that a node demoted since the slot map was read redirects them with MOVED
     */
    public static JedisClientConfig of(ClusterSettings settings) {
        return builder(settings).build();
    }

    /**
     * @param settings the client's validated settings, not null
     * @return the configuration of the connections that read from replicas: as {@link #of(ClusterSettings)}, with
     *     {@code READONLY}
     */
    public static JedisClientConfig forReplicaReads(ClusterSettings settings) {
        return builder(settings).readOnlyForRedisClusterReplicas().build();
    }

    private static DefaultJedisClientConfig.Builder builder(ClusterSettings settings) {
        DefaultJedisClientConfig.Builder builder = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(Math.toIntExact(settings.socketConnectTimeout().toMillis()))
                .socketTimeoutMillis(Math.toIntExact(settings.socketTimeout().toMillis()))
                .user(settings.url().user())
                .password(settings.url().password())
                .ssl(settings.url().tls())
                .protocol(RedisProtocol.RESP2)
                .clientName(CLIENT_NAME_PREFIX + settings.client());
        if (settings.url().tls()) {
            builder.sslOptions(sslOptions(settings.tls()));
        }
        return builder;
    }

    /**
     * Jedis's TLS options: the configured trust store (else the JVM's default trust, as Jedis uses no trust
     * managers of its own then), the key store when one is configured, and full verification (chain and host name)
     * unless {@code tls.verify_hostname = false}, which keeps the chain check ({@link SslVerifyMode#CA}).
     */
    static SslOptions sslOptions(TlsSettings tls) {
        SslOptions.Builder ssl = SslOptions.builder()
                .sslVerifyMode(tls.verifyHostname() ? SslVerifyMode.FULL : SslVerifyMode.CA);
        tls.trustStore().ifPresent(store -> ssl.truststore(store.url(), store.password())
                .trustStoreType(store.type()));
        tls.keyStore().ifPresent(store -> ssl.keystore(store.url(), store.password()).keyStoreType(store.type()));
        return ssl.build();
    }
}
