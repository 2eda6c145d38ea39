package io.github.jakartaredis.cluster.testing;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;

/**
 * The nodes of one {@link LocalRedisCluster}, found by index, port or node id, and the fixture's own admin
 * connections to them (to the real port; over TLS when the cluster uses it). Thread-safe.
 */
final class NodeTable {

    private final List<ClusterNode> nodes;
    private final TlsNodes tls;

    /** @param tls how the nodes speak TLS, or null for plain TCP */
    NodeTable(List<ClusterNode> nodes, TlsNodes tls) {
        this.nodes = List.copyOf(nodes);
        this.tls = tls;
    }

    /** Whether the nodes speak TLS only. */
    boolean usesTls() {
        return tls != null;
    }

    List<ClusterNode> all() {
        return nodes;
    }

    ClusterNode get(int index) {
        return nodes.get(index);
    }

    /** The nodes whose process is running now, by index. */
    List<ClusterNode> running() {
        return nodes.stream().filter(ClusterNode::isRunning).collect(Collectors.toList());
    }

    /** @throws IllegalArgumentException if no node has {@code port} as its real or else its announced port */
    ClusterNode byPort(int port) {
        for (ClusterNode node : nodes) {
            if (node.port == port) {
                return node;
            }
        }
        for (ClusterNode node : nodes) {
            if (node.announcedPort == port) {
                return node;
            }
        }
        throw new IllegalArgumentException("No node of " + this + " has port " + port);
    }

    /** @throws IllegalStateException if no node has the id */
    ClusterNode byId(String id) {
        ClusterNode node = byIdOrNull(id);
        if (node == null) {
            throw new IllegalStateException("Unknown node id " + id + " in " + this);
        }
        return node;
    }

    ClusterNode byIdOrNull(String id) {
        for (ClusterNode node : nodes) {
            if (id.equals(node.id)) {
                return node;
            }
        }
        return null;
    }

    /** The ports the builder told nodes to announce instead of their real ones. */
    Set<Integer> announcedOverrides() {
        return nodes.stream().map(n -> n.announcedOverride).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** An admin connection to the node's real port with 2 s timeouts; the caller closes it. */
    Jedis admin(ClusterNode node) {
        return admin(node, 2000, 2000);
    }

    Jedis admin(ClusterNode node, int connectMillis, int socketMillis) {
        return new Jedis(new HostAndPort(LocalRedisCluster.HOST, node.port), config(connectMillis, socketMillis));
    }

    /** {@code connected_clients} of the node's INFO clients, not counting the connection used to ask. */
    int clientCount(ClusterNode node) {
        try (Jedis jedis = admin(node)) {
            return Integer.parseInt(RedisInfo.field(jedis.info("clients"), "connected_clients")) - 1;
        }
    }

    /** CLUSTER NODES of the first running node that answers. */
    List<ClusterNodesLine> liveView() {
        RuntimeException failure = null;
        for (ClusterNode node : running()) {
            try (Jedis jedis = admin(node)) {
                return ClusterNodesLine.parseAll(jedis.clusterNodes());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        throw new IllegalStateException("No live node of " + this + " answers", failure);
    }

    /** The last log line of each node that has a directory, one line each, for error messages. */
    String logTails() {
        StringBuilder out = new StringBuilder();
        for (ClusterNode node : nodes) {
            if (node.dir != null) {
                out.append("\n  node ").append(node.port).append(": ").append(node.lastLogLine());
            }
        }
        return out.toString();
    }

    private JedisClientConfig config(int connectMillis, int socketMillis) {
        return tls != null ? tls.adminConfig(connectMillis, socketMillis) : DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(connectMillis).socketTimeoutMillis(socketMillis).build();
    }

    @Override
    public String toString() {
        return "LocalRedisCluster" + nodes.stream().map(ClusterNode::toString)
                .collect(Collectors.joining(",", "[", "]"));
    }
}
