package io.github.jakartaredis.cluster.execution;

import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Where one attempt of a keyed command goes: the target of a redirect when there is one; else, for a read with
 * {@code read_from_replicas}, one of the slot's live replicas at random; else the slot's primary. A slot without a
 * live replica is read from its primary at no extra cost (no reload). Thread-safe.
 */
final class NodeChoice {

    private final ClusterNodes nodes;
    private final ReplicaMap replicas;

    /**
     * @param nodes the slot map and pools, not null
     * @param replicas the replicas of each slot, null when replicas are not read from
     */
    NodeChoice(ClusterNodes nodes, ReplicaMap replicas) {
        this.nodes = nodes;
        this.replicas = replicas;
    }

    /**
     * @param slot the command's slot
     * @param redirect the redirect the previous try was answered with, or null
     * @param replicaRead whether a replica may serve the command
     * @return the node to send to; null when the slot map knows no node for the slot
     */
    HostAndPort target(int slot, JedisRedirectionException redirect, boolean replicaRead) {
        if (redirect != null) {
            return redirect.getTargetNode();
        }
        if (replicaRead && replicas != null) {
            HostAndPort replica = replicas.anyReplicaOf(slot);
            if (replica != null) {
                return replica;
            }
        }
        return nodes.primaryOf(slot);
    }

    /**
     * @param target what {@link #target} chose
     * @param slot the command's slot
     * @return whether the target is the slot's primary as the slot map knows it now
     */
    boolean isPrimaryOf(HostAndPort target, int slot) {
        return target == null || target.equals(nodes.primaryOf(slot));
    }

    /**
     * @param arguments a keyed command's arguments, not null
     * @return the hash slot of its first key
     */
    static int slotOf(CommandArguments arguments) {
        Object key = arguments.getKeys().get(0);
        return key instanceof byte[] ? JedisClusterCRC16.getSlot((byte[]) key) : JedisClusterCRC16.getSlot((String) key);
    }
}
