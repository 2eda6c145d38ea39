package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import redis.clients.jedis.RedisClusterClient;

/**
 * Runs the whole benchmark against one local cluster that it starts and stops, and writes the markdown report
 * ({@link Report}): GET and SET in counterbalanced rounds (client CPU, allocation and throughput per fork), MGET once
 * per client, JMH sample time (p50/p99), redis-benchmark as the ceiling, failover runs. The options are system
 * properties, listed in {@link Settings}. Not thread-safe: one run per JVM.
 */
public final class BenchMain {

    private final Settings settings = Settings.fromSystemProperties();
    private final Measured measured = new Measured();
    private final long startNanos = System.nanoTime();

    public static void main(String[] args) throws Exception {
        new BenchMain().run();
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        System.out.printf(Locale.ROOT, "== planned: %d JMH forks, about %.1f min of JMH (%d s per fork besides its "
                + "iterations), plus cluster, redis-benchmark and failover runs%n", settings.roundForks()
                + settings.mgetForks() + settings.sampleForks(), settings.jmhSeconds() / 60.0,
                Settings.FORK_OVERHEAD_SECONDS);
        String redisVersion;
        try (LocalRedisCluster cluster = LocalRedisCluster.start()) {
            redisVersion = cluster.redisVersion();
            String seed = cluster.seedUrl();
            load(seed);
            Forks forks = new Forks(seed, System.getProperty("bench.logging", "logging.properties"),
                    settings.profilers());
            rounds(forks);
            mget(forks);
            if (settings.sample()) {
                sample(forks);
            }
            if (settings.redisBenchmark()) {
                for (int threads : settings.threads()) {
                    Ceiling.measure(cluster, threads, measured);
                }
            }
            if (settings.failover()) {
                failovers(cluster, seed);
            }
        }
        Path out = Path.of(System.getProperty("bench.out", "RESULTS.md"));
        Files.writeString(out, new Report(settings, measured, started, redisVersion).markdown());
        System.out.println("Wrote " + out.toAbsolutePath() + " after " + elapsed());
    }

    private String elapsed() {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    /** Writes the 10,000 keys with their 100-byte values. */
    private static void load(String seed) {
        try (RedisClusterClient client = RedisClusterClient.builder().nodes(Clients.seeds(seed)).build()) {
            for (int i = 0; i < ClusterBenchmark.KEY_COUNT; i++) {
                client.set(ClusterBenchmark.key(i), ClusterBenchmark.VALUE);
            }
        }
    }

    /**
     * GET and SET: in each round, every case runs once per client, the clients one right after the other, in an
     * order that flips from case to case and round to round (J,L then L,J then J,L ...), so that neither client
     * always runs first or into the same drift of the machine.
     */
    private void rounds(Forks forks) throws Exception {
        List<String> clients = settings.roundClients();
        for (int round = 0; round < settings.rounds(); round++) {
            int caseIndex = 0;
            for (int threads : settings.threads()) {
                for (String workload : settings.roundWorkloads()) {
                    List<String> order = new ArrayList<>(clients);
                    if ((round + caseIndex++) % 2 == 1) {
                        Collections.reverse(order);
                    }
                    measured.roundOrders.computeIfAbsent(workload + "/" + threads, k -> new ArrayList<>()).add(order);
                    for (String client : order) {
                        System.out.printf("== [%s] round %d of %d: %s, %d thread(s), %s%n", elapsed(), round + 1,
                                settings.rounds(), workload, threads, client);
                        measured.add(workload, client, threads, forks.throughput(workload, client, threads,
                                threads == 1 ? settings.oneThreadWarmups() : settings.warmups(),
                                threads == 1 ? settings.oneThreadWarmupSeconds() : settings.warmupSeconds(),
                                settings.iterations(), settings.seconds()));
                    }
                }
            }
        }
    }

    private void mget(Forks forks) throws Exception {
        for (int threads : settings.threads()) {
            for (String workload : settings.mgetWorkloads()) {
                for (String client : settings.mgetClients(threads)) {
                    System.out.printf("== [%s] %s, %d thread(s), %s%n", elapsed(), workload, threads, client);
                    measured.add(workload, client, threads, forks.throughput(workload, client, threads,
                            settings.warmups(), settings.warmupSeconds(), settings.mgetIterations(),
                            settings.mgetSeconds()));
                }
            }
        }
    }

    private void sample(Forks forks) throws Exception {
        for (int threads : settings.sampleThreads()) {
            for (String workload : settings.workloads()) {
                for (String client : settings.roundClients()) {
                    System.out.printf("== [%s] sample time: %s, %d thread(s), %s%n", elapsed(), workload, threads,
                            client);
                    measured.latencies.put(Measured.key(workload, client, threads), forks.sample(workload, client,
                            threads, settings.sampleWarmups(), settings.sampleWarmupSeconds(),
                            settings.sampleIterations(), settings.sampleSeconds()));
                }
            }
        }
    }

    /**
     * Jedis's and then the library's failover runs, each with a fresh client on a healed cluster: the previous
     * run's victim is restarted (it rejoins as a replica) and the cluster is healthy before the next run kills the
     * primary that serves slot 0 now.
     */
    private void failovers(LocalRedisCluster cluster, String seed) throws Exception {
        Map<String, String> retry = new HashMap<>();
        retry.put("foo.retry.retries", "6");
        retry.put("foo.retry.backoff", "exponential");
        retry.put("foo.cluster_error_retry_attempts", "3");
        for (int run = 0; run < settings.jedisFailoverRuns(); run++) {
            failover(cluster, Report.JEDIS_FAILOVER, () -> Clients.jedis(seed));
        }
        for (int run = 0; run < settings.failoverRuns(); run++) {
            failover(cluster, Report.LIBRARY_FAILOVER, () -> Clients.library(seed, retry));
        }
    }

    private void failover(LocalRedisCluster cluster, String label, Supplier<Clients.Api> client) throws Exception {
        if (!measured.failovers.isEmpty()) {
            cluster.restart(measured.failovers.get(measured.failovers.size() - 1).victimPort());
        }
        System.out.printf("== [%s] failover: %s%n", elapsed(), label);
        try (Clients.Api api = client.get()) {
            api.get(ClusterBenchmark.key(0)); // the client has started before the kill
            Failover.Result result = Failover.run(label, api, cluster);
            System.out.println("== " + result);
            measured.failovers.add(result);
        }
    }
}
