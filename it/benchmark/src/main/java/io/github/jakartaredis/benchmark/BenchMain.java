package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;
import redis.clients.jedis.RedisClusterClient;

/**
 * Runs the whole benchmark against one local cluster that it starts and stops: JMH throughput with the GC profiler,
 * JMH sample time (p50/p99), redis-benchmark as the ceiling, failover recovery; writes the markdown report.
 *
 * <p>System properties (defaults in brackets): bench.out [RESULTS.md], bench.command [how it was started],
 * bench.clients [jedis,library,lettuce; also library-nometrics, library-otel, library-otel-tracing],
 * bench.workloads [get,set,mget10,mget100], bench.threads [1,8],
 * bench.warmups [2], bench.warmupSeconds [4], bench.iterations [3], bench.seconds [5], bench.sampleWarmups [1],
 * bench.sampleWarmupSeconds [2], bench.sampleIterations [2], bench.sampleSeconds [3], bench.redisBenchmark [true],
 * bench.failover [true], bench.profilers [extra JMH profilers for the
 * throughput pass, '+'-separated, each name[:options], e.g. stack:lines=3+jfr:dir=/tmp/jfr], bench.sample [true: run
 * the sample time pass].
 */
public final class BenchMain {

    static final String[] WORKLOADS = {"get", "set", "mget10", "mget100"};
    static final String[] CLIENTS = {"jedis", "library", "lettuce"};

