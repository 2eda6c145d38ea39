package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import redis.clients.jedis.Jedis;

/**
 * A real Redis Cluster of 3 primaries and 3 replicas, each a {@code redis-server} child process listening on
 * a free loopback port chosen at run time.
 *
 * <p>Nodes are numbered 0 to 5: nodes 0, 1 and 2 start as primaries serving the slots 0-5460, 5461-10922 and
 * 10923-16383; node 3, 4 and 5 start as replicas of node 0, 1 and 2. After {@link #kill(int) kills} and
 * failovers the roles change; {@link #primaryPorts()}, {@link #replicaPorts()} and {@link #portOwningSlot(int)}
 * always ask a live node.
 *
 * <p><b>Ports.</b> Every {@code int port} argument and result of this class is a node's <em>real</em> port
 * (the one the process listens on; its cluster bus is on port + 10000), unless the method says otherwise.
 * Methods taking a port also accept the port a node {@linkplain Builder#announcePortFor announces} instead.
 * A node normally announces its real port; with {@link Builder#announcePortFor(int, int)} it announces another
 * one (say a {@link FaultProxy}'s), and then cluster clients only ever learn, and connect to, that port, while
 * {@link #nodeClient(int)} and the fixture's own administration still use the real port.
 *
 * <p><b>Binary.</b> {@code redis-server} is taken from, in this order: the {@code REDIS_SERVER} environment
 * variable (a path), the {@code PATH}, the Linux x86-64 binary inside the {@code embedded-redis} test
 * dependency (extracted once into {@code target/redis-bin/}). Setting the system property
 * {@code redis.fixture.binary} or the environment variable {@code REDIS_FIXTURE_BINARY} to {@code embedded}
 * forces the embedded binary. The choice is logged (java.util.logging, INFO).
 *
 * <p><b>Files and processes.</b> Node {@code P} lives in {@code target/redis-cluster/P/} (config, log,
 * {@code nodes-P.conf}). PIDs are recorded in {@code target/redis-cluster/pids}; at start, nodes left over by a
 * JVM that died without closing its cluster are killed (only processes whose command line still says
 * {@code redis-server}). {@link #close()} stops every process; a JVM shutdown hook does the same if the JVM
 * exits first.
 *
 * <p><b>Thread safety.</b> This class is thread-safe: every method may be called from any thread. The
 * lifecycle operations ({@link #kill}, {@link #restart}, {@link #close}) are serialized on the instance; the
 * accessors that read the cluster's state ask a live node each time and may, during a failover, see a
 * transitional state.
 *
 * <pre>{@code
 * try (LocalRedisCluster cluster = LocalRedisCluster.start()) {
 *     String seeds = cluster.seedUrl();               // redis://127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3
 *     int victim = cluster.portOwningSlot(0);
 *     cluster.kill(victim);
 *     cluster.awaitFailover();
 * }
 * }</pre>
 */
public final class LocalRedisCluster implements AutoCloseable {

    /** Number of nodes: 3 primaries and 3 replicas. */
    public static final int NODE_COUNT = 6;
    /** Number of primaries at start. */
    public static final int PRIMARY_COUNT = 3;
    /** Number of hash slots of a Redis Cluster. */
    public static final int SLOT_COUNT = 16384;
    /** Default limit for starting the cluster and for the {@code await*} methods. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Host every node binds to and announces. */
    public static final String HOST = "127.0.0.1";

    /** System property that may force the binary: {@value}; the only value understood is {@code embedded}. */
    public static final String BINARY_PROPERTY = RedisBinary.PROPERTY;
    /** Environment variable with the same meaning as {@link #BINARY_PROPERTY}. */
    public static final String BINARY_ENV = RedisBinary.ENV;

    private static final Logger LOG = Logger.getLogger(LocalRedisCluster.class.getName());

    static {
        BuildDirectories.ensureTmpDirExists();
    }

    private final Path binary;
    private final Path baseDir;
    private final TlsNodes tls;
    private final NodeTable nodes;
    private final LiveTopology topology;
    private final ClusterStateCheck health;
    private final NodeLauncher launcher;
    private final NodeSignals signals = new NodeSignals();
    private volatile String redisVersion = "?";
    private volatile boolean closed;

