package io.github.jakartaredis.cluster.settings;

/**
 * The configuration keys of a client. The full MicroProfile Config key is {@code <client name>.<key>}, for example
 * {@code foo.url}; environment variables follow MicroProfile Config's mapping ({@code FOO_URL},
 * {@code FOO_MAX_CONNECTIONS}). Immutable and thread-safe.
 */
public enum ClusterKey {

    /**
     * Required. Where the cluster is: {@code redis://[[user]:password@]host:port[/0]} or {@code rediss://...} (TLS),
     * several seed nodes separated by commas. Any node of the cluster will do; the client discovers the rest.
     */
    URL("url"),

    /**
     * The most connections the client holds checked out at once, over all nodes together (default 64). A caller
     * who finds none free waits up to {@link #TIMEOUT}, then gets a {@code PoolExhaustedException}.
     */
    MAX_CONNECTIONS("max_connections"),

    /**
     * How long to wait for a connection, from the pool or from the network (default {@code 2 seconds}); also the
     * default of {@link #SOCKET_CONNECT_TIMEOUT} and {@link #SOCKET_TIMEOUT}.
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

    /** {@code true}: a node that does not answer within {@link #SOCKET_TIMEOUT} is retried (default {@code false}). */
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
    TRACK_KEY_WRITES_SAMPLE_RATE("track_key_writes_sample_rate");

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
