package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Failover recovery: 8 caller threads write 100-byte values over the 10,000 keys while the primary serving slot 0 is
 * SIGKILLed; the result is the time from the SIGKILL to the end of the first successful write (started once the
 * process is gone) on a key of the killed primary's slots, the time until every live node reports all slots served
 * again ({@link SlotsServedClock}), and every error the callers saw. A caller that gets an error pauses 10 ms and
 * goes on. One run leaves the victim dead: restart it ({@link LocalRedisCluster#restart(int)}) before the next.
 * Not thread-safe: one run at a time.
 */
final class Failover {

    static final int THREADS = 8;
    private static final long LIMIT_NANOS = 60_000_000_000L;

    /** What one failover run measured. */
    record Result(String client, int victimPort, long recoveryMillis, long clusterFailoverMillis, long okWrites,
            long failedWrites, long maxOkWriteMillis, Map<String, Long> errors) {

        /** Recovery minus cluster failover: how long after all slots were served the first write succeeded. */
        long afterAllServedMillis() {
            return recoveryMillis - clusterFailoverMillis;
        }

        boolean recovered() {
            return recoveryMillis >= 0;
        }
    }

    private Failover() {
    }

    static Result run(String label, Clients.Api api, LocalRedisCluster cluster) throws Exception {
        int victim = cluster.primaryPorts().get(0);
        boolean[] victimSlot = slotsOf(cluster, victim);
        String[] keys = new String[ClusterBenchmark.KEY_COUNT];
        boolean[] onVictim = new boolean[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ClusterBenchmark.key(i);
            onVictim[i] = victimSlot[JedisClusterCRC16.getSlot(keys[i])];
        }
        // a write counts once it started after kill() returned (the process is gone): one started between the
        // SIGKILL and the process's end may still have been answered by the victim
        AtomicLong deadAt = new AtomicLong(Long.MAX_VALUE);
        AtomicLong firstOkAfterKill = new AtomicLong(Long.MAX_VALUE);
        AtomicLong maxOk = new AtomicLong();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + LIMIT_NANOS;
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                int i = offset * 1237;
                while (!stop.get() && System.nanoTime() < deadline && firstOkAfterKill.get() == Long.MAX_VALUE) {
                    i = (i + 7) % keys.length;
                    long start = System.nanoTime();
                    try {
                        api.set(keys[i], ClusterBenchmark.VALUE);
                        long end = System.nanoTime();
                        ok.increment();
                        maxOk.accumulateAndGet((end - start) / 1_000_000, Math::max);
                        if (onVictim[i] && start > deadAt.get()) {
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
        long killedAt;
        long allServedAt;
        boolean measured = false;
        try (SlotsServedClock clock = new SlotsServedClock(cluster, victim)) {
            Thread.sleep(2000); // steady load first
            killedAt = System.nanoTime();
            cluster.kill(victim);
            deadAt.set(System.nanoTime());
            allServedAt = clock.awaitAllSlotsServed(LocalRedisCluster.DEFAULT_TIMEOUT.toMillis());
            measured = true;
        } finally {
            stop.set(!measured); // on a failure, do not let the writers run on for a minute
            for (Thread thread : threads) {
                thread.join();
            }
        }
        cluster.awaitFailover(); // the fixture agrees (at once, as a rule)
        long recovery = firstOkAfterKill.get() == Long.MAX_VALUE ? -1 : (firstOkAfterKill.get() - killedAt) / 1_000_000;
        Map<String, Long> seen = new TreeMap<>();
        errors.forEach((k, v) -> seen.put(k, v.sum()));
        return new Result(label, victim, recovery, (allServedAt - killedAt) / 1_000_000, ok.sum(), failed.sum(),
                maxOk.get(), seen);
    }

    /** Which slots {@code port} serves now, from its own {@code CLUSTER SLOTS}. */
    private static boolean[] slotsOf(LocalRedisCluster cluster, int port) {
        boolean[] served = new boolean[LocalRedisCluster.SLOT_COUNT];
        try (Jedis node = cluster.nodeClient(port)) {
            for (Object range : node.clusterSlots()) {
                List<?> fields = (List<?>) range;
                if (((Long) ((List<?>) fields.get(2)).get(1)).intValue() == port) {
                    Arrays.fill(served, ((Long) fields.get(0)).intValue(), ((Long) fields.get(1)).intValue() + 1, true);
                }
            }
        }
        return served;
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
