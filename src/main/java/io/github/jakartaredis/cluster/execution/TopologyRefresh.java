package io.github.jakartaredis.cluster.execution;

import java.time.Duration;
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

    /**
     * Hears that a try on {@code node} failed as a node (connection error, timeout); answered by a reload in the
     * background at most every 100 ms, repeated that often while commands wait in {@link #awaitChange} and the map
     * has not changed, so that while a node fails the client sees its replica's promotion soon.
     *
     * @param node the node that failed, not null
     */
    void nodeFailing(HostAndPort node);

    /**
     * Waits until a reload changes which node serves some slot, or {@code longest} has passed: the pause of a
     * command's retries, ended early when there may be a new place to send it.
     *
     * @param longest how long at most, positive
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void awaitChange(Duration longest) throws InterruptedException;

    /** @return how many reloads were made so far between cycles and for hints (not those while a node fails) */
    long refreshes();

    /** @return the seed nodes still used for reloads */
    List<HostAndPort> seeds();
}
