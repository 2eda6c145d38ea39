package io.github.jakartaredis.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the benchmark JVM's own CPU time per operation ({@code cpu.per.op}, microseconds): the
 * process CPU time over each measured iteration (all threads: the callers, the client's own threads, GC and JIT),
 * divided by every operation the benchmark threads ran in that time (JMH's {@code allOps}, which also counts the
 * operations of the threads that ran on while the others started or stopped; the GC profiler divides by the same
 * count). The Redis servers are other processes and are not counted. {@link BenchMain} adds it to every throughput
 * fork; elsewhere use {@code -prof io.github.jakartaredis.benchmark.CpuTimeProfiler}. One instance per fork, used by
 * one JMH thread at a time.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;
    private long wallAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = os.getProcessCpuTime();
        wallAtStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - cpuAtStart;
        double seconds = (System.nanoTime() - wallAtStart) / 1e9;
        double operations = result.getMetadata() != null && result.getMetadata().getAllOps() > 0
                ? result.getMetadata().getAllOps()
                // no count: in throughput mode the primary score is operations per second
                : result.getPrimaryResult().getScore() * seconds;
        double microsPerOp = operations > 0 ? cpuNanos / 1_000.0 / operations : Double.NaN;
        return List.of(new ScalarResult("cpu.per.op", microsPerOp, "us/op", AggregationPolicy.AVG));
    }
}
