package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.util.JedisClusterCRC16;

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

    private static final int[][] SLOT_RANGES = {{0, 5460}, {5461, 10922}, {10923, 16383}};
    private static final Duration LAUNCH_TIMEOUT = Duration.ofSeconds(10);
    private static final int LAUNCH_ATTEMPTS = 5;
    private static final Logger LOG = Logger.getLogger(LocalRedisCluster.class.getName());
    private static final Object PID_FILE_GUARD = new Object();

    static {
        BuildDirectories.ensureTmpDirExists();
    }

    private final Path binary;
    private final Path baseDir;
    private final TlsNodes tls;
    private final List<Node> nodes;
    private final Thread shutdownHook;
    private final Set<Long> startedPids = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Set<Integer> pausedPorts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<String> extraConfig;
    private volatile String redisVersion = "?";
    private volatile boolean closed;

    private LocalRedisCluster(Builder builder) {
        this.binary = builder.binary != null ? builder.binary : RedisBinary.resolve();
        this.baseDir = BuildDirectories.target().resolve("redis-cluster");
        this.tls = builder.tls;
        List<Node> list = new ArrayList<>();
        for (int i = 0; i < NODE_COUNT; i++) {
            list.add(new Node(i, builder.announced.get(i), builder.pinned.contains(i)));
        }
        this.nodes = List.copyOf(list);
        this.extraConfig = List.copyOf(builder.extraConfig);
        this.shutdownHook = new Thread(() -> {
            stopAllProcesses();
            forgetPids();
        }, "LocalRedisCluster-shutdown-hook");
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
                .map(port -> HOST + ":" + node(port).announcedPort)
                .collect(Collectors.joining(",", tls != null ? "rediss://" : "redis://", ""));
    }

    /** Real ports of all nodes, by node index (0-2 started as primaries, 3-5 as replicas). */
    public List<Integer> allPorts() {
        return nodes.stream().map(n -> n.port).collect(Collectors.toUnmodifiableList());
    }

    /** Real port of node {@code nodeIndex} (0-5). */
    public int nodePort(int nodeIndex) {
        Builder.checkIndex(nodeIndex);
        return nodes.get(nodeIndex).port;
    }

    /** The port node {@code port} announces to the cluster and its clients (its real port unless overridden). */
    public int announcedPort(int port) {
        return node(port).announcedPort;
    }

    /** The cluster node ID of node {@code port}. */
    public String nodeId(int port) {
        return node(port).id;
    }

    /**
     * Real ports of the current primaries, as seen by a live node: masters that serve slots and are not
     * flagged failing, ordered by the lowest slot each serves.
     */
    public List<Integer> primaryPorts() {
        return liveView().stream()
                .filter(info -> info.isMaster() && !info.failing() && info.slotCount() > 0)
                .sorted(Comparator.comparingInt(ClusterNodesLine::minSlot))
                .map(info -> nodeById(info.id()).port)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Real ports of the current replicas (not flagged failing), as seen by a live node, by node index. */
    public List<Integer> replicaPorts() {
        Set<String> replicaIds = liveView().stream()
                .filter(info -> info.isReplica() && !info.failing())
                .map(ClusterNodesLine::id)
                .collect(Collectors.toSet());
        return nodes.stream().filter(n -> replicaIds.contains(n.id)).map(n -> n.port)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Real port of the primary serving {@code slot} now, as seen by a live node (reflects failovers). */
    public int portOwningSlot(int slot) {
        if (slot < 0 || slot >= SLOT_COUNT) {
            throw new IllegalArgumentException("Not a slot: " + slot);
        }
        return liveView().stream()
                .filter(info -> info.isMaster() && !info.failing() && info.serves(slot))
                .findFirst()
                .map(info -> nodeById(info.id()).port)
                .orElseThrow(() -> new IllegalStateException("No live primary serves slot " + slot));
    }

    /**
     * Three keys, one hashing to a slot of each current primary: {@code keyOnEachPrimary().get(i)} belongs to
     * {@code primaryPorts().get(i)} (as long as the topology does not change in between).
     */
    public List<String> keyOnEachPrimary() {
        List<String> keys = new ArrayList<>();
        for (int port : primaryPorts()) {
            keys.add(keyOwnedBy(port));
        }
        return List.copyOf(keys);
    }

    /** A key hashing to a slot the primary {@code port} serves now. */
    public String keyOwnedBy(int port) {
        Node owner = node(port);
        ClusterNodesLine info = liveView().stream()
                .filter(i -> i.id().equals(owner.id) && i.isMaster() && i.slotCount() > 0)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Node " + port + " serves no slot now"));
        for (int n = 0; ; n++) {
            String key = "fixture-key-" + n;
            if (info.serves(JedisClusterCRC16.getSlot(key))) {
                return key;
            }
        }
    }

    /**
     * A new connection to node {@code port}'s real port (bypassing any proxy), with 2 s timeouts; over TLS, with
     * the test client certificate, when the cluster was built with {@link Builder#tls(TlsNodes)}.
     * The caller closes it.
     */
    public Jedis nodeClient(int port) {
        return new Jedis(new HostAndPort(HOST, node(port).port), adminConfig(2000, 2000));
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
        Process process = node(port).process;
        if (process == null) {
            throw new IllegalStateException("Node " + port + " was never started");
        }
        return process.pid();
    }

    /** Whether node {@code port}'s process is running. */
    public boolean isAlive(int port) {
        Process process = node(port).process;
        return process != null && process.isAlive();
    }

    // -------------------------------------------------------------------------------------------------- faults

    /** Kills node {@code port} with SIGKILL and waits until the process has exited. No-op if it is not running. */
    public synchronized void kill(int port) {
        Node node = node(port);
        Process process = node.process;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroyForcibly(); // SIGKILL on Linux, also ends a paused process
        pausedPorts.remove(node.port);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Node " + port + " (pid " + process.pid() + ") survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing node " + port, e);
        }
        LOG.info(() -> "Killed Redis node " + port + " (pid " + process.pid() + ")");
    }

    /**
     * Stops node {@code port}'s process with SIGSTOP: it keeps its sockets open and accepts connections (the
     * kernel completes the handshake) but answers nothing, like a hung or partitioned node, until
     * {@link #resume(int)}. {@link #close()} resumes paused nodes before stopping them.
     */
    public synchronized void pause(int port) {
        signal(port, "STOP");
        pausedPorts.add(node(port).port);
    }

    /** Continues a node {@linkplain #pause(int) paused} with SIGSTOP (SIGCONT). No-op if it is not paused. */
    public synchronized void resume(int port) {
        if (pausedPorts.remove(node(port).port)) {
            signal(port, "CONT");
        }
    }

    private void signal(int port, String signal) {
        Process process = node(port).process;
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("Node " + port + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling node " + port, e);
        }
        LOG.info(() -> "SIG" + signal + " to Redis node " + port + " (pid " + process.pid() + ")");
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
        Await.until("all slots served by live primaries", Await.deadline(timeout), () -> slotsProblem(false));
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
        Await.until("a healthy cluster", Await.deadline(timeout), () -> slotsProblem(true));
    }

    /**
     * Starts the killed node {@code port} again, with its old directory and {@code nodes-P.conf}, so it rejoins
     * the cluster (a former primary whose slots were taken over comes back as a replica of its successor).
     * Waits until {@link #awaitHealthy(Duration) the cluster is healthy} again.
     */
    public synchronized void restart(int port) {
        checkOpen();
        Node node = node(port);
        if (node.process != null && node.process.isAlive()) {
            throw new IllegalStateException("Node " + port + " is still running; kill it first");
        }
        long start = System.nanoTime();
        String problem = launch(node, Await.deadline(LAUNCH_TIMEOUT));
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
        for (int port : Set.copyOf(pausedPorts)) {
            try {
                resume(port);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not resume node " + port + ": " + e);
            }
        }
        stopAllProcesses();
        forgetPids();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotRegistered) {
            // nothing to do
        }
    }

    @Override
    public String toString() {
        return "LocalRedisCluster" + nodes.stream()
                .map(n -> n.port + (n.announcedPort != n.port ? "(announced " + n.announcedPort + ")" : ""))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private synchronized void startAndForm(int[] reservedPorts, Duration timeout) {
        long start = System.nanoTime();
        long deadline = Await.deadline(timeout);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            Files.createDirectories(baseDir);
            killLeftovers(baseDir);
            int[] ports = reservedPorts != null ? reservedPorts : LoopbackPorts.freePairs(NODE_COUNT, announcedPorts());
            for (Node node : nodes) {
                node.setPort(ports[node.index], baseDir);
            }
            launchAll(deadline);
            long launched = System.nanoTime();
            formCluster(deadline);
            LOG.info(() -> String.format(Locale.ROOT,
                    "Redis Cluster %s ready in %d ms (processes up in %d ms): redis %s, binary %s, primaries %s,"
                            + " replicas %s, seeds %s",
                    this, Await.millisSince(start), TimeUnit.NANOSECONDS.toMillis(launched - start), redisVersion, binary,
                    primaryPorts(), replicaPorts(), seedUrl()));
        } catch (RuntimeException | IOException e) {
            String logs = logTails();
            close();
            if (e instanceof IllegalStateException) {
                throw new IllegalStateException(e.getMessage() + logs, e);
            }
            throw new IllegalStateException("Could not start the Redis Cluster: " + e + logs, e);
        }
    }

    private void launchAll(long deadline) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Map<Node, String> failed = new HashMap<>();
            for (Node node : nodes) {
                if (node.process == null || !node.process.isAlive()) {
                    node.prepareFreshDir();
                    startProcess(node);
                }
            }
            long launchDeadline = Math.min(deadline, Await.deadline(LAUNCH_TIMEOUT));
            for (Node node : nodes) {
                String problem = awaitReady(node, launchDeadline);
                if (problem != null) {
                    failed.put(node, problem);
                }
            }
            if (failed.isEmpty()) {
                return;
            }
            for (Map.Entry<Node, String> failure : failed.entrySet()) {
                Node node = failure.getKey();
                if (node.pinned || attempt >= LAUNCH_ATTEMPTS || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Redis node " + node.port + " did not start: " + failure.getValue());
                }
                LOG.warning(() -> "Redis node " + node.port + " did not start (" + failure.getValue()
                        + "); trying another port");
                stopProcess(node.process);
                Set<Integer> taken = new HashSet<>(announcedPorts());
                nodes.forEach(n -> taken.add(n.port));
                node.setPort(LoopbackPorts.freePairs(1, taken)[0], baseDir);
            }
        }
    }

    /** Starts node's process (config written if absent) and waits for it to answer PING; null or the problem. */
    private String launch(Node node, long deadline) {
        try {
            startProcess(node);
        } catch (IOException e) {
            return e.toString();
        }
        return awaitReady(node, deadline);
    }

    private void startProcess(Node node) throws IOException {
        Path config = node.dir.resolve("redis.conf");
        if (!Files.exists(config)) {
            Files.writeString(config, configFor(node));
        }
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), config.toString())
                .directory(node.dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(node.dir.resolve("stdout.log").toFile()))
                .redirectInput(Redirect.from(new java.io.File("/dev/null")));
        node.process = builder.start();
        recordPid(node);
        LOG.fine(() -> "Started Redis node " + node.port + " (pid " + node.process.pid() + ")");
    }

    private String configFor(Node node) {
        StringBuilder config = new StringBuilder();
        config.append("# written by ").append(LocalRedisCluster.class.getName()).append('\n')
                .append(tls != null ? "port 0\n" + tls.config(node.port) : "port " + node.port + "\n")
                .append("bind ").append(HOST).append('\n')
                .append("daemonize no\n")
                .append("protected-mode no\n")
                .append("dir ").append(quote(node.dir.toString())).append('\n')
                .append("logfile ").append(quote(node.dir.resolve("redis.log").toString())).append('\n')
                .append("appendonly no\n")
                .append("save \"\"\n")
                .append("cluster-enabled yes\n")
                .append("cluster-config-file nodes-").append(node.port).append(".conf\n")
                .append("cluster-node-timeout 1000\n")
                .append("cluster-announce-ip ").append(HOST).append('\n')
                // a replica may always take over, however long its link was down (e.g. behind a stalled proxy)
                .append("cluster-replica-validity-factor 0\n")
                // full syncs straight over the socket, without Redis 7's default 5 s wait for more replicas
                .append("repl-diskless-sync yes\n")
                .append("repl-diskless-sync-delay 0\n")
                // CLUSTER SLOTS lists a replica only once its replication offset is above 0, which on an idle new
                // primary takes the first replication ping (10 s by default)
                .append("repl-ping-replica-period 1\n");
        extraConfig.forEach(line -> config.append(line).append('\n'));
        if (node.announcedPort != node.port) {
            config.append("cluster-announce-port ").append(node.announcedPort).append('\n')
                    .append("cluster-announce-bus-port ").append(node.port + LoopbackPorts.BUS_PORT_OFFSET).append('\n');
        }
        return config.toString();
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private String awaitReady(Node node, long deadline) {
        while (true) {
            Process process = node.process;
            if (!process.isAlive()) {
                return "process exited with status " + process.exitValue() + "; " + lastLogLine(node);
            }
            try (Jedis jedis = new Jedis(new HostAndPort(HOST, node.port), adminConfig(200, 1000))) {
                if ("PONG".equals(jedis.ping())) {
                    return null;
                }
            } catch (RuntimeException notYet) {
                // retry
            }
            if (System.nanoTime() > deadline) {
                return "no answer to PING; " + lastLogLine(node);
            }
            Await.sleep(20);
        }
    }

    private void formCluster(long deadline) {
        for (Node node : nodes) {
            try (Jedis jedis = admin(node)) {
                node.id = jedis.clusterMyId();
                if (node.index == 0) {
                    String server = jedis.info("server");
                    redisVersion = RedisInfo.field(server, "redis_version");
                }
            }
        }
        for (int i = 0; i < PRIMARY_COUNT; i++) {
            int[] range = SLOT_RANGES[i];
            try (Jedis jedis = admin(nodes.get(i))) {
                jedis.clusterAddSlots(IntStream.rangeClosed(range[0], range[1]).toArray());
            }
        }
        for (Node node : nodes) {
            try (Jedis jedis = admin(node)) {
                jedis.clusterSetConfigEpoch(node.index + 1L); // distinct epochs: no collisions to resolve
            }
        }
        try (Jedis first = admin(nodes.get(0))) {
            for (Node node : nodes.subList(1, NODE_COUNT)) {
                first.clusterMeet(HOST, node.port); // the real port: its bus is real port + 10000
            }
        }
        Await.until("all nodes to know each other", deadline, this::meetProblem);
        for (int i = PRIMARY_COUNT; i < NODE_COUNT; i++) {
            Node replica = nodes.get(i);
            try (Jedis jedis = admin(replica)) {
                jedis.clusterReplicate(nodes.get(i - PRIMARY_COUNT).id);
            }
        }
        Await.until("the cluster to be formed", deadline, this::formationProblem);
    }

    private String meetProblem() {
        for (Node node : nodes) {
            try (Jedis jedis = admin(node)) {
                List<ClusterNodesLine> view = ClusterNodesLine.parseAll(jedis.clusterNodes());
                if (view.size() != NODE_COUNT) {
                    return "node " + node.port + " knows " + view.size() + " nodes";
                }
                for (ClusterNodesLine info : view) {
                    if (info.joining() || nodeByIdOrNull(info.id()) == null) {
                        return "node " + node.port + " sees " + info;
                    }
                }
            }
        }
        return null;
    }

    private String formationProblem() {
        for (Node node : nodes) {
            try (Jedis jedis = admin(node)) {
                List<ClusterNodesLine> view = ClusterNodesLine.parseAll(jedis.clusterNodes());
                long masters = view.stream().filter(i -> i.isMaster() && i.slotCount() > 0).count();
                long replicas = view.stream().filter(ClusterNodesLine::isReplica).count();
                if (masters != PRIMARY_COUNT || replicas != NODE_COUNT - PRIMARY_COUNT) {
                    return "node " + node.port + " sees " + masters + " primaries and " + replicas + " replicas";
                }
            }
        }
        return slotsProblem(true);
    }

    /**
     * Null if the node's {@code CLUSTER SLOTS} lists, for each primary, every replica its {@code CLUSTER NODES} shows
     * healthy (a client reading from replicas learns them there); else what is missing.
     */
    private String replicasMissingFromClusterSlots(Jedis jedis, List<ClusterNodesLine> view) {
        Map<String, Long> healthyReplicas = view.stream()
                .filter(i -> !i.isMaster() && i.masterId() != null && !i.failing() && i.connected())
                .filter(i -> {
                    Node other = nodeByIdOrNull(i.id());
                    return other != null && other.process != null && other.process.isAlive();
                })
                .collect(Collectors.groupingBy(ClusterNodesLine::masterId, Collectors.counting()));
        for (ClusterSlotsRange range : ClusterSlotsRange.parseAll(jedis.clusterSlots())) {
            long expected = healthyReplicas.getOrDefault(range.primaryId(), 0L);
            if (range.replicaCount() < expected) {
                return "lists " + range.replicaCount() + " of the " + expected + " replicas of " + range.primaryId()
                        + " in CLUSTER SLOTS";
            }
        }
        return null;
    }

    /** Null if every live node reports cluster_state:ok and sees all slots served by live masters; else why not. */
    private String slotsProblem(boolean requireHealthy) {
        List<Node> live = nodes.stream().filter(n -> n.process != null && n.process.isAlive()).collect(Collectors.toList());
        if (live.isEmpty()) {
            return "no node is running";
        }
        for (Node node : live) {
            try (Jedis jedis = admin(node)) {
                String state = RedisInfo.field(jedis.clusterInfo(), "cluster_state");
                if (!"ok".equals(state)) {
                    return "node " + node.port + " has cluster_state:" + state;
                }
                List<ClusterNodesLine> view = ClusterNodesLine.parseAll(jedis.clusterNodes());
                int served = 0;
                for (ClusterNodesLine info : view) {
                    Node other = nodeByIdOrNull(info.id());
                    boolean otherLive = other != null && other.process != null && other.process.isAlive();
                    if (info.isMaster() && otherLive && !info.failing()) {
                        served += info.slotCount();
                    }
                    if (requireHealthy && otherLive) {
                        if (info.failing() || info.joining() || !info.connected()) {
                            return "node " + node.port + " sees " + info;
                        }
                        if (info.port() != other.announcedPort) {
                            return "node " + node.port + " sees node " + other.port + " at port " + info.port()
                                    + " instead of " + other.announcedPort;
                        }
                    }
                }
                if (served != SLOT_COUNT) {
                    return "node " + node.port + " sees " + served + " slots served by live primaries";
                }
                if (requireHealthy) {
                    String missing = replicasMissingFromClusterSlots(jedis, view);
                    if (missing != null) {
                        return "node " + node.port + " " + missing;
                    }
                }
                String replication = requireHealthy ? jedis.info("replication") : "";
                if (requireHealthy && "slave".equals(RedisInfo.field(replication, "role"))) {
                    String link = RedisInfo.field(replication, "master_link_status");
                    if (!"up".equals(link)) {
                        return "replica " + node.port + " has master_link_status:" + link;
                    }
                }
            } catch (RuntimeException e) {
                return "node " + node.port + ": " + e;
            }
        }
        return null;
    }

    private void stopAllProcesses() {
        List<Process> running = nodes.stream().map(n -> n.process)
                .filter(p -> p != null && p.isAlive()).collect(Collectors.toList());
        running.forEach(Process::destroy); // SIGTERM
        long deadline = Await.deadline(Duration.ofSeconds(2));
        for (Process process : running) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly(); // SIGKILL
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void stopProcess(Process process) {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------------------------------------------- nodes

    private static final class Node {
        final int index;
        final boolean pinned;
        final Integer announcedOverride;
        volatile int port;
        volatile int announcedPort;
        volatile Path dir;
        volatile Process process;
        volatile String id;

        Node(int index, Integer announcedOverride, boolean pinned) {
            this.index = index;
            this.announcedOverride = announcedOverride;
            this.pinned = pinned;
        }

        void setPort(int port, Path baseDir) {
            this.port = port;
            this.announcedPort = announcedOverride != null ? announcedOverride : port;
            this.dir = baseDir.resolve(Integer.toString(port));
        }

        void prepareFreshDir() throws IOException {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir);
        }
    }

    private Node node(int port) {
        for (Node node : nodes) {
            if (node.port == port) {
                return node;
            }
        }
        for (Node node : nodes) {
            if (node.announcedPort == port) {
                return node;
            }
        }
        throw new IllegalArgumentException("No node of " + this + " has port " + port);
    }

    private Node nodeById(String id) {
        Node node = nodeByIdOrNull(id);
        if (node == null) {
            throw new IllegalStateException("Unknown node id " + id + " in " + this);
        }
        return node;
    }

    private Node nodeByIdOrNull(String id) {
        for (Node node : nodes) {
            if (id.equals(node.id)) {
                return node;
            }
        }
        return null;
    }

    private Set<Integer> announcedPorts() {
        return nodes.stream().map(n -> n.announcedOverride).filter(p -> p != null).collect(Collectors.toSet());
    }

    /** CLUSTER NODES of the first live node that answers. */
    private List<ClusterNodesLine> liveView() {
        checkOpen();
        RuntimeException failure = null;
        for (Node node : nodes) {
            if (node.process == null || !node.process.isAlive()) {
                continue;
            }
            try (Jedis jedis = admin(node)) {
                return ClusterNodesLine.parseAll(jedis.clusterNodes());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        throw new IllegalStateException("No live node of " + this + " answers", failure);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException(this + " is closed");
        }
    }

    private Jedis admin(Node node) {
        return new Jedis(new HostAndPort(HOST, node.port), adminConfig(2000, 2000));
    }

    private JedisClientConfig adminConfig(int connectMillis, int socketMillis) {
        return tls != null ? tls.adminConfig(connectMillis, socketMillis) : DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(connectMillis).socketTimeoutMillis(socketMillis).build();
    }

    // ----------------------------------------------------------------------------------------------------- pids

    /*
     * target/redis-cluster/pids has one line per node process: "<owner JVM pid> <redis pid> <port>".
     * Lines of a JVM that is no longer running are leftovers of a crashed run.
     */

    private Path pidFile() {
        return baseDir.resolve("pids");
    }

    private void recordPid(Node node) throws IOException {
        startedPids.add(node.process.pid());
        String line = ProcessHandle.current().pid() + " " + node.process.pid() + " " + node.port;
        updatePidFile(baseDir, lines -> {
            lines.add(line);
            return lines;
        });
    }

    private void forgetPids() {
        String owner = ProcessHandle.current().pid() + " ";
        Set<String> ours = startedPids.stream().map(pid -> owner + pid + " ").collect(Collectors.toSet());
        try {
            updatePidFile(baseDir, lines -> lines.stream()
                    .filter(line -> ours.stream().noneMatch(line::startsWith))
                    .collect(Collectors.toList()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not update " + pidFile(), e);
        }
    }

    /** Kills the processes recorded by JVMs that are gone, if they still look like redis-server. */
    static void killLeftovers(Path baseDir) throws IOException {
        updatePidFile(baseDir, lines -> {
            List<String> kept = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 2) {
                    continue;
                }
                long owner = Long.parseLong(f[0]);
                long pid = Long.parseLong(f[1]);
                if (owner == ProcessHandle.current().pid() || ProcessHandle.of(owner).map(ProcessHandle::isAlive)
                        .orElse(false)) {
                    kept.add(line); // a running JVM's node, maybe another cluster of this JVM
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
                if (process.isPresent() && looksLikeOurRedis(pid, baseDir)) {
                    LOG.warning(() -> "Killing leftover Redis node of an earlier run: pid " + pid + " ("
                            + line + ")");
                    process.get().destroyForcibly();
                    try {
                        process.get().onExit().get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        LOG.warning(() -> "Leftover Redis pid " + pid + " did not exit: " + e);
                    }
                }
            }
            return kept;
        });
    }

    /** /proc/pid/cmdline mentions redis-server (or the embedded binary) and, if readable, its cwd is ours. */
    static boolean looksLikeOurRedis(long pid, Path baseDir) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            if (!cmdline.contains("redis-server") && !cmdline.contains(RedisBinary.EMBEDDED_RESOURCE)) {
                return false;
            }
        } catch (IOException | RuntimeException gone) {
            return false;
        }
        try {
            Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
            return cwd.startsWith(baseDir.toAbsolutePath());
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    static void updatePidFile(Path baseDir, java.util.function.UnaryOperator<List<String>> update)
            throws IOException {
        synchronized (PID_FILE_GUARD) {
            Files.createDirectories(baseDir);
            Path pids = baseDir.resolve("pids");
            try (FileChannel lockChannel = FileChannel.open(baseDir.resolve("pids.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                List<String> lines = Files.exists(pids)
                        ? new ArrayList<>(Files.readAllLines(pids)) : new ArrayList<>();
                List<String> updated = update.apply(lines);
                Path tmp = baseDir.resolve("pids.tmp");
                Files.write(tmp, updated);
                Files.move(tmp, pids, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- misc

    private String lastLogLine(Node node) {
        for (String file : List.of("redis.log", "stdout.log")) {
            try {
                List<String> lines = Files.readAllLines(node.dir.resolve(file));
                for (int i = lines.size() - 1; i >= 0; i--) {
                    if (!lines.get(i).isBlank()) {
                        return file + ": " + lines.get(i).trim();
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // try the next
            }
        }
        return "no log";
    }

    private String logTails() {
        StringBuilder out = new StringBuilder();
        for (Node node : nodes) {
            if (node.dir != null) {
                out.append("\n  node ").append(node.port).append(": ").append(lastLogLine(node));
            }
        }
        return out.toString();
    }
}
