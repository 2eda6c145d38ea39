package io.github.jakartaredis.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Everything one benchmark run measured, filled by {@link BenchMain} and read by {@link Report}. Keys are
 * {@code workload/client/threads}. Not thread-safe: filled by one thread, then read.
 */
final class Measured {

    /** One JMH throughput fork: ops/s (with JMH's 99.9 % half-width and the iterations' range), B/op, CPU µs/op. */
    record Fork(double opsPerSec, double opsError, double opsMin, double opsMax, double allocPerOp, double cpuPerOp) {
    }

    /** One JMH sample-time fork, µs. */
    record Latency(double p50, double p99) {
    }

    /** Median, smallest and largest of some values (NaN when there are none). */
    record Spread(double median, double min, double max, int count) {

        static Spread of(Collection<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v))
                    .sorted().toArray();
            if (sorted.length == 0) {
                return new Spread(Double.NaN, Double.NaN, Double.NaN, 0);
            }
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(median, sorted[0], sorted[n - 1], n);
        }
    }

    /** Throughput forks per key, in the order they ran (for GET and SET: one per round). */
    final Map<String, List<Fork>> forks = new LinkedHashMap<>();
    /** Per GET/SET case ({@code workload/threads}) and round, the clients in the order they ran. */
    final Map<String, List<List<String>>> roundOrders = new LinkedHashMap<>();
    final Map<String, Latency> latencies = new LinkedHashMap<>();
    /** redis-benchmark rows: test, clients, requests/s, p50 ms, p99 ms. */
    final List<String[]> ceiling = new ArrayList<>();
    final List<Failover.Result> failovers = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    static String key(String workload, String client, int threads) {
        return workload + "/" + client + "/" + threads;
    }

    void add(String workload, String client, int threads, Fork fork) {
        forks.computeIfAbsent(key(workload, client, threads), k -> new ArrayList<>()).add(fork);
    }

    List<Fork> forks(String workload, String client, int threads) {
        return forks.getOrDefault(key(workload, client, threads), List.of());
    }

    /** The first (for MGET: the only) fork of a key, or one of NaNs. */
    Fork single(String workload, String client, int threads) {
        List<Fork> list = forks(workload, client, threads);
        return list.isEmpty() ? new Fork(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN)
                : list.get(0);
    }

    Spread spread(String workload, String client, int threads, ToDoubleFunction<Fork> value) {
        return Spread.of(forks(workload, client, threads).stream().map(value::applyAsDouble).toList());
    }

    /**
     * The ratios {@code client / base} of one value, round by round (the two forks of a round ran one right after
     * the other, so a ratio compares like with like), summarised.
     */
    Spread pairedRatio(String workload, String client, String base, int threads, ToDoubleFunction<Fork> value) {
        List<Fork> a = forks(workload, client, threads);
        List<Fork> b = forks(workload, base, threads);
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < Math.min(a.size(), b.size()); round++) {
            ratios.add(value.applyAsDouble(a.get(round)) / value.applyAsDouble(b.get(round)));
        }
        return Spread.of(ratios);
    }
}
