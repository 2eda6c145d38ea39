package io.github.jakartaredis.cluster.settings;

/**
 * The configuration keys of a client. The full MicroProfile Config key is {@code <client name>.<key>}, for example
 * {@code foo.url}; environment variables follow MicroProfile Config's mapping ({@code FOO_URL},
 * {@code FOO_MAX_CONNECTIONS}). Immutable and thread-safe.
 */
public enum ClusterKey {

    /**
     * Required. Where the cluster is: {@code redis://[[user]:password@]host:port[/0]} or {@code rediss://...} (TLS),
     * several seed nodes separated by commas; an IPv6 host in brackets ({@code redis://[::1]:7000}). Any node of the
     * cluster will do; the client discovers the rest. The credentials end at the last {@code @}; see {@link RedisUrl}.
     */
    URL("url"),

    /**
     * The most connections the client holds checked out at once, over all nodes together (default 64). A caller
     * who finds none free waits up to {@link #TIMEOUT}, then gets a {@code PoolExhaustedException}.
     */
    MAX_CONNECTIONS("max_connections"),

    /**
     * How long to wait for a connection, from the pool or from the network (default {@code 2 seconds}); also the
     * default of {@link #SOCKET_CONNECT_TIMEOUT} and {@link #SOCKET_TIMEOUT}. Like them, 1 ms to 2147483647 ms in
     * whole milliseconds: Jedis takes {@code int} milliseconds and reads 0 as "no timeout".
     */
    TIMEOUT("timeout"),

    /** How long a TCP connect to a node may take (default: {@link #TIMEOUT}). */
    SOCKET_CONNECT_TIMEOUT("socket_connect_timeout"),

    /** How long to wait for a node's reply (default: {@link #TIMEOUT}); blocking commands wait as they ask. */
    SOCKET_TIMEOUT("socket_timeout"),

    /**
     * {@code true}: read-only commands are spread over the primary and the replicas of the key's slot; writes always
     * go to the primary (default {@code false}).
     */
    READ_FROM_REPLICAS("read_from_replicas"),

    /**
     * Whether the client's MicroProfile Health readiness and startup checks are registered (default {@code true});
     * read by the CDI layer, which registers them only when the runtime has MicroProfile Health.
     */
    HEALTH_ENABLED("health.enabled"),

    /** How many times a failed command is retried against its node (default 0): the {@code Retry}'s retries. */
    RETRY_RETRIES("retry.retries"),

    /**
     * The pause between retries (default {@code no_backoff}): {@code no_backoff}, {@code constant},
     * {@code exponential}, {@code full_jitter}, {@code equal_jitter}, {@code decorrelated_jitter},
     * {@code exponential_with_jitter}.
     */
    RETRY_BACKOFF("retry.backoff"),

    /** The backoff's base (default {@code 8ms}); for {@code constant}, the constant pause. */
    RETRY_BACKOFF_BASE("retry.backoff.base"),

    /** The longest pause the backoff computes (default {@code 512ms}). */
    RETRY_BACKOFF_CAP("retry.backoff.cap"),

    /**
     * {@code true} (the default, as in redis-py): a node that does not answer within {@link #SOCKET_TIMEOUT} is
     * retried like a connection error; {@code false}: not retried, for writes that must not be applied twice.
     */
    RETRY_ON_TIMEOUT("retry_on_timeout"),

    /**
     * More error kinds to retry on, comma-separated, beyond connection errors and CLUSTERDOWN (default none):
     * {@code connection_error}, {@code timeout}, {@code cluster_down}, {@code busy_loading}, {@code readonly},
     * {@code master_down}, {@code try_again}, {@code busy}.
     */
    RETRY_ON_ERROR("retry_on_error"),

    /**
     * How many times, once a node's retries are spent, the client refreshes the topology without that node and
     * starts a new cycle of retries (default 3).
     */
    CLUSTER_ERROR_RETRY_ATTEMPTS("cluster_error_retry_attempts"),

    /**
     * The share of read commands, 0 to 1, whose keys are counted in the sorted set {@code {hotkeys:<name>}:reads}
     * (default 0: none).
     */
    TRACK_KEY_READS_SAMPLE_RATE("track_key_reads_sample_rate"),

    /**
     * The share of write commands, 0 to 1, whose keys are counted in the sorted set {@code {hotkeys:<name>}:writes}
     * (default 0: none).
     */
    TRACK_KEY_WRITES_SAMPLE_RATE("track_key_writes_sample_rate"),

    /**
     * With {@code rediss://}: the trust store holding the CA certificates the nodes' certificates must chain to, a
     * file path or {@code classpath:<resource>} (default: the JVM's default trust, {@code cacerts} or
     * {@code javax.net.ssl.trustStore}).
     */
    TLS_TRUST_STORE("tls.trust_store"),

    /** The type of {@link #TLS_TRUST_STORE}, e.g. {@code PKCS12} or {@code JKS} (default {@code PKCS12}). */
    TLS_TRUST_STORE_TYPE("tls.trust_store.type"),

    /** The password of {@link #TLS_TRUST_STORE} (default none). A secret: never shown in a message or log. */
    TLS_TRUST_STORE_PASSWORD("tls.trust_store.password"),

    /**
     * For mutual TLS (nodes with {@code tls-auth-clients yes}): the key store holding the client's private key and
     * certificate, a file path or {@code classpath:<resource>} (default none: no client certificate is shown).
     */
    TLS_KEY_STORE("tls.key_store"),

    /** The type of {@link #TLS_KEY_STORE}, e.g. {@code PKCS12} or {@code JKS} (default {@code PKCS12}). */
    TLS_KEY_STORE_TYPE("tls.key_store.type"),

    /**
     * The password of {@link #TLS_KEY_STORE} and of the key in it (default none). A secret: never shown in a message
     * or log.
     */
    TLS_KEY_STORE_PASSWORD("tls.key_store.password"),

    /**
     * {@code false}: a node's certificate need not name the host the client connects to; the chain is still checked
     * against the trust store (default {@code true}). A warning is logged once when it is off.
     */
    TLS_VERIFY_HOSTNAME("tls.verify_hostname");

    private final String suffix;

    ClusterKey(String suffix) {
        this.suffix = suffix;
    }

    /** @return the key after the client's name, e.g. {@code max_connections} */
    public String suffix() {
        return suffix;
    }

    /**
     * @param client the client's name, not null
     * @return the full configuration key, e.g. {@code foo.max_connections}
     */
    public String of(String client) {
        return client + "." + suffix;
    }
}
