/**
 * Public API, what an application injects and catches: the CDI qualifier
 * {@link io.github.jakartaredis.cluster.RedisCluster}, the injected
 * {@link io.github.jakartaredis.cluster.RedisClusterConnection} and its pipelines, and the exceptions a caller may
 * see. The retry helpers are the other API package, {@code io.github.jakartaredis.cluster.retry}. Every other
 * package is internal: it may change in any release.
 */
package io.github.jakartaredis.cluster;
