package io.github.jakartaredis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.jakartaredis.cluster.testing.ChildProcess;
import io.github.jakartaredis.cluster.testing.PidFile;

/**
 * A server JVM started by a test, as a {@link ChildProcess} of the library's test fixture: stopped by its own PID
 * (SIGTERM, then SIGKILL for it and any descendant still running after 30 s), by a JVM shutdown hook if the test JVM
 * exits first (a failed test, Ctrl-C), and recorded in a {@link PidFile} so that the next run kills what a JVM that
 * died without its hooks (SIGKILL) left behind. Thread-safe.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final ChildProcess process;

    private ServerProcess(ChildProcess process) {
        this.process = process;
    }

    /**
     * Starts {@code command} in {@code dir} with the extra environment {@code env}, its output appended to
     * {@code log}; records its PID in {@code pidFile}, killing first a process an earlier, dead test JVM recorded
     * there if it still runs, its command line contains {@code marker} and its working directory is under
     * {@code dir}.
     */
    static ServerProcess start(String name, List<String> command, Path dir, Map<String, String> env, Path log,
            Path pidFile, String marker) {
        PidFile pids = new PidFile(pidFile);
        try {
            pids.killLeftovers(dir, marker);
        } catch (IOException | RuntimeException e) {
            System.err.println("[it] could not check " + pidFile + ": " + e);
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            return new ServerProcess(ChildProcess.start(name, builder, pids, GRACE));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + command, e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process (SIGTERM, then SIGKILL after the grace period) and its descendants. Idempotent. */
    @Override
    public void close() {
        process.close();
    }

    /** The last {@code lines} lines of a log file, for failure messages. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log " + log + ": " + e + ")";
        }
    }
}
