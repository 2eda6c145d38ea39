package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The first start of a cluster: kills nodes left over by dead JVMs, gives every node its port, launches the
 * processes, {@link ClusterFormation forms} the cluster and logs how long that took; on failure it stops every
 * node and fails with the nodes' last log lines. Not thread-safe: used once, under the cluster's lock.
 */
final class ClusterStartup {

    private static final Logger LOG = Logger.getLogger(LocalRedisCluster.class.getName());

    private final Path baseDir;
    private final NodeTable nodes;
    private final NodeLauncher launcher;
    private final ClusterStateCheck health;
    private final LiveTopology topology;

    ClusterStartup(Path baseDir, NodeTable nodes, NodeLauncher launcher, ClusterStateCheck health,
            LiveTopology topology) {
        this.baseDir = baseDir;
        this.nodes = nodes;
        this.launcher = launcher;
        this.health = health;
        this.topology = topology;
    }

    /**
     * Starts and forms the cluster.
     *
     * @param reservedPorts the real ports by node index, or null to choose free ones
     * @param stop stops every node, run before failing
     * @return the Redis version the nodes report
     * @throws IllegalStateException if the cluster is not ready by the deadline, with each node's last log line
     */
    String start(int[] reservedPorts, long deadline, Path binary, Runnable stop) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(baseDir);
            NodeLauncher.killLeftovers(baseDir);
            int[] ports = reservedPorts != null ? reservedPorts
                    : LoopbackPorts.freePairs(LocalRedisCluster.NODE_COUNT, nodes.announcedOverrides());
            for (ClusterNode node : nodes.all()) {
                node.setPort(ports[node.index], baseDir);
            }
            launcher.startAll(deadline);
            long launched = System.nanoTime();
            String version = new ClusterFormation(nodes, health).form(deadline);
            LOG.info(() -> String.format(Locale.ROOT,
                    "Redis Cluster %s ready in %d ms (processes up in %d ms): redis %s, binary %s, primaries %s,"
                            + " replicas %s, seeds %s",
                    nodes, Await.millisSince(start), TimeUnit.NANOSECONDS.toMillis(launched - start), version,
                    binary, topology.primaryPorts(), topology.replicaPorts(), topology.seedUrl()));
            return version;
        } catch (RuntimeException | IOException e) {
            String logs = nodes.logTails();
            stop.run();
            if (e instanceof IllegalStateException) {
                throw new IllegalStateException(e.getMessage() + logs, e);
            }
            throw new IllegalStateException("Could not start the Redis Cluster: " + e + logs, e);
        }
    }
}
