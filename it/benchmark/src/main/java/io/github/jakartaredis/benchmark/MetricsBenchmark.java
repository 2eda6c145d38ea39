package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.metrics.ClientGauges;
import io.github.jakartaredis.cluster.metrics.ClientMetrics;
import io.github.jakartaredis.cluster.metrics.microprofile.MicroProfileClientMetrics;
import io.smallrye.metrics.SharedMetricRegistries;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Profiling aid, not part of run.sh's report: what recording one command in the library's MicroProfile metrics
 * costs (SmallRye Metrics 5.1 with the Prometheus registry), without any Redis. Run with
 * {@code java -cp target/classes:$(cat target/classpath.txt) org.openjdk.jmh.Main MetricsBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class MetricsBenchmark {

    ClientMetrics metrics;
    ClientMetrics.CommandMeter meter;
    Timer timer;
    long nanos = 31_000;

    @Setup
    public void setUp() {
        MetricRegistry registry = SharedMetricRegistries.getOrCreate(MetricRegistry.APPLICATION_SCOPE);
        metrics = new MicroProfileClientMetrics(registry, "bench", new ClientGauges() {
            @Override
            public int poolSize() {
                return 0;
            }

            @Override
            public int poolInUse() {
                return 0;
            }

            @Override
            public int activeRequests() {
                return 0;
            }
        });
        meter = metrics.command("get");
        timer = registry.timer("plain.timer");
    }

    @TearDown
    public void tearDown() {
        metrics.close();
    }

    /** Look the meter up by name, then record (the connection asks by name once per command, through CommandMeters). */
    @Benchmark
    public void lookupAndRecord() {
        metrics.command("get").record(nanos, true);
    }

    /** Recording alone (counter + timer). */
    @Benchmark
    public void recordOnly() {
        meter.record(nanos, true);
    }

    long sequence;

    /** Recording alone, with latencies spread from 20 µs to 5 ms as a real run's are. */
    @Benchmark
    public void recordVarying() {
        sequence = sequence * 6364136223846793005L + 1442695040888963407L;
        meter.record(20_000 + Math.floorMod(sequence >>> 11, 5_000_000L), true);
    }

    /** The meter lookup alone. */
    @Benchmark
    public Object lookupOnly() {
        return metrics.command("get");
    }

    /** A bare SmallRye Metrics timer update, for comparison. */
    @Benchmark
    public void smallRyeTimerUpdate() {
        timer.update(Duration.ofNanos(nanos));
    }
}
