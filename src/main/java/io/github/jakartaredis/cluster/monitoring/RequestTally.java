package io.github.jakartaredis.cluster.monitoring;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the commands one request issues through one client. The CDI layer keeps one per request and client, and
 * records the count when the request ends. Thread-safe.
 */
public class RequestTally {

    private final AtomicInteger commands = new AtomicInteger();

    /** Counts one more command. */
    public void increment() {
        commands.incrementAndGet();
    }

    /** @return the commands counted so far */
    public int commands() {
        return commands.get();
    }
}
