package io.github.jakartaredis.cluster.metrics;

/** The live values a client's gauges read. Implementations are thread-safe and cheap to call. */
public interface ClientGauges {

    /** @return {@code runtime.pool.size}: the most connections the client may hold checked out at once */
    int poolSize();

    /** @return {@code runtime.pool.in_use}: connections established and checked out right now */
    int poolInUse();

    /** @return {@code redis.client.active_requests}: commands in flight right now */
    int activeRequests();

    /** @return connections established and idle in the client's pools right now, over all nodes */
    default int poolIdle() {
        return 0;
    }

    /** @return callers waiting for a free connection right now */
    default int pendingRequests() {
        return 0;
    }

    /** @return how many callers, since the client started, gave up waiting for a free connection */
    default long poolTimeouts() {
        return 0;
    }
}
