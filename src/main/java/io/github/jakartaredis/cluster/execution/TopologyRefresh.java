package io.github.jakartaredis.cluster.execution;

import java.util.List;
import redis.clients.jedis.HostAndPort;

/**
 * How the command path asks for a fresh slot map: {@link Topology} is the real one; tests give fakes that count.
 * Implementations are thread-safe.
 */
public interface TopologyRefresh {

    /**
     * Reloads the slot map from a node other than {@code failed}, before a new cycle of retries.
     *
     * @param failed the node whose retries were spent, null when no node was reached
     * @param dropFromSeeds whether {@code failed} failed as a node and so leaves the seeds
     */
    void refreshWithout(HostAndPort failed, boolean dropFromSeeds);

    /**
     * Hints that the slot map may be stale; answered by a reload in the background, at most once a second.
     *
     * @param suspect a node that may have failed, may be null
     */
    void reloadSoon(HostAndPort suspect);

    /** @return how many reloads were made so far */
    long refreshes();

    /** @return the seed nodes still used for reloads */
    List<HostAndPort> seeds();
}
