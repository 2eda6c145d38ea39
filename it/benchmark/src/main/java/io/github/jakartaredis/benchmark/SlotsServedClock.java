package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;

/**
 * Tells when a cluster serves every slot again after one primary was killed: every live node reports
 * {@code cluster_state:ok} and, in {@code CLUSTER SLOTS}, all 16,384 slots served by primaries other than the killed
 * one. It asks each live node over a connection opened beforehand, about every {@value #POLL_MILLIS} ms, so that
 * the moment is known to within a few milliseconds (the fixture's {@code awaitFailover} opens new connections and
 * polls every 50 ms). Used by one thread; closes its connections.
 */
final class SlotsServedClock implements AutoCloseable {

    static final int POLL_MILLIS = 5;

    private final int victim;
    private final Map<Integer, Jedis> nodes = new LinkedHashMap<>();

    /** Opens a connection to every running node except {@code victim}; call it before the kill. */
    SlotsServedClock(LocalRedisCluster cluster, int victim) {
        this.victim = victim;
        for (int port : cluster.allPorts()) {
            if (port != victim && cluster.isAlive(port)) {
                nodes.put(port, cluster.nodeClient(port));
            }
        }
    }

    /**
     * Waits until every live node reports all slots served by primaries other than the victim.
     *
     * @return {@link System#nanoTime()} at the end of the first round of questions in which every node said so
     * @throws IllegalStateException if that does not happen within {@code timeoutMillis}
     */
    long awaitAllSlotsServed(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        String problem = null;
        while (System.nanoTime() < deadline) {
            problem = problem();
            if (problem == null) {
                return System.nanoTime();
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("Not all slots served " + timeoutMillis + " ms after the kill: " + problem);
    }

    /** Null if every node agrees that all slots are served by live primaries; else what one node says. */
    private String problem() {
        for (Map.Entry<Integer, Jedis> entry : nodes.entrySet()) {
            String port = "node " + entry.getKey();
            Jedis node = entry.getValue();
            try {
                if (!node.clusterInfo().contains("cluster_state:ok")) {
                    return port + ": cluster_state is not ok";
                }
                int served = 0;
                for (Object range : node.clusterSlots()) {
                    List<?> fields = (List<?>) range;
                    List<?> primary = (List<?>) fields.get(2);
                    if (((Long) primary.get(1)).intValue() != victim) {
                        served += (int) ((Long) fields.get(1) - (Long) fields.get(0) + 1);
                    }
                }
                if (served != LocalRedisCluster.SLOT_COUNT) {
                    return port + ": " + served + " slots served by live primaries";
                }
            } catch (RuntimeException e) {
                return port + ": " + e;
            }
        }
        return null;
    }

    @Override
    public void close() {
        nodes.values().forEach(Jedis::close);
    }
}
