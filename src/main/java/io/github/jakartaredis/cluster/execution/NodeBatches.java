package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Sends commands that span nodes: each node's commands in one pipelined batch on one connection, the nodes in
 * parallel (the caller sends one batch itself while node workers send the others). Each batch holds one connection
 * permit while its connection is borrowed. A batch whose pooled connection the server had closed is sent once more
 * on a new connection. Nothing else is retried here: each command ends with its raw reply or the exception it got.
 * Thread-safe.
 */
final class NodeBatches {

    /** The reply of a command whose slot has no known node: it must be run on its own, through the slot map. */
    static final Object NO_NODE = new Object();

    private final CommandPath path;
    private final Executor workers;

    /**
     * @param path the nodes and the connection limit, not null
     * @param workers send the other nodes' batches; not null
     */
    NodeBatches(CommandPath path, Executor workers) {
        this.path = path;
        this.workers = workers;
    }

    /**
     * Sends the commands still pending, grouped by the primary of their slot.
     *
     * @param commands keyed commands, each with keys of one slot; not null
     * @param pending which commands to send; not null
     * @param replies receives each sent command's raw reply, its error reply (a {@code JedisDataException}), the
     *     exception its batch failed with, or {@link #NO_NODE}
     * @param nodes receives the node each sent command went to
     */
    void send(List<CommandObject<?>> commands, boolean[] pending, Object[] replies, HostAndPort[] nodes) {
        Map<HostAndPort, List<Integer>> byNode = new LinkedHashMap<>();
        for (int i = 0; i < commands.size(); i++) {
            if (!pending[i]) {
                continue;
            }
            CommandArguments arguments = commands.get(i).getArguments();
            if (arguments.isKeyless()) {
                replies[i] = new JedisDataException("a cluster pipeline carries keyed commands only; "
                        + SafeEncoder.encode(arguments.getCommand().getRaw()) + " has no key");
                continue;
            }
            HostAndPort node = path.nodes().primaryOf(NodeChoice.slotOf(arguments));
            nodes[i] = node;
            if (node == null) {
                replies[i] = NO_NODE;
            } else {
                byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(i);
            }
        }
        List<Map.Entry<HostAndPort, List<Integer>>> shares = new ArrayList<>(byNode.entrySet());
        if (shares.isEmpty()) {
            return;
        }
        CountDownLatch others = new CountDownLatch(shares.size() - 1);
        for (int s = 1; s < shares.size(); s++) {
            Map.Entry<HostAndPort, List<Integer>> share = shares.get(s);
            Runnable task = () -> {
                try {
                    sendShare(share.getKey(), share.getValue(), commands, replies);
                } finally {
                    others.countDown();
                }
            };
            try {
                workers.execute(task);
            } catch (RejectedExecutionException closed) {
                fail(share.getValue(), replies, new JedisException("the client is closed: no command is sent"));
                others.countDown();
            }
        }
        sendShare(shares.get(0).getKey(), shares.get(0).getValue(), commands, replies);
        try {
            others.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JedisException("Interrupted while waiting for other nodes' replies", e);
        }
    }

    private void sendShare(HostAndPort node, List<Integer> indexes, List<CommandObject<?>> commands, Object[] replies) {
        try {
            RuntimeException closedByServer = sendOnce(node, indexes, commands, replies, false);
            if (closedByServer != null) {
                path.nodes().dropIdle(node);
                sendOnce(node, indexes, commands, replies, true);
            }
        } catch (RuntimeException e) {
            fail(indexes, replies, e);
        }
    }

    /**
     * @param last whether this is the share's last try
     * @return the connection error of a borrowed connection when another try may follow, else null (every
     *     command of the share then has its reply or error)
     */
    private RuntimeException sendOnce(HostAndPort node, List<Integer> indexes, List<CommandObject<?>> commands,
            Object[] replies, boolean last) {
        path.limit().acquire();
        Connection connection = null;
        boolean borrowed = false;
        try {
            connection = path.nodes().borrow(node);
            borrowed = true;
            for (int index : indexes) {
                connection.sendCommand(commands.get(index).getArguments());
            }
            List<Object> raw = connection.getMany(indexes.size());
            for (int i = 0; i < indexes.size(); i++) {
                replies[indexes.get(i)] = raw.get(i);
            }
            return null;
        } catch (JedisConnectionException e) {
            boolean closedByServer = borrowed && RedisErrorKind.of(e).orElse(null) == RedisErrorKind.CONNECTION;
            if (closedByServer && !last) {
                return e;
            }
            fail(indexes, replies, e);
            return null;
        } finally {
            ClusterExecutor.closeQuietly(connection);
            path.limit().release();
        }
    }

    private static void fail(List<Integer> indexes, Object[] replies, RuntimeException error) {
        for (int index : indexes) {
            replies[index] = error;
        }
    }
}
