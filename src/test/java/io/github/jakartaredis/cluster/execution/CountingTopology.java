package io.github.jakartaredis.cluster.execution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.HostAndPort;

/** A {@link TopologyRefresh} that only records what it was asked. Not thread-safe: one test thread. */
final class CountingTopology implements TopologyRefresh {

    final List<String> refreshes = new ArrayList<>();
    final List<HostAndPort> failingNodes = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    int reloadHints;

    @Override
    public void refreshWithout(HostAndPort failed, boolean dropFromSeeds) {
        refreshes.add(failed + (dropFromSeeds ? " dropped" : " kept"));
    }

    @Override
    public void reloadSoon(HostAndPort suspect) {
        reloadHints++;
    }

    @Override
    public void nodeFailing(HostAndPort node) {
        failingNodes.add(node);
    }

    /** Records the wait instead of waiting. */
    @Override
    public void awaitChange(Duration longest) {
        waits.add(longest);
    }

    @Override
    public long refreshes() {
        return refreshes.size();
    }

    @Override
    public List<HostAndPort> seeds() {
        return List.of();
    }
}
