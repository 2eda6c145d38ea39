package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 12: a caller that arrives while others wait for a connection permit queues behind them instead
 * of taking the permit that was just given back.
 */
class ConnectionLimitFairnessTest {

    @Test
    void aCallerArrivingWhileAnotherWaitsForAPermitDoesNotJumpTheQueue() throws Exception {
        int rounds = 20;
        int jumped = 0;
        for (int round = 0; round < rounds; round++) {
            ConnectionLimit limit = new ConnectionLimit("foo", 1, Duration.ofSeconds(5));
            AtomicBoolean waiterServed = new AtomicBoolean();
            limit.acquire();
            Thread waiting = new Thread(() -> {
                limit.acquire();
                waiterServed.set(true);
                limit.release();
            }, "permit-waiter");
            waiting.start();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (waiting.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(waiting.getState()).isEqualTo(Thread.State.TIMED_WAITING);
            limit.release();
            limit.acquire(); // arrives after the waiting caller
            // had the waiting caller been served first, this acquire would have waited for its release
            if (!waiterServed.get()) {
                jumped++;
            }
            limit.release();
            waiting.join(5_000);
        }
        assertThat(jumped).as("rounds of " + rounds + " in which the late caller got the permit first").isZero();
    }
}
