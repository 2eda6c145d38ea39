package io.github.jakartaredis.cluster.health;

import java.util.HashMap;
import java.util.Map;

/**
 * The parts of a {@code CLUSTER INFO} reply the readiness check shows. Immutable; thread-safe.
 */
final class ClusterInfo {

    private final String state;
    private final long slotsOk;
    private final long slotsPfail;
    private final long slotsFail;
    private final long knownNodes;

    private ClusterInfo(String state, long slotsOk, long slotsPfail, long slotsFail, long knownNodes) {
        this.state = state;
        this.slotsOk = slotsOk;
        this.slotsPfail = slotsPfail;
        this.slotsFail = slotsFail;
        this.knownNodes = knownNodes;
    }

    /**
     * @param reply the reply's text, {@code field:value} lines; not null
     * @return its fields; missing numbers read as -1, a missing state as {@code unknown}
     */
    static ClusterInfo parse(String reply) {
        Map<String, String> fields = new HashMap<>();
        for (String line : reply.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return new ClusterInfo(fields.getOrDefault("cluster_state", "unknown"), number(fields, "cluster_slots_ok"),
                number(fields, "cluster_slots_pfail"), number(fields, "cluster_slots_fail"),
                number(fields, "cluster_known_nodes"));
    }

    private static long number(Map<String, String> fields, String name) {
        try {
            return Long.parseLong(fields.getOrDefault(name, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** @return whether the node says the cluster serves every slot ({@code cluster_state:ok}) */
    boolean ok() {
        return "ok".equals(state);
    }

    /** Adds {@code cluster_state}, {@code slots_ok}, {@code slots_pfail}, {@code slots_fail}, {@code known_nodes}. */
    void addTo(Map<String, Object> data) {
        data.put("cluster_state", state);
        data.put("slots_ok", slotsOk);
        data.put("slots_pfail", slotsPfail);
        data.put("slots_fail", slotsFail);
        data.put("known_nodes", knownNodes);
    }
}
