package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.retry.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link Backoff} that records, in milliseconds, every wait it computes for the backoff it wraps. Thread-safe. */
final class RecordingBackoff implements Backoff {

    private final Backoff backoff;
    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());

    RecordingBackoff(Backoff backoff) {
        this.backoff = backoff;
    }

    @Override
    public Duration compute(int failures) {
        Duration wait = backoff.compute(failures);
        waits.add(wait.toMillis());
        return wait;
    }

    @Override
    public void reset() {
        backoff.reset();
    }

    /** @return the waits computed so far, in milliseconds */
    List<Long> waits() {
        return waits;
    }
}
