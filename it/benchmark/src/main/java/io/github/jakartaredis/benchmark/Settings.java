package io.github.jakartaredis.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's options, read once from system properties (defaults in brackets; lists are comma-separated):
 * <ul>
 *   <li>{@code bench.out} [RESULTS.md], {@code bench.command} [how it was started], {@code bench.git} [the commit];
 *   <li>{@code bench.clients} [jedis,library,lettuce; also library-nometrics, library-otel, library-otel-tracing],
 *       {@code bench.workloads} [get,set,mget10,mget100], {@code bench.threads} [1,8];
 *   <li>GET and SET: {@code bench.rounds} [6] counterbalanced rounds, one fresh JVM per client in each round (every
 *       client of {@code bench.clients} but Lettuce), each with {@code bench.warmups} [2] x
 *       {@code bench.warmupSeconds} [2] s warm-up ({@code bench.oneThreadWarmups} [3] x
 *       {@code bench.oneThreadWarmupSeconds} [3] s at 1 thread: one caller reaches a compiled steady state later, and
 *       with the short warm-up the 1-thread CPU figures of both clients varied by ±30 % between rounds) and
 *       {@code bench.iterations} [2] x {@code bench.seconds} [4] s measured;
 *   <li>MGET: one fork per client, same warm-up, {@code bench.mgetIterations} [3] x {@code bench.mgetSeconds} [3] s;
 *       Lettuce only at {@code bench.lettuceThreads} [1];
 *   <li>{@code bench.sample} [true]: sample time (p50/p99) at {@code bench.sampleThreads} [1] for every client but
 *       Lettuce, {@code bench.sampleWarmups} [1] x {@code bench.sampleWarmupSeconds} [2] s,
 *       {@code bench.sampleIterations} [1] x {@code bench.sampleSeconds} [4] s;
 *   <li>{@code bench.redisBenchmark} [true]: redis-benchmark as the ceiling;
 *   <li>{@code bench.failover} [true]: {@code bench.failoverRuns} [3] failover runs for the library,
 *       {@code bench.jedisFailoverRuns} [3] for Jedis;
 *   <li>{@code bench.profilers} [none]: extra JMH profilers for the throughput forks, '+'-separated, each
 *       name[:options], e.g. stack:lines=3+jfr:dir=/tmp/jfr (the GC profiler and {@link CpuTimeProfiler} are always
 *       on).
 * </ul>
 * Immutable, thread-safe.
 */
record Settings(List<String> clients, List<String> workloads, List<Integer> threads, int rounds, int warmups,
        int warmupSeconds, int oneThreadWarmups, int oneThreadWarmupSeconds, int iterations, int seconds,
        int mgetIterations, int mgetSeconds,
        List<Integer> lettuceThreads, boolean sample, List<Integer> sampleThreads, int sampleWarmups,
        int sampleWarmupSeconds, int sampleIterations, int sampleSeconds, boolean redisBenchmark, boolean failover,
        int failoverRuns, int jedisFailoverRuns, String profilers) {

    /**
     * What a JMH fork costs beyond its iterations (JVM start, the client's and Weld's start, JMH's set-up), in s: about
     * 1.1 s in a smoke run on the 2-core machine, rounded up.
     */
    static final int FORK_OVERHEAD_SECONDS = 2;

    static Settings fromSystemProperties() {
        return new Settings(list("bench.clients", "jedis,library,lettuce"), list("bench.workloads",
                "get,set,mget10,mget100"), ints("bench.threads", "1,8"), num("bench.rounds", 6),
                num("bench.warmups", 2), num("bench.warmupSeconds", 2), num("bench.oneThreadWarmups", 3),
                num("bench.oneThreadWarmupSeconds", 3), num("bench.iterations", 2),
                num("bench.seconds", 4), num("bench.mgetIterations", 3), num("bench.mgetSeconds", 3),
                ints("bench.lettuceThreads", "1"), flag("bench.sample"), ints("bench.sampleThreads", "1"),
                num("bench.sampleWarmups", 1), num("bench.sampleWarmupSeconds", 2), num("bench.sampleIterations", 1),
                num("bench.sampleSeconds", 4), flag("bench.redisBenchmark"), flag("bench.failover"),
                num("bench.failoverRuns", 3), num("bench.jedisFailoverRuns", 3),
                System.getProperty("bench.profilers", ""));
    }

    /** The clients of the GET/SET rounds and of the sample-time pass: all but Lettuce. */
    List<String> roundClients() {
        return clients.stream().filter(c -> !c.equals("lettuce")).toList();
    }

    List<String> roundWorkloads() {
        return workloads.stream().filter(w -> w.equals("get") || w.equals("set")).toList();
    }

    List<String> mgetWorkloads() {
        return workloads.stream().filter(w -> w.startsWith("mget")).toList();
    }

    /** The MGET pass's clients at {@code threadCount} threads. */
    List<String> mgetClients(int threadCount) {
        return clients.stream().filter(c -> !c.equals("lettuce") || lettuceThreads.contains(threadCount)).toList();
    }

    int roundForks() {
        return rounds * roundWorkloads().size() * threads.size() * roundClients().size();
    }

    int mgetForks() {
        return threads.stream().mapToInt(t -> mgetWorkloads().size() * mgetClients(t).size()).sum();
    }

    int sampleForks() {
        return sample ? sampleThreads.size() * workloads.size() * roundClients().size() : 0;
    }

    /** The JMH passes' planned wall time in seconds, with {@link #FORK_OVERHEAD_SECONDS} per fork. */
    /** @return the warm-up of a GET/SET round fork at {@code threadCount} threads, in s */
    int roundWarmupSeconds(int threadCount) {
        return threadCount == 1 ? oneThreadWarmups * oneThreadWarmupSeconds : warmups * warmupSeconds;
    }

    long jmhSeconds() {
        int warmup = warmups * warmupSeconds;
        long perRound = 0;
        for (int threadCount : threads) {
            perRound += (long) roundWorkloads().size() * roundClients().size()
                    * (FORK_OVERHEAD_SECONDS + roundWarmupSeconds(threadCount) + iterations * seconds);
        }
        return rounds * perRound
                + (long) mgetForks() * (FORK_OVERHEAD_SECONDS + warmup + mgetIterations * mgetSeconds)
                + (long) sampleForks() * (FORK_OVERHEAD_SECONDS + sampleWarmups * sampleWarmupSeconds
                        + sampleIterations * sampleSeconds);
    }

    private static List<String> list(String name, String fallback) {
        return Arrays.stream(System.getProperty(name, fallback).split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<Integer> ints(String name, String fallback) {
        return list(name, fallback).stream().map(Integer::valueOf).toList();
    }

    private static int num(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, Integer.toString(fallback)).trim());
    }

    private static boolean flag(String name) {
        return Boolean.parseBoolean(System.getProperty(name, "true"));
    }
}
