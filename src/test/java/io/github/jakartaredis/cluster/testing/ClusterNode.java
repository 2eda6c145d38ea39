package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One node of a {@link LocalRedisCluster}: its index (0-5), real and announced port, directory, current process and
 * cluster node id. Thread-safe: the mutable fields are volatile, written only by the cluster's serialized lifecycle
 * operations.
 */
final class ClusterNode {

    final int index;
    /** Whether the real port was handed out by {@link LocalRedisCluster.Builder#reservePort} and must be kept. */
    final boolean pinned;
    /** The port to announce instead of the real one, or null. */
    final Integer announcedOverride;
    volatile int port;
    volatile int announcedPort;
    volatile Path dir;
    volatile ChildProcess process;
    volatile String id;

    ClusterNode(int index, Integer announcedOverride, boolean pinned) {
        this.index = index;
        this.announcedOverride = announcedOverride;
        this.pinned = pinned;
    }

    /** Gives the node its real port; its directory is {@code baseDir/<port>}. */
    void setPort(int port, Path baseDir) {
        this.port = port;
        this.announcedPort = announcedOverride != null ? announcedOverride : port;
        this.dir = baseDir.resolve(Integer.toString(port));
    }

    /** Empties (or creates) the node's directory, for a first start. */
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

    /** Whether the node's current process is running. */
    boolean isRunning() {
        ChildProcess current = process;
        return current != null && current.isAlive();
    }

    /** PID of the node's current process (which may have exited). */
    long pid() {
        ChildProcess current = process;
        if (current == null) {
            throw new IllegalStateException("Node " + port + " was never started");
        }
        return current.pid();
    }

    /** The last non-blank line of the node's Redis log, else of its standard output, for error messages. */
    String lastLogLine() {
        for (String file : List.of("redis.log", "stdout.log")) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve(file));
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

    @Override
    public String toString() {
        return port + (announcedPort != port ? "(announced " + announcedPort + ")" : "");
    }
}
