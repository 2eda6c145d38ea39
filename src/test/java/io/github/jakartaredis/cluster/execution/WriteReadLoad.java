package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Threads that SET new keys and GET keys they wrote before, as fast as they can, recording every acknowledged
 * write (with the time it was acknowledged) and every error that reached them. Thread-safe.
 */
final class WriteReadLoad {

    /** An acknowledged write. */
    static final class Write {
        final String value;
        final long acknowledgedAtNanos;

        Write(String value, long acknowledgedAtNanos) {
            this.value = value;
            this.acknowledgedAtNanos = acknowledgedAtNanos;
        }
    }

    private final RedisClusterConnection connection;
    private final String prefix;
    private final Map<String, Write> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong commands = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    WriteReadLoad(RedisClusterConnection connection, String prefix) {
        this.connection = connection;
        this.prefix = prefix;
    }

    void start(int threadCount) {
        for (int t = 0; t < threadCount; t++) {
            int id = t;
            Thread thread = new Thread(() -> run(id), "load-" + id);
            threads.add(thread);
            thread.start();
        }
    }

    private void run(int id) {
        List<String> mine = new ArrayList<>();
        for (long i = 0; running; i++) {
            String key = prefix + ":" + id + ":" + i;
            String value = "v" + i;
            try {
                connection.set(key, value);
                acknowledged.put(key, new Write(value, System.nanoTime()));
                mine.add(key);
                commands.incrementAndGet();
                String earlier = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                connection.get(earlier);
                commands.incrementAndGet();
            } catch (RuntimeException e) {
                errors.add(e);
            }
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    Map<String, Write> acknowledged() {
        return acknowledged;
    }

    List<Throwable> errors() {
        return new ArrayList<>(errors);
    }

    long commands() {
        return commands.get();
    }
}
