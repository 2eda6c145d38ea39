package io.github.jakartaredis.cluster.health;

import io.github.jakartaredis.cluster.client.SharedClusterClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Protocol;

/**
 * The health of one client's cluster, with no health-check API in it (the CDI layer adapts it to MicroProfile
 * Health). Thread-safe.
 *
 * <p>{@link #readiness()} asks one node for {@code CLUSTER INFO} over a connection borrowed from the client's own
 * pools (no connection is opened per probe once the pools hold one), trying the node that answered last first and
 * the others in turn until one answers or the client's {@code timeout} has passed. UP when the node says
 * {@code cluster_state:ok}; DOWN when it says otherwise or no node answers. One unreachable node does not make
 * it DOWN. {@link #startup()} is UP once the client has loaded the cluster's topology.
 */
public final class ClusterHealth {

    private static final CommandObject<String> CLUSTER_INFO = new CommandObject<>(
            new CommandArguments(Protocol.Command.CLUSTER).add(Protocol.ClusterKeyword.INFO), BuilderFactory.STRING);

    private final String client;
    private final Supplier<SharedClusterClient> shared;
    private final Supplier<SharedClusterClient> started;
    private volatile String lastAnswered;

    /**
     * @param client the client's name, not null
     * @param shared the shared client, created (topology loaded) if need be; throws when that fails; not null
     * @param started the shared client if it was created, else null; never creates it; not null
     */
    public ClusterHealth(String client, Supplier<SharedClusterClient> shared, Supplier<SharedClusterClient> started) {
        this.client = client;
        this.shared = shared;
        this.started = started;
    }

    /** @return the client's name */
    public String client() {
        return client;
    }

    /** @return UP once the client has loaded the topology (trying to load it now if it has not yet) */
    public HealthReport startup() {
        Map<String, Object> data = data();
        if (started.get() != null) {
            return HealthReport.up(data);
        }
        try {
            shared.get();
            return HealthReport.up(data);
        } catch (RuntimeException e) {
            data.put("error", "topology not loaded: " + e.getClass().getName());
            return HealthReport.down(data);
        }
    }

    /** @return UP when one node of the cluster answers {@code CLUSTER INFO} with {@code cluster_state:ok} */
    public HealthReport readiness() {
        Map<String, Object> data = data();
        SharedClusterClient current;
        try {
            current = shared.get();
        } catch (RuntimeException e) {
            data.put("error", "topology not loaded: " + e.getClass().getName());
            return HealthReport.down(data);
        }
        Duration timeout = current.settings().timeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastError = "no known node";
        for (Map.Entry<String, ConnectionPool> node : nodesInOrder(current)) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            try {
                ClusterInfo info = ClusterInfo.parse(clusterInfo(node.getValue(), Duration.ofNanos(remaining)));
                lastAnswered = node.getKey();
                data.put("node", node.getKey());
                info.addTo(data);
                return info.ok() ? HealthReport.up(data) : HealthReport.down(data);
            } catch (Exception e) {
                lastError = node.getKey() + ": " + e.getClass().getName();
            }
        }
        data.put("error", "no node answered CLUSTER INFO within " + timeout.toMillis() + " ms; last: " + lastError);
        return HealthReport.down(data);
    }

    private Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("client", client);
        return data;
    }

    private List<Map.Entry<String, ConnectionPool>> nodesInOrder(SharedClusterClient current) {
        List<Map.Entry<String, ConnectionPool>> nodes = new ArrayList<>(current.jedis().getClusterNodes().entrySet());
        String first = lastAnswered;
        nodes.sort((a, b) -> Boolean.compare(!a.getKey().equals(first), !b.getKey().equals(first)));
        return nodes;
    }

    private static String clusterInfo(ConnectionPool pool, Duration wait) throws Exception {
        Connection connection = pool.borrowObject(wait);
        try {
            String reply = connection.executeCommand(CLUSTER_INFO);
            pool.returnResource(connection);
            return reply;
        } catch (RuntimeException e) {
            pool.returnBrokenResource(connection);
            throw e;
        }
    }
}
