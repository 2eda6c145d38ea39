package io.github.jakartaredis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server JVM started by a test, stopped by its own PID: SIGTERM, then SIGKILL for it and any descendant still
 * running after the grace period. A JVM shutdown hook stops it if the test JVM exits first (a failed test, Ctrl-C);
 * a PID file lets the next run kill what a JVM that died without its hooks (SIGKILL) left behind.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path pidFile;
    private final Thread hook;

    private ServerProcess(String name, Process process, Path pidFile) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
        this.hook = new Thread(this::kill, name + "-stopper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts {@code command} in {@code dir} with the extra environment {@code env}, its output appended to
     * {@code log}; records its PID in {@code pidFile}, killing first the process an earlier run recorded there if
     * it still runs and its command line contains {@code marker}.
     */
    static ServerProcess start(String name, List<String> command, Path dir, Map<String, String> env, Path log,
            Path pidFile, String marker) {
        killLeftover(pidFile, marker);
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ServerProcess(name, process, pidFile);
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
        stop(GRACE);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or will run: nothing to do
        }
    }

    private void kill() {
        stop(Duration.ofSeconds(10));
    }

    private synchronized void stop(Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: the server shuts down (and stops its applications)
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.err.println("[it] " + name + " (pid " + process.pid() + ") ignored SIGTERM for " + grace
                            + ": SIGKILL");
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Kills the process recorded in {@code pidFile} by an earlier run if its command line contains marker. */
    private static void killLeftover(Path pidFile, String marker) {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(handle -> {
                String commandLine;
                try {
                    commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                            StandardCharsets.UTF_8).replace('\0', ' ');
                } catch (IOException | RuntimeException unreadable) {
                    return;
                }
                if (commandLine.contains(marker)) {
                    System.err.println("[it] killing a server left over by an earlier run: pid " + pid);
                    handle.descendants().forEach(ProcessHandle::destroyForcibly);
                    handle.destroyForcibly();
                    handle.onExit().join();
                }
            });
            Files.deleteIfExists(pidFile);
        } catch (IOException | RuntimeException e) {
            System.err.println("[it] could not check " + pidFile + ": " + e);
        }
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
