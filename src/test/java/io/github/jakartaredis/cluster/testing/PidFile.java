package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A file recording the processes tests started, so that a later run can kill what a JVM that died without its
 * shutdown hooks (SIGKILL, a crashed fork) left running. One line per process: {@code <owner JVM pid> <pid>
 * <name>}. {@link ChildProcess} adds and removes the lines; {@link #killLeftovers} kills the processes of owners
 * that are gone. Several JVMs may share a file: updates hold a file lock.
 *
 * <p>Thread-safe: updates are serialized within the JVM and, through the lock file {@code <file>.lock}, between
 * JVMs.
 */
public final class PidFile {

    private static final Logger LOG = Logger.getLogger(PidFile.class.getName());
    private static final Object GUARD = new Object();
    private static final long OWN_PID = ProcessHandle.current().pid();

    private final Path file;

    /** @param file the file to record the PIDs in, not null; it and its directory are created when needed */
    public PidFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** @return the file */
    public Path path() {
        return file;
    }

    /**
     * Kills (SIGKILL, with its descendants) each process recorded by a JVM that is no longer running, if it still
     * runs, its command line contains one of {@code markers} and its working directory (when readable) is
     * {@code workDir} or below, and drops the lines of such JVMs. Lines of running JVMs are kept.
     *
     * @param workDir the directory the processes were started in, not null
     * @param markers strings of which a leftover's command line contains one, e.g. {@code redis-server}
     * @throws IOException if the file cannot be read or written
     */
    public void killLeftovers(Path workDir, String... markers) throws IOException {
        update(lines -> {
            List<String> kept = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 2) {
                    continue;
                }
                long owner = Long.parseLong(f[0]);
                long pid = Long.parseLong(f[1]);
                if (owner == OWN_PID || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    kept.add(line); // a running JVM's process
                    continue;
                }
                Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
                if (process.isPresent() && looksLikeOurs(pid, workDir, markers)) {
                    LOG.warning(() -> "Killing a process left over by an earlier run: pid " + pid + " (" + line + ")");
                    process.get().descendants().forEach(ProcessHandle::destroyForcibly);
                    process.get().destroyForcibly();
                    try {
                        process.get().onExit().get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        LOG.warning(() -> "Leftover pid " + pid + " did not exit: " + e);
                    }
                }
            }
            return kept;
        });
    }

    /** Adds the line of {@code pid}, started by this JVM. */
    void record(long pid, String name) throws IOException {
        String line = OWN_PID + " " + pid + " " + name.replaceAll("\\s+", "-");
        update(lines -> {
            lines.add(line);
            return lines;
        });
    }

    /** Removes the line of {@code pid}, started by this JVM; logs (FINE) instead of failing. */
    void forget(long pid) {
        String prefix = OWN_PID + " " + pid + " ";
        try {
            update(lines -> {
                lines.removeIf(line -> line.startsWith(prefix));
                return lines;
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not update " + file, e);
        }
    }

    /** Replaces the lines with {@code update}'s result, holding the lock. */
    void update(UnaryOperator<List<String>> update) throws IOException {
        synchronized (GUARD) {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            try (FileChannel lockChannel = FileChannel.open(dir.resolve(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
                List<String> updated = update.apply(lines);
                Path tmp = dir.resolve(file.getFileName() + ".tmp");
                Files.write(tmp, updated);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** /proc/pid/cmdline contains a marker and, if readable, /proc/pid/cwd is workDir or below. */
    static boolean looksLikeOurs(long pid, Path workDir, String... markers) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
            if (List.of(markers).stream().noneMatch(cmdline::contains)) {
                return false;
            }
        } catch (IOException | RuntimeException gone) {
            return false;
        }
        try {
            return Files.readSymbolicLink(proc.resolve("cwd")).startsWith(workDir.toAbsolutePath());
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    @Override
    public String toString() {
        return "PidFile[" + file + "]";
    }
}