    private LocalRedisCluster(Builder builder) {
        this.binary = builder.binary != null ? builder.binary : RedisBinary.resolve();
        this.baseDir = BuildDirectories.target().resolve("redis-cluster");
        this.tls = builder.tls;
        List<ClusterNode> list = new ArrayList<>();
        for (int i = 0; i < NODE_COUNT; i++) {
            list.add(new ClusterNode(i, builder.announced.get(i), builder.pinned.contains(i)));
        }
        this.nodes = new NodeTable(list, tls);
        this.topology = new LiveTopology(nodes);
        this.health = new ClusterStateCheck(nodes);
        this.launcher = new NodeLauncher(binary, baseDir, nodes, tls, builder.extraConfig);
    }

    /** Starts a cluster with the defaults; blocks until it is fully formed (at most {@link #DEFAULT_TIMEOUT}). */
    public static LocalRedisCluster start() {
        return builder().start();
    }

    /** A builder, for a cluster whose nodes announce other ports or that uses another binary. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures a {@link LocalRedisCluster} before it starts. Not thread-safe; use from one thread.
     *
     * <p>To put a {@link FaultProxy} in front of node {@code i} (0-2 start as primaries):
     * <pre>{@code
     * LocalRedisCluster.Builder builder = LocalRedisCluster.builder();
     * FaultProxy proxy = FaultProxy.start(builder.reservePort(i));   // proxy -> node i's real port
     * LocalRedisCluster cluster = builder.announcePortFor(i, proxy.port()).start();
     * }</pre>
     */
    public static final class Builder {
        private Path binary;
        private Duration startTimeout = DEFAULT_TIMEOUT;
        private int[] reservedPorts;
        private final Map<Integer, Integer> announced = new HashMap<>();
        private final Set<Integer> pinned = new HashSet<>();
        private final List<String> extraConfig = new ArrayList<>();
        private TlsNodes tls;

        private Builder() {
        }

        /**
         * Adds a line to every node's {@code redis.conf}, after the fixture's own, e.g.
         * {@code cluster-require-full-coverage no}.
         */
        public Builder config(String line) {
            if (line == null || line.isBlank() || line.contains("\n")) {
                throw new IllegalArgumentException("Not one redis.conf line: " + line);
            }
            extraConfig.add(line);
            return this;
        }

        /**
         * Makes the nodes speak TLS only, to clients, to each other and to their replicas, as {@code tls} says;
         * {@link #seedUrl()} then starts with {@code rediss://}. Call {@link TlsNodes#assumeTlsAvailable()} first.
         */
        public Builder tls(TlsNodes tls) {
            this.tls = tls;
            return this;
        }

        /** Uses this {@code redis-server} binary instead of the one found as described on the class. */
        public Builder binary(Path redisServer) {
            this.binary = redisServer;
            return this;
        }

        /** Limit for starting the processes and forming the cluster; default {@link #DEFAULT_TIMEOUT}. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /**
         * Chooses now the real port node {@code nodeIndex} (0-5) will listen on, and returns it, so that a proxy
         * can be set up to forward to it before the cluster starts. The port (and port + 10000) was free when
         * chosen; it is not held, so start the cluster soon. A node whose port was handed out here keeps it:
         * if another process takes it meanwhile, {@link #start()} fails instead of silently choosing another.
         */
        public int reservePort(int nodeIndex) {
            checkIndex(nodeIndex);
            if (reservedPorts == null) {
                reservedPorts = LoopbackPorts.freePairs(NODE_COUNT, Set.copyOf(announced.values()));
            }
            pinned.add(nodeIndex);
            return reservedPorts[nodeIndex];
        }

        /**
         * Makes node {@code nodeIndex} (0-5) announce {@code port} to the cluster and its clients
         * ({@code cluster-announce-port}) instead of its real port; its cluster bus stays on real port + 10000
         * ({@code cluster-announce-bus-port}). Typically the port of a {@link FaultProxy} forwarding to the
         * node's {@linkplain #reservePort(int) reserved} real port. Note that the replica of that node, too,
         * replicates through the announced port.
         */
        public Builder announcePortFor(int nodeIndex, int port) {
            checkIndex(nodeIndex);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            announced.put(nodeIndex, port);
            return this;
        }

