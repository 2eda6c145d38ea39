package io.github.jakartaredis.cluster.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link LocalRedisCluster.Builder} collects before the cluster starts: binary, start timeout, reserved and
 * announced ports, extra {@code redis.conf} lines and TLS; it checks each choice as it is made and makes the
 * cluster's {@link NodeTable}. Not thread-safe, like the builder.
 */
final class ClusterSpec {

    Path binary;
    Duration startTimeout = LocalRedisCluster.DEFAULT_TIMEOUT;
    TlsNodes tls;
    /** The real ports handed out by {@link #reservePort}, by node index, or null if none was. */
    int[] reservedPorts;
    final List<String> extraConfig = new ArrayList<>();
    private final Map<Integer, Integer> announced = new HashMap<>();
    private final Set<Integer> pinned = new HashSet<>();

    /** @throws IllegalArgumentException unless {@code line} is one non-blank line */
    void addConfig(String line) {
        if (line == null || line.isBlank() || line.contains("\n")) {
            throw new IllegalArgumentException("Not one redis.conf line: " + line);
        }
        extraConfig.add(line);
    }

    /** Chooses the real ports of all nodes at the first call, and pins node {@code nodeIndex} to its own. */
    int reservePort(int nodeIndex) {
        checkIndex(nodeIndex);
        if (reservedPorts == null) {
            reservedPorts = LoopbackPorts.freePairs(LocalRedisCluster.NODE_COUNT, Set.copyOf(announced.values()));
        }
        pinned.add(nodeIndex);
        return reservedPorts[nodeIndex];
    }

    /** @throws IllegalArgumentException if the index is not 0-5 or the port not 1-65535 */
    void announcePortFor(int nodeIndex, int port) {
        checkIndex(nodeIndex);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a port: " + port);
        }
        announced.put(nodeIndex, port);
    }

    /** The nodes as chosen, without ports yet. */
    NodeTable nodeTable() {
        List<ClusterNode> list = new ArrayList<>();
        for (int i = 0; i < LocalRedisCluster.NODE_COUNT; i++) {
            list.add(new ClusterNode(i, announced.get(i), pinned.contains(i)));
        }
        return new NodeTable(list, tls);
    }

    /** @throws IllegalArgumentException unless {@code nodeIndex} is 0-5 */
    static void checkIndex(int nodeIndex) {
        if (nodeIndex < 0 || nodeIndex >= LocalRedisCluster.NODE_COUNT) {
            throw new IllegalArgumentException(
                    "Node index must be 0-" + (LocalRedisCluster.NODE_COUNT - 1) + ": " + nodeIndex);
        }
    }
}
