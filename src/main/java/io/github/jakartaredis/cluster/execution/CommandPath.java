package io.github.jakartaredis.cluster.execution;

/**
 * What every attempt of every command of one client shares: the nodes, where an attempt goes, the connection limit
 * and the topology. Immutable and thread-safe.
 *
 * @param nodes the slot map and per-node pools
 * @param choice where an attempt goes
 * @param limit the client-wide connection limit, one permit per connection in use
 * @param topology reloads of the slot map
 * @param socketTimeoutMillis the client's {@code socket_timeout}, the margin a blocking command gets on its block time
 */
record CommandPath(ClusterNodes nodes, NodeChoice choice, ConnectionLimit limit, TopologyRefresh topology,
        int socketTimeoutMillis) {
}
