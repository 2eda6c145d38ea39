package io.github.jakartaredis.cluster.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import redis.clients.jedis.Jedis;

/**
 * Asks every running node of a cluster whether the cluster serves all slots, or is fully healthy, and says what
 * is still wrong; {@link Await#until} polls it. Thread-safe; each call opens its own admin connections.
 */
final class ClusterStateCheck {

    private static final Logger LOG = Logger.getLogger(LocalRedisCluster.class.getName());

    private final NodeTable nodes;

    ClusterStateCheck(NodeTable nodes) {
        this.nodes = nodes;
    }

    /** Waits until {@link #problem problem(false)} is null, and logs how long that took. */
    void awaitAllSlotsServed(Duration timeout) {
        long start = System.nanoTime();
        Await.until("all slots served by live primaries", Await.deadline(timeout), () -> problem(false));
        LOG.info(() -> "Cluster serves all slots again after " + Await.millisSince(start) + " ms");
    }

    /** Waits until {@link #problem problem(true)} is null. */
    void awaitHealthy(Duration timeout) {
        Await.until("a healthy cluster", Await.deadline(timeout), () -> problem(true));
    }

    /**
     * Null if every running node reports {@code cluster_state:ok} and sees all slots served by running masters not
     * flagged failing; else the first problem seen.
     *
     * @param requireHealthy also require, as every running node sees it: no running node failing, in handshake,
     *     without address or disconnected, each at its announced port, each healthy replica listed in
     *     {@code CLUSTER SLOTS}, and a replica's link to its primary up
     */
    String problem(boolean requireHealthy) {
        List<ClusterNode> running = nodes.running();
        if (running.isEmpty()) {
            return "no node is running";
        }
        for (ClusterNode node : running) {
            try (Jedis jedis = nodes.admin(node)) {
                String problem = problemSeenBy(node, jedis, requireHealthy);
                if (problem != null) {
                    return problem;
                }
            } catch (RuntimeException e) {
                return "node " + node.port + ": " + e;
            }
        }
        return null;
    }

    private String problemSeenBy(ClusterNode node, Jedis jedis, boolean requireHealthy) {
        String seer = "node " + node.port + " ";
        String state = RedisInfo.field(jedis.clusterInfo(), "cluster_state");
        if (!"ok".equals(state)) {
            return seer + "has cluster_state:" + state;
        }
        List<ClusterNodesLine> view = ClusterNodesLine.parseAll(jedis.clusterNodes());
        int served = 0;
        for (ClusterNodesLine info : view) {
            ClusterNode other = nodes.byIdOrNull(info.id());
            boolean otherRunning = other != null && other.isRunning();
            if (info.isMaster() && otherRunning && !info.failing()) {
                served += info.slotCount();
            }
            if (requireHealthy && otherRunning) {
                if (info.failing() || info.joining() || !info.connected()) {
                    return seer + "sees " + info;
                }
                if (info.port() != other.announcedPort) {
                    return seer + "sees node " + other.port + " at port " + info.port() + " instead of "
                            + other.announcedPort;
                }
            }
        }
        if (served != LocalRedisCluster.SLOT_COUNT) {
            return seer + "sees " + served + " slots served by live primaries";
        }
        if (!requireHealthy) {
            return null;
        }
        String missing = replicasMissingFromClusterSlots(jedis, view);
        if (missing != null) {
            return seer + missing;
        }
        String replication = jedis.info("replication");
        if ("slave".equals(RedisInfo.field(replication, "role"))) {
            String link = RedisInfo.field(replication, "master_link_status");
            if (!"up".equals(link)) {
                return "replica " + node.port + " has master_link_status:" + link;
            }
        }
        return null;
    }

    /**
     * Null if the node's {@code CLUSTER SLOTS} lists, for each primary, every replica its {@code CLUSTER NODES} shows
     * healthy (a client reading from replicas learns them there); else what is missing.
     */
    private String replicasMissingFromClusterSlots(Jedis jedis, List<ClusterNodesLine> view) {
        Map<String, Long> healthyReplicas = view.stream()
                .filter(i -> !i.isMaster() && i.masterId() != null && !i.failing() && i.connected())
                .filter(i -> {
                    ClusterNode other = nodes.byIdOrNull(i.id());
                    return other != null && other.isRunning();
                })
                .collect(Collectors.groupingBy(ClusterNodesLine::masterId, Collectors.counting()));
        for (ClusterSlotsRange range : ClusterSlotsRange.parseAll(jedis.clusterSlots())) {
            long expected = healthyReplicas.getOrDefault(range.primaryId(), 0L);
            if (range.replicaCount() < expected) {
                return "lists " + range.replicaCount() + " of the " + expected + " replicas of " + range.primaryId()
                        + " in CLUSTER SLOTS";
            }
        }
        return null;
    }
}
