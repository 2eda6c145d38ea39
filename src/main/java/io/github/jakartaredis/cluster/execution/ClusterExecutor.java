package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.Backoff;
import io.github.jakartaredis.cluster.ClusterRetriesExhaustedException;
import io.github.jakartaredis.cluster.Retry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import io.github.jakartaredis.cluster.RedisErrorKind;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisMovedDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.providers.ClusterConnectionProvider;
import redis.clients.jedis.util.JedisClusterCRC16;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Runs keyed commands on the node that owns their slot: follows MOVED and ASK, pauses and retries on TRYAGAIN,
 * retries failures per the client's {@link Retry}, and, once a node's retries are spent, refreshes the topology
 * without that node and starts a new cycle, up to {@code cluster_error_retry_attempts} times. Jedis's own retry
 * loop is not involved, so the user's settings are exactly what happens. With {@code read_from_replicas}, read-only
 * commands go to the slot's primary or one of its replicas at random, and a replica that fails is skipped for the
 * primary without counting as a failure. Thread-safe.
 */
public final class ClusterExecutor {

    /** Redirects followed for one command before giving up: more means the cluster is in a loop. */
    static final int MAX_REDIRECTS = 16;
    /** TRYAGAIN pauses for one command before giving up (TRYAGAIN happens while a slot is migrated). */
    static final int MAX_TRY_AGAIN = 40;
    /** The pause after TRYAGAIN. */
    static final long TRY_AGAIN_PAUSE_MILLIS = 25;

    private static final Logger LOG = Logger.getLogger(ClusterExecutor.class.getName());

    private final ClusterConnectionProvider provider;
    private final JedisClientConfig clientConfig;
    private final ConnectionLimit limit;
    private final Retry retry;
    private final int clusterErrorRetryAttempts;
    private final List<HostAndPort> seeds;
    private final Sleeper sleeper;
    private final AtomicLong topologyRefreshes = new AtomicLong();
    private final boolean readFromReplicas;
    private final Executor nodeWorkers;
    private final AtomicLong lastReplicaRefreshNanos = new AtomicLong(System.nanoTime());

    /** Pauses the calling thread; replaced in tests to record pauses. */
    @FunctionalInterface
    public interface Sleeper {
        /** @param millis how long to pause */
        void sleep(long millis) throws InterruptedException;
    }

    /**
     * @param provider the cluster's slot map and per-node pools, not null
     * @param clientConfig how to open a connection for a topology refresh, not null
     * @param seeds the configured seed nodes, not null
     * @param limit the client-wide connection limit, not null
     * @param retry the per-node retry, not null
     * @param clusterErrorRetryAttempts how many refresh-and-retry cycles follow the first, at least 0
     * @param sleeper how to pause, not null
     * @param readFromReplicas whether read-only commands may be served by the slot's replicas
     * @param nodeWorkers runs the shares of other nodes while the caller runs one, for commands that span nodes;
     *     not null
     */
    public ClusterExecutor(ClusterConnectionProvider provider, JedisClientConfig clientConfig, List<HostAndPort> seeds,
            ConnectionLimit limit, Retry retry, int clusterErrorRetryAttempts, Sleeper sleeper,
            boolean readFromReplicas, Executor nodeWorkers) {
        this.readFromReplicas = readFromReplicas;
        this.nodeWorkers = nodeWorkers;
        this.provider = provider;
        this.clientConfig = clientConfig;
        this.seeds = new CopyOnWriteArrayList<>(seeds);
        this.limit = limit;
        this.retry = retry;
        this.clusterErrorRetryAttempts = clusterErrorRetryAttempts;
        this.sleeper = sleeper;
    }

    /**
     * Runs a command on the primary owning the slot of its first key (or, for a read with {@code read_from_replicas},
     * possibly one of its replicas), holding one connection permit throughout.
     *
     * @param command the command, with at least one key; not null
     * @param <T> the reply type
     * @return the reply
     */
    public <T> T execute(CommandObject<T> command) {
        limit.acquire();
        try {
            return executeHoldingPermit(command, slotOf(command.getArguments()));
        } finally {
            limit.release();
        }
    }

    /**
     * Runs commands that span nodes, such as the per-slot parts of a multi-key command: each node's commands go in
     * one pipelined batch, the nodes in parallel. A command whose batch reply is an error (MOVED, ASK, TRYAGAIN, a
     * failed node...) is run again on its own through {@link #execute}, with the client's retries; if it still
     * fails, the whole call fails with that error once every node is done.
     *
     * @param commands keyed commands, each with keys of one slot; not null
     * @return the built reply of each command, in order
     */
    public List<Object> executeAcrossNodes(List<CommandObject<?>> commands) {
        Object[] replies = runByNode(commands);
        RuntimeException failure = null;
        List<Object> built = new ArrayList<>(replies.length);
        for (int i = 0; i < replies.length; i++) {
            Object reply = replies[i];
            CommandObject<?> command = commands.get(i);
            if (reply instanceof RuntimeException) {
                try {
                    built.add(execute(command));
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                    built.add(null);
                }
            } else {
                built.add(command.getBuilder().build(reply));
            }
        }
        if (failure != null) {
            throw failure;
        }
        return built;
    }

