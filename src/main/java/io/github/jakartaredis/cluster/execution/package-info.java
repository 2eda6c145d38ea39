/**
 * Internal, not API: the command path. {@code ClusterExecutor} runs each command in cycles of the client's
 * {@code Retry} (the one retry loop); {@code KeyedAttempt} and {@code CrossNodeAttempt} are one attempt of a keyed and
 * of a cross-node command; {@code NodeChoice} picks the node, {@code NodeBatches} sends per-node batches in parallel,
 * {@code Topology} reloads the slot map, {@code ReplicaMap} knows the live replicas, {@code ConnectionLimit} holds
 * one permit per connection in use. No CDI here.
 */
package io.github.jakartaredis.cluster.execution;
