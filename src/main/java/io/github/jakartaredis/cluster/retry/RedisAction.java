package io.github.jakartaredis.cluster.retry;

/**
 * An operation against Redis that {@link Retry#call(RedisAction)} may run more than once. It throws no checked
 * exceptions; failures are the unchecked Jedis exceptions.
 *
 * <p>Because it may run again after a failure, it should be safe to repeat (idempotent, or harmless to apply
 * twice). Thread-safety is up to the implementation: a retry cycle runs it on the calling thread only.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface RedisAction<T> {

    /**
     * Runs the operation once.
     *
     * @return the result, nullable as the operation defines
     */
    T run();
}
