package io.github.jakartaredis.cluster.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

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
public final class LocalRedisCluster extends ClusterQueries implements AutoCloseable {

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
    private final Path baseDir = BuildDirectories.target().resolve("redis-cluster");
    private final ClusterStateCheck health;
    private final NodeLauncher launcher;
    private final NodeSignals signals = new NodeSignals();
    private volatile String redisVersion = "?";
    private volatile boolean closed;

    private LocalRedisCluster(ClusterSpec spec) {
        super(spec.nodeTable());
        this.binary = spec.binary != null ? spec.binary : RedisBinary.resolve();
        this.health = new ClusterStateCheck(nodes);
        this.launcher = new NodeLauncher(binary, baseDir, nodes, spec.tls, spec.extraConfig);
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
        private final ClusterSpec spec = new ClusterSpec();

        private Builder() {
        }

        /**
         * Adds a line to every node's {@code redis.conf}, after the fixture's own, e.g.
         * {@code cluster-require-full-coverage no}.
         */
        public Builder config(String line) {
            spec.addConfig(line);
            return this;
        }

        /**
         * Makes the nodes speak TLS only, to clients, to each other and to their replicas, as {@code tls} says;
         * {@link #seedUrl()} then starts with {@code rediss://}. Call {@link TlsNodes#assumeTlsAvailable()} first.
         */
        public Builder tls(TlsNodes tls) {
            spec.tls = tls;
            return this;
        }

        /** Uses this {@code redis-server} binary instead of the one found as described on the class. */
        public Builder binary(Path redisServer) {
            spec.binary = redisServer;
            return this;
        }

        /** Limit for starting the processes and forming the cluster; default {@link #DEFAULT_TIMEOUT}. */
        public Builder startTimeout(Duration timeout) {
            spec.startTimeout = timeout;
            return this;
        }

        /**
         * Chooses now the real port node {@code nodeIndex} (0-5) will listen on, and returns it, so that a proxy
         * can be set up to forward to it before the cluster starts. The port (and port + 10000) was free when
         * chosen; it is not held, so start the cluster soon. A node whose port was handed out here keeps it:
         * if another process takes it meanwhile, {@link #start()} fails instead of silently choosing another.
         */
        public int reservePort(int nodeIndex) {
            return spec.reservePort(nodeIndex);
        }

        /**
         * Makes node {@code nodeIndex} (0-5) announce {@code port} to the cluster and its clients
         * ({@code cluster-announce-port}) instead of its real port; its cluster bus stays on real port + 10000
         * ({@code cluster-announce-bus-port}). Typically the port of a {@link FaultProxy} forwarding to the
         * node's {@linkplain #reservePort(int) reserved} real port. Note that the replica of that node, too,
         * replicates through the announced port.
         */
        public Builder announcePortFor(int nodeIndex, int port) {
            spec.announcePortFor(nodeIndex, port);
            return this;
        }

        /** Starts the processes and forms the cluster; blocks until it is ready. Fails after the start timeout. */
        public LocalRedisCluster start() {
            LocalRedisCluster cluster = new LocalRedisCluster(spec);
            cluster.startAndForm(spec.reservedPorts, spec.startTimeout);
            return cluster;
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
        health.awaitAllSlotsServed(timeout);
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
        health.awaitHealthy(timeout);
    }

    /**
     * Starts the killed node {@code port} again, with its old directory and {@code nodes-P.conf}, so it rejoins
     * the cluster (a former primary whose slots were taken over comes back as a replica of its successor).
     * Waits until {@link #awaitHealthy(Duration) the cluster is healthy} again.
     */
    public synchronized void restart(int port) {
        checkOpen();
        ClusterNode node = nodes.byPort(port);
        long start = System.nanoTime();
        launcher.restart(node);
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
        redisVersion = new ClusterStartup(baseDir, nodes, launcher, health, topology)
                .start(reservedPorts, Await.deadline(timeout), binary, this::close);
    }

    @Override
    void checkOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
    }
}
