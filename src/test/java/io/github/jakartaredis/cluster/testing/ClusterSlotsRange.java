package io.github.jakartaredis.cluster.testing;

import java.util.ArrayList;
import java.util.List;

import redis.clients.jedis.util.SafeEncoder;

/**
 * One slot range of a {@code CLUSTER SLOTS} reply, reduced to what the fixture checks: the id of the primary
 * serving it and how many replicas are listed with it (clients reading from replicas learn them there).
 * Immutable and thread-safe.
 *
 * @param primaryId the primary's node id, empty if the reply does not carry it
 * @param replicaCount the number of replicas listed for the range
 */
record ClusterSlotsRange(String primaryId, int replicaCount) {

    /** Each range of a {@code CLUSTER SLOTS} reply as Jedis returns it (lists of start, end, primary, replicas). */
    static List<ClusterSlotsRange> parseAll(List<Object> clusterSlots) {
        List<ClusterSlotsRange> ranges = new ArrayList<>();
        for (Object item : clusterSlots) {
            List<?> range = (List<?>) item;
            List<?> primary = (List<?>) range.get(2);
            String primaryId = primary.size() > 2 ? SafeEncoder.encode((byte[]) primary.get(2)) : "";
            ranges.add(new ClusterSlotsRange(primaryId, range.size() - 3));
        }
        return ranges;
    }
}
