/**
 * Internal, not API: the monitored connection handle behind {@code RedisClusterConnection} and its pipelines: how
 * each interface method is carried out ({@code CommandDispatch}), timing and counting of every command, the
 * per-request tally.
 */
package io.github.jakartaredis.cluster.monitoring;
