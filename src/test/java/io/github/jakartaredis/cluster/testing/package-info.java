/**
 * Test fixtures: a real Redis Cluster and fault injection.
 *
 * <ul>
 * <li>{@link io.github.jakartaredis.cluster.testing.LocalRedisCluster}: 3 primaries + 3 replicas as child
 * processes on free loopback ports; kill, failover and restart of nodes.</li>
 * <li>{@link io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension}: one shared cluster per test run,
 * injected as a {@code LocalRedisCluster} parameter.</li>
 * <li>{@link io.github.jakartaredis.cluster.testing.FaultProxy}: a TCP proxy that forwards, refuses or stalls;
 * with {@code LocalRedisCluster.builder().announcePortFor(...)} a node is reachable for clients only through
 * it.</li>
 * </ul>
 *
 * <p>Run the fixture's own tests with
 * {@code mvn test -Dtest='io.github.jakartaredis.cluster.testing.*Test'}; add
 * {@code -Dredis.fixture.binary=embedded} (or the environment variable {@code REDIS_FIXTURE_BINARY=embedded})
 * to use the Redis 6.2 binary shipped in embedded-redis instead of the {@code redis-server} on the PATH.
 */
package io.github.jakartaredis.cluster.testing;
