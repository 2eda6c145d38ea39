package io.github.jakartaredis.cluster;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisClusterOperationException;

/**
 * A command failed on every attempt its client's {@link io.github.jakartaredis.cluster.retry.Retry Retry} and {@code cluster_error_retry_attempts} allowed.
 * The cause is the last attempt's error. Immutable and thread-safe.
 */
public class ClusterRetriesExhaustedException extends JedisClusterOperationException {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final int attempts;
    private final int topologyRefreshes;

    /**
     * @param command the lowercase command name, not null
     * @param node the node the last attempt went to, null when none was reached
     * @param attempts how many attempts were made
     * @param topologyRefreshes how many topology refreshes happened between cycles of retries
     * @param lastCause the last attempt's error, not null
     */
    public ClusterRetriesExhaustedException(String command, HostAndPort node, int attempts, int topologyRefreshes,
            RuntimeException lastCause) {
        super(command.toUpperCase(java.util.Locale.ROOT) + " failed on node " + (node == null ? "(none)" : node)
                + " after " + attempts + (attempts == 1 ? " attempt" : " attempts") + " and " + topologyRefreshes
                + (topologyRefreshes == 1 ? " topology refresh" : " topology refreshes") + "; last error: "
                + lastCause.getClass().getSimpleName() + ": " + lastCause.getMessage(), lastCause, node);
        this.command = command;
        this.attempts = attempts;
        this.topologyRefreshes = topologyRefreshes;
    }

    /** @return the lowercase command name */
    public String command() {
        return command;
    }

    /** @return how many attempts were made */
    public int attempts() {
        return attempts;
    }

    /** @return how many topology refreshes happened before giving up */
    public int topologyRefreshes() {
        return topologyRefreshes;
    }
}
