package io.github.jakartaredis.benchmark;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one JMH fork of {@link ClusterBenchmark} at a time (one client, one workload, one thread count) against the
 * cluster at {@code seed}. Not thread-safe: JMH runs one fork at a time.
 */
final class Forks {

    private final String seed;
    private final String logging;
    private final String profilers;

    Forks(String seed, String logging, String profilers) {
        this.seed = seed;
        this.logging = logging;
        this.profilers = profilers;
    }

    private ChainedOptionsBuilder options(String workload, String client, int threads) {
        return new OptionsBuilder()
                .include(ClusterBenchmark.class.getName() + "\\." + workload + "$")
                .param("client", client)
                .threads(threads)
                .forks(1)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Dbench.seed=" + seed, "-Xms1g", "-Xmx1g",
                        "-Djava.util.logging.config.file=" + logging);
    }

    /** Throughput with the GC profiler, {@link CpuTimeProfiler} and the extra {@code profilers}. */
    Measured.Fork throughput(String workload, String client, int threads, int warmups, int warmupSeconds,
            int iterations, int seconds) throws RunnerException {
        ChainedOptionsBuilder options = options(workload, client, threads)
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(warmupSeconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .addProfiler(GCProfiler.class).addProfiler(CpuTimeProfiler.class);
        for (String extra : profilers.split("\\+")) {
            if (!extra.isBlank()) {
                int colon = extra.indexOf(':');
                if (colon < 0) {
                    options.addProfiler(extra.trim());
                } else {
                    options.addProfiler(extra.substring(0, colon).trim(), extra.substring(colon + 1));
                }
            }
        }
        RunResult result = new Runner(options.build()).runSingle();
        Result<?> primary = result.getPrimaryResult();
        double alloc = Double.NaN;
        double cpu = Double.NaN;
        for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
            if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                alloc = secondary.getValue().getScore();
            } else if (secondary.getKey().equals("cpu.per.op")) {
                cpu = secondary.getValue().getScore();
            }
        }
        return new Measured.Fork(primary.getScore(), primary.getScoreError(), primary.getStatistics().getMin(),
                primary.getStatistics().getMax(), alloc, cpu);
    }

    /** Sample time: p50 and p99 in µs. */
    Measured.Latency sample(String workload, String client, int threads, int warmups, int warmupSeconds,
            int iterations, int seconds) throws RunnerException {
        ChainedOptionsBuilder options = options(workload, client, threads)
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(warmupSeconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds));
        var statistics = new Runner(options.build()).runSingle().getPrimaryResult().getStatistics();
        return new Measured.Latency(statistics.getPercentile(50.0), statistics.getPercentile(99.0));
    }
}
