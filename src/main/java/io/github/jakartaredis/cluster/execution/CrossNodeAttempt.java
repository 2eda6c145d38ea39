package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.retry.Retry;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * One command whose parts span nodes (the per-slot parts of a multi-key command). {@link #run()} sends every part
 * not yet answered, per node in parallel ({@link NodeBatches}); parts answered with MOVED, ASK or TRYAGAIN, or whose
 * slot has no known node, run on their own through the keyed path at once. When a node's batch failed with an
 * error the client retries on, the attempt fails with it and the next attempt sends only the parts still missing,
 * so the whole command has one retry budget, not one per part. An error reply that is not retried fails the whole
 * command. Used by one thread.
 */
final class CrossNodeAttempt extends CommandAttempt<List<Object>> {

    private final NodeBatches batches;
    private final ClusterExecutor single;
    private final Retry retry;
    private final List<CommandObject<?>> parts;
    private final boolean[] pending;
    private final Object[] replies;
    private final HostAndPort[] nodes;

    CrossNodeAttempt(NodeBatches batches, ClusterExecutor single, Retry retry, List<CommandObject<?>> parts,
            CommandEvents events, TopologyRefresh topology) {
        super(events, topology);
        this.batches = batches;
        this.single = single;
        this.retry = retry;
        this.parts = parts;
        this.pending = new boolean[parts.size()];
        Arrays.fill(pending, true);
        this.replies = new Object[parts.size()];
        this.nodes = new HostAndPort[parts.size()];
    }

    @Override
    String commandName() {
        return SafeEncoder.encode(parts.get(0).getArguments().getCommand().getRaw()).toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Object> run() {
        attempts++;
        batches.send(parts, pending, replies, nodes);
        RuntimeException retried = null;
        for (int i = 0; i < parts.size(); i++) {
            if (!pending[i]) {
                continue;
            }
            Object reply = replies[i];
            if (reply == NodeBatches.NO_NODE || reply instanceof JedisRedirectionException || isTryAgain(reply)) {
                replies[i] = single.executeOnPrimary(raw(parts.get(i)), events);
            } else if (reply instanceof RuntimeException) {
                RuntimeException error = (RuntimeException) reply;
                if (!retry.retriesOn(error)) {
                    node = nodes[i];
                    throw error;
                }
                if (retried == null) {
                    retried = error;
                    node = nodes[i];
                }
                continue;
            }
            pending[i] = false;
        }
        if (retried != null) {
            throw retried;
        }
        List<Object> built = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            built.add(parts.get(i).getBuilder().build(replies[i]));
        }
        return built;
    }

    private static boolean isTryAgain(Object reply) {
        return reply instanceof JedisDataException
                && RedisErrorKind.of((JedisDataException) reply).orElse(null) == RedisErrorKind.TRY_AGAIN;
    }

    /** @return the command with a builder that keeps the raw reply, so that it can be built like the others */
    static CommandObject<Object> raw(CommandObject<?> command) {
        return new CommandObject<>(command.getArguments(), BuilderFactory.RAW_OBJECT);
    }
}