    /**
     * Runs an action holding one connection permit, for commands that Jedis's own client runs (keyless and
     * broadcast commands).
     *
     * @param action the action, not null
     * @param <T> the reply type
     * @return the action's result
     */
    public <T> T withPermit(java.util.function.Supplier<T> action) {
        limit.acquire();
        try {
            return action.get();
        } finally {
            limit.release();
        }
    }

    /**
     * Runs a pipeline: each node's commands go in one batch, one node after another, each holding one connection
     * permit; a command answered with MOVED or ASK is run again on its own through {@link #execute}. Nothing is
     * retried otherwise: a node that fails leaves its error as the reply of each of its commands.
     *
     * @param commands keyed commands, not null
     * @return for each command, in order, its reply or the {@link RuntimeException} it ended with
     */
    public List<Object> executePipeline(List<CommandObject<?>> commands) {
        Object[] replies = runByNode(commands);
        for (int i = 0; i < replies.length; i++) {
            if (replies[i] instanceof JedisRedirectionException) {
                try {
                    replies[i] = execute(commands.get(i));
                } catch (RuntimeException e) {
                    replies[i] = e;
                }
            }
        }
        return java.util.Arrays.asList(replies);
    }

    /**
     * Sends each node's commands in one batch, the other nodes' batches on the node workers while the caller
     * sends one itself.
     *
     * @return for each command, its raw reply or the exception it ended with
     */
    private Object[] runByNode(List<CommandObject<?>> commands) {
        Object[] replies = new Object[commands.size()];
        Map<HostAndPort, List<Integer>> byNode = new java.util.LinkedHashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            CommandArguments arguments = commands.get(i).getArguments();
            if (arguments.isKeyless()) {
                replies[i] = new JedisDataException("a cluster pipeline carries keyed commands only; "
                        + SafeEncoder.encode(arguments.getCommand().getRaw()) + " has no key");
                continue;
            }
            int slot = slotOf(arguments);
            HostAndPort node = provider.getNode(slot);
            if (node == null) {
                provider.renewSlotCache();
                node = provider.getNode(slot);
            }
            if (node == null) {
                replies[i] = new JedisClusterOperationException("No node serves slot " + slot);
                continue;
            }
            byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(i);
        }
        List<CompletableFuture<Void>> others = new ArrayList<>(byNode.size());
        Map.Entry<HostAndPort, List<Integer>> own = null;
        for (Map.Entry<HostAndPort, List<Integer>> share : byNode.entrySet()) {
            if (own == null) {
                own = share;
            } else {
                others.add(CompletableFuture.runAsync(
                        () -> runShare(share.getKey(), share.getValue(), commands, replies), nodeWorkers));
            }
        }
        if (own != null) {
            runShare(own.getKey(), own.getValue(), commands, replies);
        }
        for (CompletableFuture<Void> other : others) {
            other.join();
        }
        return replies;
    }

    private void runShare(HostAndPort node, List<Integer> indexes, List<CommandObject<?>> commands, Object[] replies) {
        limit.acquire();
        Connection connection = null;
        try {
            connection = provider.getConnection(node);
            for (int index : indexes) {
                connection.sendCommand(commands.get(index).getArguments());
            }
            List<Object> raw = connection.getMany(indexes.size());
            for (int i = 0; i < indexes.size(); i++) {
                replies[indexes.get(i)] = raw.get(i);
            }
        } catch (RuntimeException e) {
            for (int index : indexes) {
                if (replies[index] == null) {
                    replies[index] = e;
                }
            }
        } finally {
            closeQuietly(connection);
            limit.release();
        }
    }

    private <T> T executeHoldingPermit(CommandObject<T> command, int slot) {
        Backoff backoff = retry.backoff();
        backoff.reset();
        int failures = 0;
        int cycles = 0;
        int attempts = 0;
        int redirects = 0;
        int tryAgains = 0;
        JedisRedirectionException redirect = null;
        // with read_from_replicas, half of the reads go to a random replica of the slot, half to its primary
        boolean replicaRead = readFromReplicas && CommandTraits.of(command.getArguments()).readOnly() && ThreadLocalRandom.current().nextBoolean();
        while (true) {
            HostAndPort node = null;
            Connection connection = null;
            attempts++;
            try {
                if (redirect != null) {
                    node = redirect.getTargetNode();
                    connection = provider.getConnection(node);
                    if (redirect instanceof JedisAskDataException) {
                        connection.executeCommand(Protocol.Command.ASKING);
                    }
                } else if (replicaRead) {
                    connection = provider.getReplicaConnectionFromSlot(slot);
                    node = connection.getHostAndPort();
                } else {
                    // the node first, so that a failed connect still names it; the connection straight from the slot's
                    // pool (getConnection(node) would build the node's "host:port" key on every command)
                    node = provider.getNode(slot);
                    connection = provider.getConnectionFromSlot(slot);
                    node = connection.getHostAndPort();
                }
                return connection.executeCommand(command);
            } catch (JedisRedirectionException e) {
                if (++redirects > MAX_REDIRECTS) {
                    throw new JedisClusterOperationException("Too many cluster redirects (" + MAX_REDIRECTS
                            + ") for slot " + slot + "; last: " + e.getMessage(), e, node);
                }
                if (e instanceof JedisMovedDataException) {
                    provider.renewSlotCache(connection);
                }
                redirect = e;
            } catch (JedisException e) {
                if (replicaRead && (e instanceof JedisConnectionException || RedisErrorKind.of(e).isPresent())) {
                    // a replica that is down or out of the cluster is skipped: the primary serves the read
                    replicaRead = false;
                    attempts--;
                    refreshAfterReplicaFailure();
                    continue;
                }
                if (e instanceof JedisDataException && isTryAgain(e) && ++tryAgains <= MAX_TRY_AGAIN) {
                    pause(TRY_AGAIN_PAUSE_MILLIS, e);
                    continue;
                }
                if (!retry.retriesOn(e)) {
                    throw e;
                }
                failures++;
                redirect = null;
                if (failures <= retry.retries()) {
                    pause(backoff.compute(failures).toMillis(), e);
                } else if (cycles < clusterErrorRetryAttempts) {
                    cycles++;
                    failures = 0;
                    backoff.reset();
                    refreshTopologyWithout(node);
                } else {
                    throw exhausted(command, node, attempts, cycles, e);
                }
            } finally {
                closeQuietly(connection);
            }
        }
    }

    /** Gives a connection back; a broken one whose pool cannot take it back must not hide the command's outcome. */
    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing a connection failed: {0}", e.toString());
        }
    }

    /** Reloads the slot map at most once a second, so that a failed replica soon stops being chosen. */
    private void refreshAfterReplicaFailure() {
        long last = lastReplicaRefreshNanos.get();
        long now = System.nanoTime();
        if (now - last > 1_000_000_000L && lastReplicaRefreshNanos.compareAndSet(last, now)) {
            provider.renewSlotCache();
        }
    }

    private static ClusterRetriesExhaustedException exhausted(CommandObject<?> command, HostAndPort node,
            int attempts, int cycles, RuntimeException last) {
        String name = SafeEncoder.encode(command.getArguments().getCommand().getRaw()).toLowerCase(Locale.ROOT);
        return new ClusterRetriesExhaustedException(name, node, attempts, cycles, last);
    }

    private static boolean isTryAgain(JedisException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("TRYAGAIN");
    }

    private void pause(long millis, RuntimeException pending) {
        if (millis <= 0) {
            return;
        }
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            pending.addSuppressed(interrupted);
            throw pending;
        }
    }

    /**
     * Reloads the slot map from a node other than {@code failed}, and drops {@code failed} from the seeds, so that
     * neither this refresh nor later ones wait on it.
     *
     * @param failed the node whose retries were spent, null when no node was reached
     */
    public void refreshTopologyWithout(HostAndPort failed) {
        if (failed != null && seeds.size() > 1) {
            seeds.remove(failed);
        }
        List<HostAndPort> candidates = new ArrayList<>(seeds);
        for (String key : provider.getNodes().keySet()) {
            HostAndPort known = HostAndPort.from(key);
            if (!candidates.contains(known)) {
                candidates.add(known);
            }
        }
        candidates.remove(failed);
        topologyRefreshes.incrementAndGet();
        for (HostAndPort candidate : candidates) {
            try (Connection connection = new Connection(candidate, clientConfig)) {
                provider.renewSlotCache(connection);
                return;
            } catch (JedisException e) {
                LOG.log(Level.FINE, "Topology refresh from {0} failed: {1}", new Object[] {candidate, e.getMessage()});
            }
        }
        LOG.log(Level.WARNING, "Topology refresh failed: no node other than {0} answered", failed);
    }

    /**
     * @param command a keyed command, not null
     * @return the primary serving the slot of the command's first key now, or null when the slot map has none
     */
    public HostAndPort nodeOf(CommandObject<?> command) {
        return provider.getNode(slotOf(command.getArguments()));
    }

    /** @return how many topology refreshes retry cycles have made so far */
    public long topologyRefreshes() {
        return topologyRefreshes.get();
    }

    /** @return the seed nodes still used for topology refreshes */
    public List<HostAndPort> seeds() {
        return List.copyOf(seeds);
    }

    private static int slotOf(CommandArguments arguments) {
        List<Object> keys = arguments.getKeys();
        Object key = keys.get(0);
        return key instanceof byte[] ? JedisClusterCRC16.getSlot((byte[]) key) : JedisClusterCRC16.getSlot((String) key);
    }
}
