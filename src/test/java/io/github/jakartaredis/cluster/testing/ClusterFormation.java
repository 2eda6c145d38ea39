package io.github.jakartaredis.cluster.testing;

import java.util.List;
import java.util.stream.IntStream;

import redis.clients.jedis.Jedis;

/**
 * Forms a cluster out of six started, empty nodes: nodes 0-2 get the slots 0-5460, 5461-10922 and 10923-16383 and
 * distinct config epochs, meet, and nodes 3-5 replicate 0-2; then waits until every node sees that and the
 * cluster is {@link ClusterStateCheck healthy}. Not thread-safe: used once, under the cluster's lock.
 */
final class ClusterFormation {

    private static final int[][] SLOT_RANGES = {{0, 5460}, {5461, 10922}, {10923, 16383}};
    private static final int NODES = LocalRedisCluster.NODE_COUNT;
    private static final int PRIMARIES = LocalRedisCluster.PRIMARY_COUNT;

    private final NodeTable nodes;
    private final ClusterStateCheck health;

    ClusterFormation(NodeTable nodes, ClusterStateCheck health) {
        this.nodes = nodes;
        this.health = health;
    }

    /**
     * Forms the cluster, recording each node's id.
     *
     * @return the Redis version node 0 reports
     * @throws IllegalStateException if the cluster is not formed by the deadline, with the last problem seen
     */
    String form(long deadline) {
        String version = "?";
        for (ClusterNode node : nodes.all()) {
            try (Jedis jedis = nodes.admin(node)) {
                node.id = jedis.clusterMyId();
                if (node.index == 0) {
                    version = RedisInfo.field(jedis.info("server"), "redis_version");
                }
            }
        }
        for (int i = 0; i < PRIMARIES; i++) {
            int[] range = SLOT_RANGES[i];
            try (Jedis jedis = nodes.admin(nodes.get(i))) {
                jedis.clusterAddSlots(IntStream.rangeClosed(range[0], range[1]).toArray());
            }
        }
        for (ClusterNode node : nodes.all()) {
            try (Jedis jedis = nodes.admin(node)) {
                jedis.clusterSetConfigEpoch(node.index + 1L); // distinct epochs: no collisions to resolve
            }
        }
        try (Jedis first = nodes.admin(nodes.get(0))) {
            for (ClusterNode node : nodes.all().subList(1, NODES)) {
                first.clusterMeet(LocalRedisCluster.HOST, node.port); // the real port: its bus is real port + 10000
            }
        }
        Await.until("all nodes to know each other", deadline, this::meetProblem);
        for (int i = PRIMARIES; i < NODES; i++) {
            try (Jedis jedis = nodes.admin(nodes.get(i))) {
                jedis.clusterReplicate(nodes.get(i - PRIMARIES).id);
            }
        }
        Await.until("the cluster to be formed", deadline, this::formationProblem);
        return version;
    }

    private String meetProblem() {
        for (ClusterNode node : nodes.all()) {
            try (Jedis jedis = nodes.admin(node)) {
                List<ClusterNodesLine> view = ClusterNodesLine.parseAll(jedis.clusterNodes());
                if (view.size() != NODES) {
                    return "node " + node.port + " knows " + view.size() + " nodes";
                }
                for (ClusterNodesLine info : view) {
                    if (info.joining() || nodes.byIdOrNull(info.id()) == null) {
                        return "node " + node.port + " sees " + info;
                    }
                }
            }
        }
        return null;
    }

    private String formationProblem() {
        for (ClusterNode node : nodes.all()) {
            try (Jedis jedis = nodes.admin(node)) {
                List<ClusterNodesLine> view = ClusterNodesLine.parseAll(jedis.clusterNodes());
                long masters = view.stream().filter(i -> i.isMaster() && i.slotCount() > 0).count();
                long replicas = view.stream().filter(ClusterNodesLine::isReplica).count();
                if (masters != PRIMARIES || replicas != NODES - PRIMARIES) {
                    return "node " + node.port + " sees " + masters + " primaries and " + replicas + " replicas";
                }
            }
        }
        return health.problem(true);
    }
}