        /** Starts the processes and forms the cluster; blocks until it is ready. Fails after the start timeout. */
        public LocalRedisCluster start() {
            LocalRedisCluster cluster = new LocalRedisCluster(this);
            cluster.startAndForm(reservedPorts, startTimeout);
            return cluster;
        }

        private static void checkIndex(int nodeIndex) {
            if (nodeIndex < 0 || nodeIndex >= NODE_COUNT) {
                throw new IllegalArgumentException("Node index must be 0-" + (NODE_COUNT - 1) + ": " + nodeIndex);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ accessors

    /** The {@code redis-server} binary the nodes run. */
    public Path binary() {
        return binary;
    }

    /** The Redis version the nodes report, e.g. {@code 7.0.15}. */
    public String redisVersion() {
        return redisVersion;
    }

    /**
     * Seed URL for a cluster client, {@code redis://127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3}: the current
     * primaries, by their <em>announced</em> ports (what a client would use), in the order of
     * {@link #primaryPorts()}.
     */
    public String seedUrl() {
        return primaryPorts().stream()
                .map(port -> HOST + ":" + nodes.byPort(port).announcedPort)
                .collect(Collectors.joining(",", tls != null ? "rediss://" : "redis://", ""));
    }

    /** Real ports of all nodes, by node index (0-2 started as primaries, 3-5 as replicas). */
    public List<Integer> allPorts() {
        return nodes.all().stream().map(n -> n.port).collect(Collectors.toUnmodifiableList());
    }

    /** Real port of node {@code nodeIndex} (0-5). */
    public int nodePort(int nodeIndex) {
        Builder.checkIndex(nodeIndex);
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
        if (slot < 0 || slot >= SLOT_COUNT) {
            throw new IllegalArgumentException("Not a slot: " + slot);
        }
        return liveTopology().portOwningSlot(slot);
    }

    /**
     * Three keys, one hashing to a slot of each current primary: {@code keyOnEachPrimary().get(i)} belongs to
     * {@code primaryPorts().get(i)} (as long as the topology does not change in between).
     */
    public List<String> keyOnEachPrimary() {
        return primaryPorts().stream().map(this::keyOwnedBy).collect(Collectors.toUnmodifiableList());
    }

    /** A key hashing to a slot the primary {@code port} serves now. */
    public String keyOwnedBy(int port) {
        return liveTopology().keyOwnedBy(port);
    }

    /**
     * A new connection to node {@code port}'s real port (bypassing any proxy), with 2 s timeouts; over TLS, with
     * the test client certificate, when the cluster was built with {@link Builder#tls(TlsNodes)}.
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
        try (Jedis jedis = nodeClient(port)) {
            return Integer.parseInt(RedisInfo.field(jedis.info("clients"), "connected_clients")) - 1;
        }
    }

    /** PID of node {@code port}'s current process (which may have exited). */
    public long pid(int port) {
        ChildProcess process = nodes.byPort(port).process;
        if (process == null) {
            throw new IllegalStateException("Node " + port + " was never started");
        }
        return process.pid();
    }

    /** Whether node {@code port}'s process is running. */
    public boolean isAlive(int port) {
        return nodes.byPort(port).isRunning();
    }

    // -------------------------------------------------------------------------------------------------- faults

    /** Kills node {@code port} with SIGKILL and waits until the process has exited. No-op if it is not running. */
    public synchronized void kill(int port) {
        signals.kill(nodes.byPort(port));
    }

    /**
     * Stops node {@code port}'s process with SIGSTOP: it keeps its sockets open and accepts connections (the
     * kernel completes the handshake) but answers nothing, like a hung or partitioned node, until
     * {@link #resume(int)}. {@link #close()} resumes paused nodes before stopping them.
     */
    public synchronized void pause(int port) {
        signals.pause(nodes.byPort(port));
    }

    /** Continues a node {@linkplain #pause(int) paused} with SIGSTOP (SIGCONT). No-op if it is not paused. */
    public synchronized void resume(int port) {
        signals.resume(nodes.byPort(port));
    }

    /** {@link #awaitFailover(Duration)} with {@link #DEFAULT_TIMEOUT}. */
    public void awaitFailover() {
        awaitFailover(DEFAULT_TIMEOUT);
    }

    /**
     * Waits until, on every live node, {@code cluster_state:ok} and all 16384 slots are served by masters whose
     * process is running and that are not flagged failing. Call it after {@link #kill(int) killing} a primary
     * to wait for its replica to take over.
     *
     * @throws IllegalStateException on timeout, with the last problem seen
     */
    public void awaitFailover(Duration timeout) {
        long start = System.nanoTime();
        Await.until("all slots served by live primaries", Await.deadline(timeout), () -> health.problem(false));
        LOG.info(() -> "Cluster serves all slots again after " + Await.millisSince(start) + " ms");
    }

    /** {@link #awaitHealthy(Duration)} with {@link #DEFAULT_TIMEOUT}. */
    public void awaitHealthy() {
        awaitHealthy(DEFAULT_TIMEOUT);
    }

    /**
     * Waits until the live nodes form a healthy cluster: on each, {@code cluster_state:ok}, all slots served by
     * live masters, no live node flagged failing or still in handshake, every live node seen at its announced
     * port, and every live replica's link to its primary up.
     */
    public void awaitHealthy(Duration timeout) {
        Await.until("a healthy cluster", Await.deadline(timeout), () -> health.problem(true));
    }

    /**
     * Starts the killed node {@code port} again, with its old directory and {@code nodes-P.conf}, so it rejoins
     * the cluster (a former primary whose slots were taken over comes back as a replica of its successor).
     * Waits until {@link #awaitHealthy(Duration) the cluster is healthy} again.
     */
    public synchronized void restart(int port) {
        checkOpen();
        ClusterNode node = nodes.byPort(port);
        if (node.isRunning()) {
            throw new IllegalStateException("Node " + port + " is still running; kill it first");
        }
        long start = System.nanoTime();
        String problem = launcher.restart(node);
        if (problem != null) {
            throw new IllegalStateException("Could not restart Redis node " + port + ": " + problem);
        }
        awaitHealthy(DEFAULT_TIMEOUT);
        LOG.info(() -> "Restarted Redis node " + port + " (pid " + node.process.pid() + ") and the cluster is healthy in "
                + Await.millisSince(start) + " ms");
    }

    // ----------------------------------------------------------------------------------------------- lifecycle

    /**
     * Stops every node: SIGTERM, then SIGKILL for those still running after 2 s; waits for them to exit.
     * Idempotent. The node directories are kept (for their logs).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        signals.resumeAll();
        launcher.stopAll();
    }

    @Override
    public String toString() {
        return nodes.toString();
    }

    private synchronized void startAndForm(int[] reservedPorts, Duration timeout) {
        long start = System.nanoTime();
        long deadline = Await.deadline(timeout);
        try {
            Files.createDirectories(baseDir);
            NodeLauncher.killLeftovers(baseDir);
            int[] ports = reservedPorts != null ? reservedPorts
                    : LoopbackPorts.freePairs(NODE_COUNT, nodes.announcedOverrides());
            for (ClusterNode node : nodes.all()) {
                node.setPort(ports[node.index], baseDir);
            }
            launcher.startAll(deadline);
            long launched = System.nanoTime();
            redisVersion = new ClusterFormation(nodes, health).form(deadline);
            LOG.info(() -> String.format(Locale.ROOT,
                    "Redis Cluster %s ready in %d ms (processes up in %d ms): redis %s, binary %s, primaries %s,"
                            + " replicas %s, seeds %s",
                    this, Await.millisSince(start), TimeUnit.NANOSECONDS.toMillis(launched - start), redisVersion,
                    binary, primaryPorts(), replicaPorts(), seedUrl()));
        } catch (RuntimeException | IOException e) {
            String logs = nodes.logTails();
            close();
            if (e instanceof IllegalStateException) {
                throw new IllegalStateException(e.getMessage() + logs, e);
            }
            throw new IllegalStateException("Could not start the Redis Cluster: " + e + logs, e);
        }
    }

    private LiveTopology liveTopology() {
        checkOpen();
        return topology;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
    }
}
