package io.github.jakartaredis.cluster.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of a {@code CLUSTER NODES} reply: a node's id, announced port, flags, primary and the slot ranges it
 * serves (slots being migrated or imported are left out). Immutable and thread-safe.
 *
 * @param id the node id
 * @param port the port the node is known at (its announced port)
 * @param flags the flags, e.g. {@code myself}, {@code master}, {@code slave}, {@code fail?}
 * @param masterId the id of the node's primary, {@code -} for a primary
 * @param connected whether the link to the node is {@code connected}
 * @param slots the slot ranges served, each {@code {first, last}}
 */
record ClusterNodesLine(String id, int port, Set<String> flags, String masterId, boolean connected,
                        List<int[]> slots) {

    /** Every non-blank line of a {@code CLUSTER NODES} reply. */
    static List<ClusterNodesLine> parseAll(String clusterNodes) {
        return clusterNodes.lines().filter(line -> !line.isBlank()).map(ClusterNodesLine::parse)
                .collect(Collectors.toList());
    }

    // <id> <ip:port@cport[,hostname]> <flags> <master> <ping-sent> <pong-recv> <epoch> <link-state> <slot>...
    static ClusterNodesLine parse(String line) {
        String[] f = line.trim().split(" ");
        String address = f[1];
        int at = address.indexOf('@');
        String hostPort = at >= 0 ? address.substring(0, at) : address;
        int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
        List<int[]> slots = new ArrayList<>();
        for (int i = 8; i < f.length; i++) {
            if (f[i].startsWith("[")) {
                continue; // a slot being migrated or imported
            }
            int dash = f[i].indexOf('-');
            slots.add(dash < 0
                    ? new int[] {Integer.parseInt(f[i]), Integer.parseInt(f[i])}
                    : new int[] {Integer.parseInt(f[i].substring(0, dash)),
                            Integer.parseInt(f[i].substring(dash + 1))});
        }
        return new ClusterNodesLine(f[0], port, Set.of(f[2].split(",")), f[3], "connected".equals(f[7]), slots);
    }

    boolean isMaster() {
        return flags.contains("master");
    }

    boolean isReplica() {
        return flags.contains("slave");
    }

    boolean failing() {
        return flags.contains("fail") || flags.contains("fail?");
    }

    /** Whether the node is still being met ({@code handshake}) or has no address yet ({@code noaddr}). */
    boolean joining() {
        return flags.contains("handshake") || flags.contains("noaddr");
    }

    boolean serves(int slot) {
        return slots.stream().anyMatch(r -> r[0] <= slot && slot <= r[1]);
    }

    int slotCount() {
        return slots.stream().mapToInt(r -> r[1] - r[0] + 1).sum();
    }

    int minSlot() {
        return slots.stream().mapToInt(r -> r[0]).min().orElse(Integer.MAX_VALUE);
    }

    @Override
    public String toString() {
        return id + " port " + port + " " + flags + (connected ? "" : " disconnected") + " slots "
                + slots.stream().map(r -> r[0] + "-" + r[1]).collect(Collectors.joining(","));
    }
}