    /** Results of one benchmark: workload, client, threads. */
    static final class Cell {
        double opsPerSec = Double.NaN;
        double opsError = Double.NaN;
        double allocPerOp = Double.NaN;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        double p999 = Double.NaN;
    }

    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<String[]> ceiling = new ArrayList<>();
    private final List<Failover.Result> failovers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new BenchMain().run();
    }

    private static String prop(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    private static int intProp(String name, int fallback) {
        return Integer.parseInt(prop(name, Integer.toString(fallback)));
    }

    private static Cell cell(Map<String, Cell> cells, String workload, String client, int threads) {
        return cells.computeIfAbsent(workload + "/" + client + "/" + threads, k -> new Cell());
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        String[] clients = prop("bench.clients", String.join(",", CLIENTS)).split(",");
        String[] workloads = prop("bench.workloads", String.join(",", WORKLOADS)).split(",");
        int[] threadCounts = java.util.Arrays.stream(prop("bench.threads", "1,8").split(","))
                .mapToInt(Integer::parseInt).toArray();
        String redisVersion;
        try (LocalRedisCluster cluster = LocalRedisCluster.start()) {
            redisVersion = cluster.redisVersion();
            String seed = cluster.seedUrl();
            load(seed);
            for (int threads : threadCounts) {
                throughputPass(seed, clients, workloads, threads);
            }
            if (Boolean.parseBoolean(prop("bench.sample", "true"))) {
                for (int threads : threadCounts) {
                    samplePass(seed, clients, workloads, threads);
                }
            }
            if (Boolean.parseBoolean(prop("bench.redisBenchmark", "true"))) {
                for (int threads : threadCounts) {
                    redisBenchmark(cluster, threads);
                }
            }
            if (Boolean.parseBoolean(prop("bench.failover", "true"))) {
                failovers(cluster, seed);
            }
        }
        Path out = Path.of(prop("bench.out", "RESULTS.md"));
        Files.writeString(out, report(started, redisVersion, clients, workloads, threadCounts));
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    /** Writes the 10,000 keys with their 100-byte values. */
    private static void load(String seed) {
        try (RedisClusterClient client = RedisClusterClient.builder().nodes(Clients.seeds(seed)).build()) {
            for (int i = 0; i < ClusterBenchmark.KEY_COUNT; i++) {
                client.set(ClusterBenchmark.key(i), ClusterBenchmark.VALUE);
            }
        }
    }

    private ChainedOptionsBuilder options(String seed, String[] clients, String[] workloads, int threads) {
        return new OptionsBuilder()
                .include(ClusterBenchmark.class.getName() + "\\.(" + String.join("|", workloads) + ")$")
                .param("client", clients)
                .threads(threads)
                .forks(1)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Dbench.seed=" + seed, "-Xms1g", "-Xmx1g",
                        "-Djava.util.logging.config.file=" + prop("bench.logging", "logging.properties"));
    }

    private void throughputPass(String seed, String[] clients, String[] workloads, int threads) throws Exception {
        ChainedOptionsBuilder options = options(seed, clients, workloads, threads)
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .warmupIterations(intProp("bench.warmups", 2))
                .warmupTime(TimeValue.seconds(intProp("bench.warmupSeconds", 4)))
                .measurementIterations(intProp("bench.iterations", 3))
                .measurementTime(TimeValue.seconds(intProp("bench.seconds", 5)))
                .addProfiler(GCProfiler.class);
        for (String extra : prop("bench.profilers", "").split("\\+")) {
            if (!extra.isBlank()) {
                int colon = extra.indexOf(':');
                if (colon < 0) {
                    options.addProfiler(extra.trim());
                } else {
                    options.addProfiler(extra.substring(0, colon).trim(), extra.substring(colon + 1));
                }
            }
        }
        for (RunResult result : new Runner(options.build()).run()) {
            Cell cell = cell(cells, workload(result), result.getParams().getParam("client"), threads);
            cell.opsPerSec = result.getPrimaryResult().getScore();
            cell.opsError = result.getPrimaryResult().getScoreError();
            for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
                if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                    cell.allocPerOp = secondary.getValue().getScore();
                }
            }
        }
    }

    private void samplePass(String seed, String[] clients, String[] workloads, int threads) throws Exception {
        ChainedOptionsBuilder options = options(seed, clients, workloads, threads)
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                .warmupIterations(intProp("bench.sampleWarmups", 1))
                .warmupTime(TimeValue.seconds(intProp("bench.sampleWarmupSeconds", 2)))
                .measurementIterations(intProp("bench.sampleIterations", 2))
                .measurementTime(TimeValue.seconds(intProp("bench.sampleSeconds", 3)));
        for (RunResult result : new Runner(options.build()).run()) {
            Cell cell = cell(cells, workload(result), result.getParams().getParam("client"), threads);
            var statistics = result.getPrimaryResult().getStatistics();
            cell.p50 = statistics.getPercentile(50.0);
            cell.p99 = statistics.getPercentile(99.0);
            cell.p999 = statistics.getPercentile(99.9);
        }
    }

    private static String workload(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** redis-benchmark --cluster, SET and GET of 100-byte values over 10,000 random keys, `threads` clients. */
    private void redisBenchmark(LocalRedisCluster cluster, int clients) throws Exception {
        int requests = clients == 1 ? 50_000 : 200_000;
        List<String> command = List.of("redis-benchmark", "--cluster", "-h", LocalRedisCluster.HOST, "-p",
                Integer.toString(cluster.primaryPorts().get(0)), "-c", Integer.toString(clients), "-n",
                Integer.toString(requests), "-d", "100", "-r", "10000", "-t", "set,get", "--csv");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        System.out.println(String.join(" ", command) + "\n" + output);
        for (String line : output.split("\r?\n")) {
            String[] fields = line.replace("\"", "").split(",");
            if (fields.length >= 7 && (fields[0].equals("SET") || fields[0].equals("GET"))) {
                ceiling.add(new String[] {fields[0], Integer.toString(clients), fields[1], fields[4], fields[6],
                        String.join(" ", command)});
            }
        }
        if (ceiling.isEmpty()) {
            notes.add("redis-benchmark printed no CSV result: " + output.strip());
        }
    }

    private void failovers(LocalRedisCluster cluster, String seed) throws Exception {
        try (Clients.Api jedis = Clients.jedis(seed)) {
            failovers.add(Failover.run("Jedis 8.0.2 RedisClusterClient, defaults", jedis, cluster));
        }
        cluster.restart(failovers.get(0).victimPort());
        Map<String, String> retry = new HashMap<>();
        retry.put("foo.retry.retries", "6");
        retry.put("foo.retry.backoff", "exponential");
        retry.put("foo.cluster_error_retry_attempts", "3");
        try (Clients.Api library = Clients.library(seed, retry)) {
            library.get(ClusterBenchmark.key(0)); // start the shared client before the kill
            failovers.add(Failover.run("library, retry.retries=6, retry.backoff=exponential, "
                    + "cluster_error_retry_attempts=3", library, cluster));
        }
        cluster.restart(failovers.get(1).victimPort());
    }

    // ---------------------------------------------------------------------------------------------- the report

    private static String fmt(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static String ratio3(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", a / b);
    }

    private Cell get(String workload, String client, int threads) {
        Cell cell = cells.get(workload + "/" + client + "/" + threads);
        return cell != null ? cell : new Cell();
    }

    private static String command(String line) {
        try {
            Process process = new ProcessBuilder("bash", "-c", line).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private String report(Instant started, String redisVersion, String[] clients, String[] workloads,
            int[] threadCounts) throws IOException {
        Properties versions = new Properties();
        try (InputStream in = BenchMain.class.getResourceAsStream("/benchmark-versions.properties")) {
            versions.load(in);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Generated by `it/benchmark/run.sh` (do not edit by hand; the analysis is in `PROFILE.md`).\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| command | `").append(prop("bench.command", "bash it/benchmark/run.sh")).append("` |\n");
        md.append("| date | ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" to ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" |\n");
        md.append("| machine | ").append(command("lscpu | sed -n 's/^Model name: *//p' | head -1"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores (")
                .append(command("lscpu | sed -n 's/^Hypervisor vendor: *//p' | head -1")).append(" VM), ")
                .append(command("free -g | awk '/Mem:/{print $2}'")).append(" GiB; the cores are shared by the "
                        + "benchmark JVM and the 6 redis-server processes |\n");
        md.append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(", forks with -Xms1g -Xmx1g, default GC |\n");
        md.append("| Redis | ").append(redisVersion).append(", 3 primaries + 3 replicas on loopback (LocalRedisCluster) |\n");
        md.append("| versions | redis-cluster-cdi ").append(versions.getProperty("library"))
                .append(" (git ").append(prop("bench.git", "?")).append("), Jedis ")
                .append(versions.getProperty("jedis")).append(", Lettuce ").append(versions.getProperty("lettuce"))
                .append(", Weld SE ").append(versions.getProperty("weld")).append(", SmallRye Config ")
                .append(versions.getProperty("smallrye-config")).append(", SmallRye Metrics ")
                .append(versions.getProperty("smallrye-metrics")).append(", JMH ").append(versions.getProperty("jmh"))
                .append(" |\n");
        md.append("| JMH | throughput + `-prof gc`: ").append(intProp("bench.warmups", 2)).append(" x ")
                .append(intProp("bench.warmupSeconds", 4)).append(" s warmup, ").append(intProp("bench.iterations", 3))
                .append(" x ").append(intProp("bench.seconds", 5)).append(" s measurement, 1 fork; sample time (p50/p99): ")
                .append(intProp("bench.sampleWarmups", 1)).append(" x ").append(intProp("bench.sampleWarmupSeconds", 2))
                .append(" s warmup, ").append(intProp("bench.sampleIterations", 2)).append(" x ")
                .append(intProp("bench.sampleSeconds", 3)).append(" s, 1 fork |\n");
        md.append("| workloads | 10,000 keys `bench:key:N` (all slots), 100-byte values; GET and SET of a random key; "
                + "MGET of 10 and of 100 random keys (cross-slot: spread over the 3 primaries) |\n");
        md.append("| clients | (a) `jedis`: Jedis `RedisClusterClient` with its defaults; (b) `library`: the injected "
                + "`@RedisCluster(\"foo\") RedisClusterConnection` in Weld SE, SmallRye Config (`foo.url` only), "
                + "SmallRye Metrics recording every command, no request context active; (c) `lettuce`: one "
                + "`StatefulRedisClusterConnection`, `sync()` API, shared by all threads |\n\n");

        md.append("## Throughput (ops/s, higher is better)\n\n");
        md.append("± is JMH's 99.9% confidence half-width over the measurement iterations (with 3 iterations it is "
                + "wide: the t quantile is about 31.6 (2 degrees of freedom)). The machine's 2 cores are shared by the client and 6 redis-servers, so "
                + "differences of a few percent are within run-to-run noise; the sample-time p50 below is steadier.\n\n");
        md.append("| workload | threads | Jedis (a) | library (b) | Lettuce (c) | **(b)/(a)** | (b)/(c) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (int threads : threadCounts) {
            for (String w : workloads) {
                Cell a = get(w, "jedis", threads);
                Cell b = get(w, "library", threads);
                Cell c = get(w, "lettuce", threads);
                md.append("| ").append(w).append(" | ").append(threads).append(" | ")
                        .append(fmt(a.opsPerSec, 0)).append(" ± ").append(fmt(a.opsError, 0)).append(" | ")
                        .append(fmt(b.opsPerSec, 0)).append(" ± ").append(fmt(b.opsError, 0)).append(" | ")
                        .append(fmt(c.opsPerSec, 0)).append(" ± ").append(fmt(c.opsError, 0)).append(" | **")
                        .append(ratio(b.opsPerSec, a.opsPerSec)).append("** | ").append(ratio(b.opsPerSec, c.opsPerSec))
                        .append(" |\n");
            }
        }
        md.append("\n## Latency (µs per op, JMH sample time, lower is better)\n\n");
        md.append("| workload | threads | Jedis p50 / p99 | library p50 / p99 | Lettuce p50 / p99 | **p99 (b)/(a)** |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (int threads : threadCounts) {
            for (String w : workloads) {
                Cell a = get(w, "jedis", threads);
                Cell b = get(w, "library", threads);
                Cell c = get(w, "lettuce", threads);
                md.append("| ").append(w).append(" | ").append(threads).append(" | ")
                        .append(fmt(a.p50, 1)).append(" / ").append(fmt(a.p99, 1)).append(" | ")
                        .append(fmt(b.p50, 1)).append(" / ").append(fmt(b.p99, 1)).append(" | ")
                        .append(fmt(c.p50, 1)).append(" / ").append(fmt(c.p99, 1)).append(" | **")
                        .append(ratio(b.p99, a.p99)).append("** |\n");
            }
        }
        md.append("\n## Allocation (bytes per op, `gc.alloc.rate.norm`, lower is better)\n\n");
        md.append("| workload | threads | Jedis (a) | library (b) | Lettuce (c) | **(b)/(a)** | **(b)−(a) bytes** |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (int threads : threadCounts) {
            for (String w : workloads) {
                Cell a = get(w, "jedis", threads);
                Cell b = get(w, "library", threads);
                Cell c = get(w, "lettuce", threads);
                md.append("| ").append(w).append(" | ").append(threads).append(" | ")
                        .append(fmt(a.allocPerOp, 0)).append(" | ").append(fmt(b.allocPerOp, 0)).append(" | ")
                        .append(fmt(c.allocPerOp, 0)).append(" | **").append(ratio(b.allocPerOp, a.allocPerOp))
                        .append("** | **").append(fmt(b.allocPerOp - a.allocPerOp, 0)).append("** |\n");
            }
        }

        md.append("\n## Goals\n\n| goal | measured | met? |\n|---|---|---|\n");
        for (String w : new String[] {"get", "set"}) {
            for (int threads : threadCounts) {
                Cell a = get(w, "jedis", threads);
                Cell b = get(w, "library", threads);
                double r = b.opsPerSec / a.opsPerSec;
                double added = b.allocPerOp - a.allocPerOp;
                md.append("| issue 6: ").append(w).append(", ").append(threads).append(" thread(s): (b)/(a) throughput ≥ 0.97 | ")
                        .append(ratio3(b.opsPerSec, a.opsPerSec)).append(" | ").append(verdict(r >= 0.97, r)).append(" |\n");
                md.append("| issue 6: ").append(w).append(", ").append(threads).append(" thread(s): ≤ 100 added bytes/op | ")
                        .append(fmt(added, 0)).append(" | ").append(verdict(added <= 100, added)).append(" |\n");
            }
        }
        for (String w : new String[] {"mget10", "mget100"}) {
            Cell a = get(w, "jedis", 1);
            Cell b = get(w, "library", 1);
            Cell c = get(w, "lettuce", 1);
            double vsJedis = b.opsPerSec / a.opsPerSec;
            double vsLettuce = b.opsPerSec / c.opsPerSec;
            md.append("| issue 7: ").append(w).append(", 1 thread: library ≥ 2.5x Jedis | ")
                    .append(ratio(b.opsPerSec, a.opsPerSec)).append("x | ").append(verdict(vsJedis >= 2.5, vsJedis)).append(" |\n");
            md.append("| issue 7: ").append(w).append(", 1 thread: library ≥ 1.2x Lettuce | ")
                    .append(ratio(b.opsPerSec, c.opsPerSec)).append("x | ").append(verdict(vsLettuce >= 1.2, vsLettuce)).append(" |\n");
        }

        md.append("\n## Ceiling: redis-benchmark on the same cluster\n\n");
        md.append("| test | clients | requests/s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
        for (String[] row : ceiling) {
            md.append("| ").append(row[0]).append(" | ").append(row[1]).append(" | ").append(row[2]).append(" | ")
                    .append(row[3]).append(" | ").append(row[4]).append(" |\n");
        }
        if (!ceiling.isEmpty()) {
            md.append("\nAt 1 client this is no strict ceiling: redis-benchmark pays the same loopback round trip "
                    + "and shares the same 2 cores, so a Java client may come close to it or pass it.\n");
            md.append("\nCommand: `redis-benchmark --cluster -h 127.0.0.1 -p <a primary> -c <clients> -n <50000 or 200000> "
                    + "-d 100 -r 10000 -t set,get --csv` (C, no client library; its keys carry a hash tag per node). "
                    + "It has no cross-slot MGET, so MGET has no ceiling row.\n");
        }

        md.append("\n## Failover recovery\n\n");
        md.append(Failover.THREADS + " caller threads write 100-byte values over the 10,000 keys (a caller that gets an "
                + "error pauses 10 ms and goes on); after 2 s a primary is SIGKILLed. *Recovery* is the time from the "
                + "SIGKILL to the end of the first successful write, started after the kill, on a key of the killed "
                + "primary's slots. *Cluster failover* is when every live node reports all slots served again "
                + "(cluster-node-timeout 1000 ms).\n\n");
        md.append("| client | recovery ms | cluster failover ms | ok writes | failed writes | slowest ok write ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Failover.Result f : failovers) {
            md.append("| ").append(f.client()).append(" | ").append(f.recoveryMillis()).append(" | ")
                    .append(f.clusterFailoverMillis()).append(" | ").append(f.okWrites()).append(" | ")
                    .append(f.failedWrites()).append(" | ").append(f.maxOkWriteMillis()).append(" |\n");
        }
        for (Failover.Result f : failovers) {
            md.append("\nErrors callers saw, ").append(f.client()).append(": ");
            if (f.errors().isEmpty()) {
                md.append("none.\n");
            } else {
                md.append("\n\n| count | error (digits blanked as N) |\n|---:|---|\n");
                f.errors().forEach((error, count) -> md.append("| ").append(count).append(" | `")
                        .append(error.replace("|", "\\|").replace("`", "'")).append("` |\n"));
            }
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    private static String verdict(boolean met, double value) {
        return Double.isNaN(value) ? "not measured" : met ? "yes" : "**no**";
    }
}
