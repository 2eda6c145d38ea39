package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Failover recovery: 8 caller threads write 100-byte values over the 10,000 keys while a primary is SIGKILLed; the
 * result is the time from the SIGKILL to the first successful write (started after the kill) on a key of the killed
 * primary's slots, and every error the callers saw. A caller that gets an error pauses 10 ms and goes on.
 */
final class Failover {

    static final int THREADS = 8;
    private static final long LIMIT_NANOS = 60_000_000_000L;

    /** What one failover run measured. */
    record Result(String client, int victimPort, long recoveryMillis, long clusterFailoverMillis, long okWrites,
            long failedWrites, long maxOkWriteMillis, Map<String, Long> errors) {
    }

    private Failover() {
    }

    static Result run(String label, Clients.Api api, LocalRedisCluster cluster) throws Exception {
        int victim = cluster.primaryPorts().get(0);
        boolean[] victimSlot = new boolean[LocalRedisCluster.SLOT_COUNT];
        for (int slot = 0; slot < victimSlot.length; slot++) {
            victimSlot[slot] = cluster.portOwningSlot(slot) == victim;
        }
        String[] keys = new String[ClusterBenchmark.KEY_COUNT];
        boolean[] onVictim = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ClusterBenchmark.key(i);
            onVictim[i] = victimSlot[JedisClusterCRC16.getSlot(keys[i])];
        }
        AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong firstOkAfterKill = new AtomicLong(Long.MAX_VALUE);
        AtomicLong maxOk = new AtomicLong();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + LIMIT_NANOS;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                int i = offset * 1237;
                while (System.nanoTime() < deadline && firstOkAfterKill.get() == Long.MAX_VALUE) {
                    i = (i + 7) % keys.length;
                    long start = System.nanoTime();
                    try {
                        api.set(keys[i], ClusterBenchmark.VALUE);
                        long end = System.nanoTime();
                        ok.increment();
                        maxOk.accumulateAndGet((end - start) / 1_000_000, Math::max);
                        if (onVictim[i] && start > killedAt.get()) {
                            firstOkAfterKill.accumulateAndGet(end, Math::min);
                        }
                    } catch (RuntimeException e) {
                        failed.increment();
                        errors.computeIfAbsent(describe(e), k -> new LongAdder()).increment();
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                }
            }, "failover-writer-" + t);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(2000); // steady load first
        killedAt.set(System.nanoTime());
        cluster.kill(victim);
        cluster.awaitFailover();
        long clusterMillis = (System.nanoTime() - killedAt.get()) / 1_000_000;
        for (Thread thread : threads) {
            thread.join();
        }
        long recovery = firstOkAfterKill.get() == Long.MAX_VALUE ? -1
                : (firstOkAfterKill.get() - killedAt.get()) / 1_000_000;
        Map<String, Long> seen = new java.util.TreeMap<>();
        errors.forEach((k, v) -> seen.put(k, v.sum()));
        return new Result(label, victim, recovery, clusterMillis, ok.sum(), failed.sum(), maxOk.get(), seen);
    }

    /** The exception's class and message, with the cause's, ports and numbers blanked so that like errors group. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 300; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            String message = t.getMessage() == null ? "" : ": " + t.getMessage();
            text.append(t.getClass().getSimpleName()).append(message.replaceAll("\\d+", "N"));
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text.toString();
    }
}
