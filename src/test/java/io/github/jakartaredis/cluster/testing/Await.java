package io.github.jakartaredis.cluster.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Waiting with a deadline: deadlines are {@link System#nanoTime()} values, conditions are suppliers of the problem
 * still seen ({@code null} once there is none). Stateless and thread-safe.
 */
final class Await {

    private static final long POLL_MILLIS = 50;

    private Await() {
    }

    /** The {@link System#nanoTime()} {@code timeout} from now. */
    static long deadline(Duration timeout) {
        return System.nanoTime() + timeout.toNanos();
    }

    /** Whether the deadline has passed. */
    static boolean passed(long deadline) {
        return System.nanoTime() > deadline;
    }

    /** Milliseconds since {@code startNanos}, a {@link System#nanoTime()} value. */
    static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * Asks {@code problem} every 50 ms until it returns null (an exception counts as the problem it describes).
     *
     * @throws IllegalStateException after the deadline, naming {@code what} and the last problem seen
     */
    static void until(String what, long deadline, Supplier<String> problem) {
        String last;
        while (true) {
            try {
                last = problem.get();
            } catch (RuntimeException e) {
                last = e.toString();
            }
            if (last == null) {
                return;
            }
            if (passed(deadline)) {
                throw new IllegalStateException("Timed out waiting for " + what + "; last problem: " + last);
            }
            sleep(POLL_MILLIS);
        }
    }

    /** Thread.sleep that turns an interrupt into an IllegalStateException, keeping the interrupt flag. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
