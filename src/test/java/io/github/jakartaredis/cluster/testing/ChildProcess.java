package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A process a test started and stops by its own PID: {@link #stop(Duration) stopping} sends SIGTERM, then SIGKILL
 * to it and to any descendant still running after the grace period. Its PID is recorded in a {@link PidFile} while
 * it may run, and a JVM shutdown hook stops it if the JVM exits first (a failed test run, Ctrl-C).
 *
 * <pre>{@code
 * try (ChildProcess server = ChildProcess.start("my server", new ProcessBuilder(...), pidFile, Duration.ofSeconds(30))) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safe: stopping and killing may be called from any thread, also at once, and more than once.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChildProcess.class.getName());
    /** How long to wait for a process to exit after SIGKILL. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    /** The longest grace period the shutdown hook gives, whatever {@link #close()} gives. */
    private static final Duration HOOK_GRACE = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final PidFile pids;
    private final Duration grace;
    private final Thread hook;

    private ChildProcess(String name, Process process, PidFile pids, Duration grace) {
        this.name = name;
        this.process = process;
        this.pids = pids;
        this.grace = grace;
        Duration hookGrace = grace.compareTo(HOOK_GRACE) < 0 ? grace : HOOK_GRACE;
        this.hook = new Thread(() -> stopAll(List.of(this), hookGrace), name + "-stopper");
    }

    /**
     * Starts {@code builder}'s command with its standard input closed, records its PID in {@code pids} and
     * registers the shutdown hook.
     *
     * @param name what the process is, for logs and the PID file, e.g. {@code Payara Micro}
     * @param builder the command, directory, environment and redirections, not null
     * @param pids the file to record the PID in while the process may run, not null
     * @param grace how long {@link #close()} waits after SIGTERM before SIGKILL; the shutdown hook waits at most 10 s
     * @return the running process
     * @throws IOException if the process cannot be started or its PID not recorded (it is killed then)
     */
    public static ChildProcess start(String name, ProcessBuilder builder, PidFile pids, Duration grace)
            throws IOException {
        Process process = builder.start();
        ChildProcess child = new ChildProcess(name, process, pids, grace);
        try {
            process.getOutputStream().close();
            pids.record(process.pid(), name);
            Runtime.getRuntime().addShutdownHook(child.hook);
        } catch (IOException | RuntimeException e) {
            child.kill();
            throw e;
        }
        LOG.fine(() -> "Started " + name + " (pid " + process.pid() + ")");
        return child;
    }

    /** @return the process's own PID */
    public long pid() {
        return process.pid();
    }

    /** @return whether the process is running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * @return the exit status of the process
     * @throws IllegalThreadStateException if it is still running
     */
    public int exitValue() {
        return process.exitValue();
    }

    /** {@link #stop(Duration) Stops} the process with the grace period it was started with. Idempotent. */
    @Override
    public void close() {
        stop(grace);
    }

    /**
     * Stops the process: SIGTERM, then SIGKILL to it and its descendants if it is still running after
     * {@code grace}; once it has exited, forgets its PID and unregisters the shutdown hook. Idempotent.
     */
    public void stop(Duration grace) {
        stopAll(List.of(this), grace);
    }

    /**
     * Kills the process and its descendants now (SIGKILL, which also ends a process stopped by SIGSTOP), waits up
     * to 10 s for it to exit and then forgets its PID and unregisters the shutdown hook. Idempotent.
     *
     * @return whether the process has exited
     */
    public boolean kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        boolean exited = awaitExit(process, KILL_WAIT.toNanos());
        descendants.forEach(ProcessHandle::destroyForcibly);
        release();
        return exited;
    }

    /**
     * Stops all of {@code processes} at once as {@link #stop(Duration)} does: SIGTERM to each, one shared grace
     * period, then SIGKILL to what is left.
     */
    static void stopAll(Collection<ChildProcess> processes, Duration grace) {
        List<ProcessHandle> descendants = new ArrayList<>();
        for (ChildProcess child : processes) {
            descendants.addAll(child.process.descendants().toList());
            child.process.destroy(); // SIGTERM: a server shuts down cleanly
        }
        long deadline = Await.deadline(grace);
        for (ChildProcess child : processes) {
            if (!awaitExit(child.process, Math.max(0, deadline - System.nanoTime()))) {
                LOG.warning(() -> child + " ignored SIGTERM for " + grace + ": SIGKILL");
                child.process.destroyForcibly();
                awaitExit(child.process, KILL_WAIT.toNanos());
            }
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        processes.forEach(ChildProcess::release);
    }

    /**
     * Sends {@code signal} (a name {@code kill} understands, e.g. {@code STOP}, {@code CONT}) to the process.
     *
     * @throws IllegalStateException if the process is not running or {@code kill} fails
     */
    void signal(String signal) {
        if (!process.isAlive()) {
            throw new IllegalStateException(this + " is not running");
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
            throw new IllegalStateException("Interrupted while signalling " + this, e);
        }
        LOG.info(() -> "SIG" + signal + " to " + this);
    }

    /** Waits for the exit; on interrupt kills the process and keeps the interrupt flag. */
    private static boolean awaitExit(Process process, long nanos) {
        try {
            return process.waitFor(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Once the process has exited: forgets its PID and unregisters the hook (else the hook tries again). */
    private void release() {
        if (process.isAlive()) {
            return;
        }
        pids.forget(process.pid());
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or will run: nothing to do
            }
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ")";
    }
}
