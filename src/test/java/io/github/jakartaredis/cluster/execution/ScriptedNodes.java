package io.github.jakartaredis.cluster.execution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Fake cluster nodes for unit tests of the command path: every slot belongs to one primary, and each node answers
 * from a script of outcomes, one per command it receives (a reply, or an exception to throw). A node whose script
 * says {@link #REFUSE} fails to give a connection at all. Not thread-safe: one test thread.
 */
final class ScriptedNodes implements ClusterNodes {

    /** An outcome: the node refuses the connection (as a stopped process does). */
    static final Object REFUSE = new Object();

    HostAndPort primary;
    final Map<HostAndPort, Deque<Object>> scripts = new HashMap<>();
    final List<String> sent = new ArrayList<>();
    int borrows;
    int replicaBorrows;
    int reloadsAfterMoved;
    int idleDrops;

    ScriptedNodes(HostAndPort primary) {
        this.primary = primary;
    }

    /** Adds outcomes to a node's script. */
    ScriptedNodes answer(HostAndPort node, Object... outcomes) {
        Deque<Object> script = scripts.computeIfAbsent(node, n -> new ArrayDeque<>());
        for (Object outcome : outcomes) {
            script.add(outcome);
        }
        return this;
    }

    private Object next(HostAndPort node) {
        Deque<Object> script = scripts.get(node);
        if (script == null || script.isEmpty()) {
            throw new AssertionError("node " + node + " got a command its script does not have");
        }
        return script.size() == 1 ? script.peek() : script.poll();
    }

    @Override
    public HostAndPort primaryOf(int slot) {
        return primary;
    }

    @Override
    public Connection borrowFromPrimaryOf(int slot) {
        return borrow(primary);
    }

    @Override
    public Connection borrow(HostAndPort node) {
        borrows++;
        Deque<Object> script = scripts.get(node);
        if (script != null && script.peek() == REFUSE) {
            next(node);
            throw new JedisConnectionException("Failed to connect to " + node,
                    new java.net.ConnectException("Connection refused"));
        }
        return new ScriptedConnection(node);
    }

    @Override
    public Connection borrowReplica(HostAndPort replica) {
        replicaBorrows++;
        return borrow(replica);
    }

    @Override
    public void reloadFrom(Connection connection) {
        reloadsAfterMoved++;
    }

    @Override
    public void dropIdle(HostAndPort node) {
        idleDrops++;
    }

    /** A connection that never opens a socket: each command takes its node's next outcome. */
    private final class ScriptedConnection extends Connection {
        private final HostAndPort node;

        ScriptedConnection(HostAndPort node) {
            super(node);
            this.node = node;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T executeCommand(CommandObject<T> command) {
            sent.add(node + " " + SafeEncoder.encode(command.getArguments().getCommand().getRaw()));
            Object outcome = next(node);
            if (outcome instanceof RuntimeException) {
                throw (RuntimeException) outcome;
            }
            return (T) outcome;
        }

        @Override
        public Object executeCommand(redis.clients.jedis.commands.ProtocolCommand command) {
            sent.add(node + " " + SafeEncoder.encode(command.getRaw()));
            return "OK";
        }

        @Override
        public void close() {
        }
    }
}
