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
    private final ConcurrentLinkedQueue<String> wrongReads = new ConcurrentLinkedQueue<>();
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

    /**
     * Adds threads that MSET ten new keys spread over slots, then MGET ten keys they wrote before and compare the
     * values; a value that differs is recorded in {@link #wrongReads()}.
     */
    void startMultiKey(int threadCount) {
        for (int t = 0; t < threadCount; t++) {
            int id = t;
            Thread thread = new Thread(() -> runMultiKey(id), "multi-key-load-" + id);
            threads.add(thread);
            thread.start();
        }
    }

    private void runMultiKey(int id) {
        List<String> mine = new ArrayList<>();
        for (long i = 0; running; i++) {
            String[] pairs = new String[20];
            for (int k = 0; k < 10; k++) {
                pairs[2 * k] = prefix + ":multi:" + id + ":" + i + ":" + k;
                pairs[2 * k + 1] = "m" + i + ":" + k;
            }
            try {
                connection.mset(pairs);
                long now = System.nanoTime();
                for (int k = 0; k < 10; k++) {
                    acknowledged.put(pairs[2 * k], new Write(pairs[2 * k + 1], now));
                    mine.add(pairs[2 * k]);
                }
                commands.incrementAndGet();
                String[] earlier = new String[10];
                for (int k = 0; k < 10; k++) {
                    earlier[k] = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                }
                List<String> values = connection.mget(earlier);
                commands.incrementAndGet();
                for (int k = 0; k < 10; k++) {
                    Write written = acknowledged.get(earlier[k]);
                    if (!written.value.equals(values.get(k))) {
                        wrongReads.add(earlier[k]);
                        java.util.logging.Logger.getLogger(WriteReadLoad.class.getName()).warning("wrong read of "
                                + earlier[k] + " (slot " + redis.clients.jedis.util.JedisClusterCRC16.getSlot(earlier[k])
                                + "): wrote " + written.value + ", read " + values.get(k) + ", acknowledged "
                                + (System.nanoTime() - written.acknowledgedAtNanos) / 1_000_000 + " ms before");
                    }
                }
            } catch (RuntimeException e) {
                errors.add(e);
            }
        }
    }

    List<String> wrongReads() {
        return new ArrayList<>(wrongReads);
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
