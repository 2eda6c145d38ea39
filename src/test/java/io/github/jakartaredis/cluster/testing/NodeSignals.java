package io.github.jakartaredis.cluster.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Signals to the processes of a cluster's nodes, the faults {@link LocalRedisCluster} offers: SIGKILL, and
 * SIGSTOP/SIGCONT with a record of which nodes are paused so that they can all be continued before the cluster
 * stops. Thread-safe; the cluster serializes the calls that change a node.
 */
final class NodeSignals {

    private static final Logger LOG = Logger.getLogger(NodeSignals.class.getName());

    private final Set<ClusterNode> paused = ConcurrentHashMap.newKeySet();

    /** SIGKILL, then waits until the process has exited. No-op if it is not running. */
    void kill(ClusterNode node) {
        ChildProcess process = node.process;
        if (process == null || !process.isAlive()) {
            return;
        }
        paused.remove(node);
        if (!process.kill()) {
            throw new IllegalStateException("Node " + node.port + " (pid " + process.pid() + ") survived SIGKILL");
        }
        LOG.info(() -> "Killed Redis node " + node.port + " (pid " + process.pid() + ")");
    }

    /** SIGSTOP: the node keeps its sockets open but answers nothing until {@link #resume}. */
    void pause(ClusterNode node) {
        running(node).signal("STOP");
        paused.add(node);
    }

    /** SIGCONT to a node {@link #pause paused}; no-op if it is not. */
    void resume(ClusterNode node) {
        if (paused.remove(node)) {
            running(node).signal("CONT");
        }
    }

    /** Continues every paused node, logging instead of failing. */
    void resumeAll() {
        for (ClusterNode node : Set.copyOf(paused)) {
            try {
                resume(node);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not resume node " + node.port + ": " + e);
            }
        }
    }

    private static ChildProcess running(ClusterNode node) {
        ChildProcess process = node.process;
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("Node " + node.port + " is not running");
        }
        return process;
    }
}
