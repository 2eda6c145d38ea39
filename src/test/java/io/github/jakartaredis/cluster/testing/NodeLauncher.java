package io.github.jakartaredis.cluster.testing;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import redis.clients.jedis.Jedis;

/**
 * Starts and stops the {@code redis-server} processes of a cluster's nodes, each in its own directory with its
 * {@link NodeConfig}, recorded in {@code <baseDir>/pids}, and waits until each answers PING. At the first start
 * a node that does not come up gets another free port (unless its port was reserved). Not thread-safe: the
 * cluster calls it from its serialized lifecycle operations.
 */
final class NodeLauncher {

    private static final Logger LOG = Logger.getLogger(NodeLauncher.class.getName());
    private static final Duration LAUNCH_TIMEOUT = Duration.ofSeconds(10);
    private static final int LAUNCH_ATTEMPTS = 5;
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final Path binary;
    private final Path baseDir;
    private final NodeTable nodes;
    private final TlsNodes tls;
    private final List<String> extraConfig;
    private final PidFile pids;

    NodeLauncher(Path binary, Path baseDir, NodeTable nodes, TlsNodes tls, List<String> extraConfig) {
        this.binary = binary;
        this.baseDir = baseDir;
        this.nodes = nodes;
        this.tls = tls;
        this.extraConfig = List.copyOf(extraConfig);
        this.pids = pidFile(baseDir);
    }

    /** The file recording the node processes of every cluster under {@code baseDir}. */
    static PidFile pidFile(Path baseDir) {
        return new PidFile(baseDir.resolve("pids"));
    }

    /** Kills the nodes recorded under {@code baseDir} by JVMs that are gone, if they still look like redis-server. */
    static void killLeftovers(Path baseDir) throws IOException {
        pidFile(baseDir).killLeftovers(baseDir, "redis-server", RedisBinary.EMBEDDED_RESOURCE);
    }

    /**
     * Starts every node not running, in a fresh directory, and waits until all answer PING; a node that does not
     * is moved to another free port, up to 5 attempts.
     *
     * @throws IllegalStateException if a node did not start and may not move, or after the attempts or deadline
     */
    void startAll(long deadline) throws IOException {
        for (int attempt = 1; ; attempt++) {
            for (ClusterNode node : nodes.all()) {
                if (!node.isRunning()) {
                    node.prepareFreshDir();
                    start(node);
                }
            }
            long launchDeadline = Math.min(deadline, Await.deadline(LAUNCH_TIMEOUT));
            Map<ClusterNode, String> failed = new HashMap<>();
            for (ClusterNode node : nodes.all()) {
                String problem = awaitReady(node, launchDeadline);
                if (problem != null) {
                    failed.put(node, problem);
                }
            }
            if (failed.isEmpty()) {
                return;
            }
            for (Map.Entry<ClusterNode, String> failure : failed.entrySet()) {
                ClusterNode node = failure.getKey();
                if (node.pinned || attempt >= LAUNCH_ATTEMPTS || Await.passed(deadline)) {
                    throw new IllegalStateException("Redis node " + node.port + " did not start: " + failure.getValue());
                }
                LOG.warning(() -> "Redis node " + node.port + " did not start (" + failure.getValue()
                        + "); trying another port");
                node.process.kill();
                Set<Integer> taken = new HashSet<>(nodes.announcedOverrides());
                nodes.all().forEach(n -> taken.add(n.port));
                node.setPort(LoopbackPorts.freePairs(1, taken)[0], baseDir);
            }
        }
    }

    /**
     * Starts a node that has run before, and is not running now, again with its directory and {@code nodes-P.conf},
     * and waits (10 s at most) until it answers PING.
     *
     * @throws IllegalStateException if the node is still running, or did not come up, saying why
     */
    void restart(ClusterNode node) {
        if (node.isRunning()) {
            throw new IllegalStateException("Node " + node.port + " is still running; kill it first");
        }
        if (node.process != null) {
            node.process.kill(); // it has exited: this releases its PID and shutdown hook
        }
        String problem;
        try {
            start(node);
            problem = awaitReady(node, Await.deadline(LAUNCH_TIMEOUT));
        } catch (IOException e) {
            problem = e.toString();
        }
        if (problem != null) {
            throw new IllegalStateException("Could not restart Redis node " + node.port + ": " + problem);
        }
    }

    /** Stops every node's process: SIGTERM, then SIGKILL for those still running after 2 s. */
    void stopAll() {
        ChildProcess.stopAll(nodes.all().stream().map(n -> n.process).filter(Objects::nonNull)
                .collect(Collectors.toList()), STOP_GRACE);
    }

    private void start(ClusterNode node) throws IOException {
        Path config = node.dir.resolve("redis.conf");
        if (!Files.exists(config)) {
            Files.writeString(config, NodeConfig.of(node, tls, extraConfig));
        }
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), config.toString())
                .directory(node.dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(node.dir.resolve("stdout.log").toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        node.process = ChildProcess.start("Redis node " + node.port, builder, pids, STOP_GRACE);
    }

    private String awaitReady(ClusterNode node, long deadline) {
        while (true) {
            ChildProcess process = node.process;
            if (!process.isAlive()) {
                return "process exited with status " + process.exitValue() + "; " + node.lastLogLine();
            }
            try (Jedis jedis = nodes.admin(node, 200, 1000)) {
                if ("PONG".equals(jedis.ping())) {
                    return null;
                }
            } catch (RuntimeException notYet) {
                // retry
            }
            if (Await.passed(deadline)) {
                return "no answer to PING; " + node.lastLogLine();
            }
            Await.sleep(20);
        }
    }
}
