/**
 * Public API: the retry helpers, after redis-py's: {@link io.github.jakartaredis.cluster.retry.Retry} (a backoff, a
 * number of retries and the error kinds it retries on, with the one retry loop {@code Retry.call}), the
 * {@link io.github.jakartaredis.cluster.retry.Backoff} strategies ({@code NoBackoff}, {@code ConstantBackoff},
 * {@code ExponentialBackoff}, {@code FullJitterBackoff}, {@code EqualJitterBackoff},
 * {@code DecorrelatedJitterBackoff}, {@code ExponentialWithJitterBackoff}) and
 * {@link io.github.jakartaredis.cluster.retry.RedisErrorKind}, the error classification. Usable on its own, from
 * plain Java, as well as through a client's configuration or a {@code @RedisCluster} {@code Retry} bean.
 */
package io.github.jakartaredis.cluster.retry;
