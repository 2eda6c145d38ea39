package io.github.jakartaredis.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ChildProcess}: stopped by its own PID, SIGKILL after the grace period, its PID recorded while it runs. */
class ChildProcessTest {

    private PidFile pids;
    private ChildProcess child;

    @BeforeEach
    void pidFile() throws IOException {
        Path dir = Files.createDirectories(BuildDirectories.target().resolve("child-process-test"));
        pids = new PidFile(dir.resolve("pids-" + System.nanoTime()));
    }

    @AfterEach
    void killWhatIsLeft() {
        if (child != null) {
            child.kill();
        }
    }

    @Test
    void thePidIsRecordedWhileTheProcessRunsAndForgottenOnceStopped() throws IOException {
        child = ChildProcess.start("sleeper", new ProcessBuilder("sleep", "60"), pids, Duration.ofSeconds(5));

        assertThat(Files.readAllLines(pids.path()))
                .containsExactly(ProcessHandle.current().pid() + " " + child.pid() + " sleeper");

        long start = System.nanoTime();
        child.close();

        assertThat(child.isAlive()).isFalse();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("ms to stop on SIGTERM")
                .isLessThan(2000);
        assertThat(Files.readAllLines(pids.path())).isEmpty();
    }

    @Test
    void aProcessIgnoringSigtermIsKilledWithItsChildrenAfterTheGracePeriod() throws IOException {
        // the shell ignores SIGTERM, and so does its child; ':' keeps the shell from exec'ing sleep
        child = ChildProcess.start("stubborn", new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 60; :"), pids,
                Duration.ofSeconds(30));
        List<ProcessHandle> children = awaitChildren(child.pid());

        long start = System.nanoTime();
        child.stop(Duration.ofMillis(500));

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("ms to stop").isBetween(500L, 5000L);
        assertThat(child.isAlive()).isFalse();
        for (ProcessHandle grandChild : children) {
            assertThat(grandChild.onExit().completeOnTimeout(null, 5, TimeUnit.SECONDS).join()).isNotNull();
        }
        assertThat(Files.readAllLines(pids.path())).isEmpty();
    }

    private static List<ProcessHandle> awaitChildren(long pid) {
        long deadline = Await.deadline(Duration.ofSeconds(5));
        while (true) {
            List<ProcessHandle> children = ProcessHandle.of(pid).orElseThrow().children().toList();
            if (!children.isEmpty() || Await.passed(deadline)) {
                assertThat(children).as("children of " + pid).isNotEmpty();
                return children;
            }
            Await.sleep(20);
        }
    }
}
