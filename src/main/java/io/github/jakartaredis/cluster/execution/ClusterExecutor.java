package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.ClusterRetriesExhaustedException;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.retry.Retry;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * Runs the commands of one client on the cluster: keyed commands on their slot's node ({@link KeyedAttempt}),
 * commands spanning nodes per node in parallel ({@link CrossNodeAttempt}), and pipelines. Each command runs under
 * the client's {@link Retry} (the one retry loop), in cycles: once a node's retries are spent and
 * {@code cluster_error_retry_attempts} allows, the topology is refreshed without that node and a new cycle starts.
 * Only when the last cycle fails does the caller see {@link ClusterRetriesExhaustedException}. Thread-safe.
 */
public final class ClusterExecutor {

    private static final Logger LOG = Logger.getLogger(ClusterExecutor.class.getName());

    private final CommandPath path;
    private final NodeBatches batches;
    private final Retry retry;
    private final int clusterErrorRetryAttempts;
    private final boolean readFromReplicas;

    /**
     * @param nodes the slot map and per-node pools, not null
     * @param topology reloads of the slot map, not null
     * @param replicas the live replicas of each slot; null when replicas are not read from
     * @param limit the client-wide connection limit, not null
     * @param retry the per-node retry, in its cluster form ({@link Retry#forCluster()}); not null
     * @param clusterErrorRetryAttempts how many refresh-and-retry cycles follow the first, at least 0
     * @param readFromReplicas whether read-only commands may be served by the slot's replicas
     * @param socketTimeout the client's {@code socket_timeout}, not null
     * @param nodeWorkers send other nodes' batches while the caller sends one; not null
     */
    public ClusterExecutor(ClusterNodes nodes, TopologyRefresh topology, ReplicaMap replicas, ConnectionLimit limit,
            Retry retry, int clusterErrorRetryAttempts, boolean readFromReplicas, Duration socketTimeout,
            Executor nodeWorkers) {
        this.path = new CommandPath(nodes, new NodeChoice(nodes, readFromReplicas ? replicas : null), limit,
                topology, (int) Math.min(Integer.MAX_VALUE, socketTimeout.toMillis()));
        this.batches = new NodeBatches(path, nodeWorkers);
        // a command waiting out its backoff moves as soon as a reload shows a new primary for some slot
        this.retry = retry.withSleeper(topology::awaitChange);
        this.clusterErrorRetryAttempts = clusterErrorRetryAttempts;
        this.readFromReplicas = readFromReplicas;
    }

    /**
     * Runs a keyed command on the primary of its first key's slot (or, for a read with {@code read_from_replicas},
     * possibly one of its replicas).
     *
     * @param command the command, with at least one key; not null
     * @param events hears of attempts, retries, redirects and refreshes; not null
     * @param <T> the reply type
     * @return the reply
     */
    public <T> T execute(CommandObject<T> command, CommandEvents events) {
        boolean replicaRead = readFromReplicas && CommandTraits.of(command.getArguments()).readOnly()
                && ThreadLocalRandom.current().nextBoolean();
        return withCycles(new KeyedAttempt<>(path, command, NodeChoice.slotOf(command.getArguments()), replicaRead,
                events));
    }

    /**
     * Runs a keyed command on its slot's primary, never on a replica: for the parts of a command that were
     * redirected. A replica does not know that its primary migrates a slot, so during a migration it answers "no
     * such key" where the primary would have sent the reader on with ASK.
     */
    <T> T executeOnPrimary(CommandObject<T> command, CommandEvents events) {
        return withCycles(new KeyedAttempt<>(path, command, NodeChoice.slotOf(command.getArguments()), false, events));
    }

    /**
     * As {@link #execute(CommandObject, CommandEvents)}, reporting no events.
     *
     * @param command the command, with at least one key; not null
     * @param <T> the reply type
     * @return the reply
     */
    public <T> T execute(CommandObject<T> command) {
        return execute(command, CommandEvents.NONE);
    }

    /**
     * Runs commands that span nodes, such as the per-slot parts of a multi-key command, as one command with one
     * retry budget ({@link CrossNodeAttempt}).
     *
     * @param parts keyed commands, each with keys of one slot; not null, not empty
     * @param events hears of attempts, retries, redirects and refreshes; not null
     * @return the built reply of each part, in order
     */
    public List<Object> executeAcrossNodes(List<CommandObject<?>> parts, CommandEvents events) {
        return withCycles(new CrossNodeAttempt(batches, this, retry, parts, events, path.topology()));
    }

    /**
     * Runs a pipeline: each node's commands in one batch, the nodes in parallel; a command answered with MOVED or
     * ASK runs again on its own through the keyed path. Nothing else is retried: the failed commands of a node
     * may or may not have been applied.
     *
     * @param commands keyed commands, not null
     * @param events hears of the redirected commands' attempts; not null
     * @return for each command, in order, its raw reply or the {@link RuntimeException} it ended with
     */
    public List<Object> executePipeline(List<CommandObject<?>> commands, CommandEvents events) {
        Object[] replies = new Object[commands.size()];
        boolean[] pending = new boolean[commands.size()];
        Arrays.fill(pending, true);
        batches.send(commands, pending, replies, new HostAndPort[commands.size()]);
        for (int i = 0; i < replies.length; i++) {
            if (replies[i] instanceof JedisRedirectionException || replies[i] == NodeBatches.NO_NODE) {
                try {
                    replies[i] = executeOnPrimary(CrossNodeAttempt.raw(commands.get(i)), events);
                } catch (RuntimeException e) {
                    replies[i] = e;
                }
            }
        }
        return Arrays.asList(replies);
    }

    /**
     * Runs an action holding one connection permit, for commands that Jedis's own client runs (keyless and
     * broadcast commands).
     *
     * @param action the action, not null
     * @param <T> the reply type
     * @return the action's result
     */
    public <T> T withPermit(Supplier<T> action) {
        path.limit().acquire();
        try {
            return action.get();
        } finally {
            path.limit().release();
        }
    }

    private <T> T withCycles(CommandAttempt<T> attempt) {
        for (int cycles = 0; ; cycles++) {
            try {
                return retry.call(attempt, attempt);
            } catch (RuntimeException e) {
                if (!retry.retriesOn(e) || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                if (cycles >= clusterErrorRetryAttempts) {
                    throw new ClusterRetriesExhaustedException(attempt.commandName(), attempt.node, attempt.attempts,
                            cycles, e);
                }
                attempt.newCycle();
                RedisErrorKind kind = RedisErrorKind.of(e).orElse(null);
                boolean nodeFailed = kind == RedisErrorKind.CONNECTION || kind == RedisErrorKind.TIMEOUT;
                path.topology().refreshWithout(attempt.node, nodeFailed);
            }
        }
    }

    /** Gives a connection back; a broken one whose pool cannot take it back must not hide the command's outcome. */
    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing a connection failed: {0}", e.toString());
        }
    }

    /**
     * @param command a keyed command, not null
     * @return the primary serving the slot of the command's first key now, or null when the slot map has none
     */
    public HostAndPort nodeOf(CommandObject<?> command) {
        return path.nodes().primaryOf(NodeChoice.slotOf(command.getArguments()));
    }

    /** @return how many topology refreshes were made so far (between cycles and in the background) */
    public long topologyRefreshes() {
        return path.topology().refreshes();
    }

    /** @return the seed nodes still used for topology refreshes */
    public List<HostAndPort> seeds() {
        return path.topology().seeds();
    }
}
