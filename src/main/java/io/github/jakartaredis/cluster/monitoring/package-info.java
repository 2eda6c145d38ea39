/**
 * Internal, not API: the monitored connection handle behind {@code RedisClusterConnection} (a generated class with
 * one direct call per interface method, over {@code MonitoredConnection}) and its pipelines, timing and counting of
 * every command ({@code MonitoredCommand}), the per-request tally.
 */
package io.github.jakartaredis.cluster.monitoring;
