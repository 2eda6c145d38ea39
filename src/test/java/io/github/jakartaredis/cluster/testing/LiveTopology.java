package io.github.jakartaredis.cluster.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Roles and slot owners of a cluster as a live node sees them now ({@code CLUSTER NODES}), in real ports. Each
 * call asks anew, so the answers reflect failovers. Thread-safe; during a failover a call may see a transitional
 * state.
 */
final class LiveTopology {

    private final NodeTable nodes;

    LiveTopology(NodeTable nodes) {
        this.nodes = nodes;
    }

    /** Masters that serve slots and are not flagged failing, ordered by the lowest slot each serves. */
    List<Integer> primaryPorts() {
        return nodes.liveView().stream()
                .filter(info -> info.isMaster() && !info.failing() && info.slotCount() > 0)
                .sorted(Comparator.comparingInt(ClusterNodesLine::minSlot))
                .map(info -> nodes.byId(info.id()).port)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Seed URL of the current primaries by their announced ports, in the order of {@link #primaryPorts()}:
     * {@code redis://127.0.0.1:P1,...}, or {@code rediss://} when the nodes speak TLS.
     */
    String seedUrl() {
        return primaryPorts().stream()
                .map(port -> LocalRedisCluster.HOST + ":" + nodes.byPort(port).announcedPort)
                .collect(Collectors.joining(",", nodes.usesTls() ? "rediss://" : "redis://", ""));
    }

    /** Replicas not flagged failing, by node index. */
    List<Integer> replicaPorts() {
        Set<String> replicaIds = nodes.liveView().stream()
                .filter(info -> info.isReplica() && !info.failing())
                .map(ClusterNodesLine::id)
                .collect(Collectors.toSet());
        return nodes.all().stream().filter(n -> replicaIds.contains(n.id)).map(n -> n.port)
                .collect(Collectors.toUnmodifiableList());
    }

    /** @throws IllegalStateException if no live primary serves the slot */
    int portOwningSlot(int slot) {
        return nodes.liveView().stream()
                .filter(info -> info.isMaster() && !info.failing() && info.serves(slot))
                .findFirst()
                .map(info -> nodes.byId(info.id()).port)
                .orElseThrow(() -> new IllegalStateException("No live primary serves slot " + slot));
    }

    /** One key per current primary, in the order of {@link #primaryPorts()}. */
    List<String> keyOnEachPrimary() {
        return primaryPorts().stream().map(this::keyOwnedBy).collect(Collectors.toUnmodifiableList());
    }

    /** @throws IllegalArgumentException if the node serves no slot now */
    String keyOwnedBy(int port) {
        ClusterNode owner = nodes.byPort(port);
        ClusterNodesLine info = nodes.liveView().stream()
                .filter(i -> i.id().equals(owner.id) && i.isMaster() && i.slotCount() > 0)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Node " + port + " serves no slot now"));
        for (int n = 0; ; n++) {
            String key = "fixture-key-" + n;
            if (info.serves(JedisClusterCRC16.getSlot(key))) {
                return key;
            }
        }
    }
}
