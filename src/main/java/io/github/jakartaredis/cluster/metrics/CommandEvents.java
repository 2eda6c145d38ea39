package io.github.jakartaredis.cluster.metrics;

/**
 * What happens to one command on its way to a reply, as the command path reports it: each attempt's node, each
 * failure that is retried, each redirect and each topology refresh. A tracing backend turns these into span
 * attributes and events; {@link #NONE} ignores them. Implementations are used by one command at a time, on the
 * threads that run it, and must be cheap: they are called on the command's hot path. Never given a key or a value.
 */
public interface CommandEvents {

    /** Ignores every event; shared. */
    CommandEvents NONE = new CommandEvents() { };

    /**
     * An attempt is about to be sent.
     *
     * @param host the node's host, not null
     * @param port the node's port
     */
    default void attempt(String host, int port) {
    }

    /**
     * An attempt failed with an error that is retried (against the same node, or after a topology refresh).
     *
     * @param error the failure, not null
     * @param failures the failures counted so far in this cycle, from 1
     */
    default void retry(RuntimeException error, int failures) {
    }

    /**
     * The node answered MOVED or ASK; the command follows it.
     *
     * @param ask whether it was ASK (else MOVED)
     * @param host the target node's host, not null
     * @param port the target node's port
     */
    default void redirect(boolean ask, String host, int port) {
    }

    /** The command's retries on a node ran out and the client reloaded the cluster's topology for a new cycle. */
    default void topologyRefresh() {
    }
}
