package io.github.jakartaredis.cluster.testing;

import java.util.List;
import java.util.stream.Collectors;

import redis.clients.jedis.Jedis;

/**
 * The questions a test asks a running {@link LocalRedisCluster}, which inherits these public methods: ports and
 * ids of its nodes, roles, slot owners and keys per primary as a live node sees them now, admin connections,
 * client counts and process state. Thread-safe; during a failover the role questions may see a transitional state.
 */
abstract class ClusterQueries {

    final NodeTable nodes;
    final LiveTopology topology;

    ClusterQueries(NodeTable nodes) {
        this.nodes = nodes;
        this.topology = new LiveTopology(nodes);
    }

    /** @throws IllegalStateException if the cluster is closed */
    abstract void checkOpen();

    /**
     * Seed URL for a cluster client, {@code redis://127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3}: the current
     * primaries, by their <em>announced</em> ports (what a client would use), in the order of
     * {@link #primaryPorts()}.
     */
    public String seedUrl() {
        return liveTopology().seedUrl();
    }

    /** Real ports of all nodes, by node index (0-2 started as primaries, 3-5 as replicas). */
    public List<Integer> allPorts() {
        return nodes.all().stream().map(n -> n.port).collect(Collectors.toUnmodifiableList());
    }

    /** Real port of node {@code nodeIndex} (0-5). */
    public int nodePort(int nodeIndex) {
        ClusterSpec.checkIndex(nodeIndex);
        return nodes.get(nodeIndex).port;
    }

    /** The port node {@code port} announces to the cluster and its clients (its real port unless overridden). */
    public int announcedPort(int port) {
        return nodes.byPort(port).announcedPort;
    }

    /** The cluster node ID of node {@code port}. */
    public String nodeId(int port) {
        return nodes.byPort(port).id;
    }

    /**
     * Real ports of the current primaries, as seen by a live node: masters that serve slots and are not
     * flagged failing, ordered by the lowest slot each serves.
     */
    public List<Integer> primaryPorts() {
        return liveTopology().primaryPorts();
    }

    /** Real ports of the current replicas (not flagged failing), as seen by a live node, by node index. */
    public List<Integer> replicaPorts() {
        return liveTopology().replicaPorts();
    }

    /** Real port of the primary serving {@code slot} now, as seen by a live node (reflects failovers). */
    public int portOwningSlot(int slot) {
        if (slot < 0 || slot >= LocalRedisCluster.SLOT_COUNT) {
            throw new IllegalArgumentException("Not a slot: " + slot);
        }
        return liveTopology().portOwningSlot(slot);
    }

    /**
     * Three keys, one hashing to a slot of each current primary: {@code keyOnEachPrimary().get(i)} belongs to
     * {@code primaryPorts().get(i)} (as long as the topology does not change in between).
     */
    public List<String> keyOnEachPrimary() {
        return liveTopology().keyOnEachPrimary();
    }

    /** A key hashing to a slot the primary {@code port} serves now. */
    public String keyOwnedBy(int port) {
        return liveTopology().keyOwnedBy(port);
    }

    /**
     * A new connection to node {@code port}'s real port (bypassing any proxy), with 2 s timeouts; over TLS, with
     * the test client certificate, when the cluster was built with {@link LocalRedisCluster.Builder#tls(TlsNodes)}.
     * The caller closes it.
     */
    public Jedis nodeClient(int port) {
        return nodes.admin(nodes.byPort(port));
    }

    /** FLUSHALL on every current primary (the replicas follow). */
    public void flushAll() {
        for (int port : primaryPorts()) {
            try (Jedis jedis = nodeClient(port)) {
                jedis.flushAll();
            }
        }
    }

    /**
     * Number of client connections node {@code port} has now ({@code connected_clients} of INFO clients),
     * <em>not</em> counting the connection this method uses to ask. On a replica this includes its link to its
     * primary; on a primary, the links of its replicas are not counted.
     */
    public int clientCount(int port) {
        return nodes.clientCount(nodes.byPort(port));
    }

    /** PID of node {@code port}'s current process (which may have exited). */
    public long pid(int port) {
        return nodes.byPort(port).pid();
    }

    /** Whether node {@code port}'s process is running. */
    public boolean isAlive(int port) {
        return nodes.byPort(port).isRunning();
    }

    private LiveTopology liveTopology() {
        checkOpen();
        return topology;
    }
}
