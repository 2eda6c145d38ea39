package io.github.jakartaredis.benchmark;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * GET, SET (100-byte values over 10,000 keys spread over all slots) and MGET of 10 and 100 keys across slots, for
 * one client kind per fork. The cluster is started (and the keys loaded) by {@link BenchMain}, which passes its seed
 * URL as the system property {@code bench.seed}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClusterBenchmark {

    /** Number of keys, all loaded before the run. */
    public static final int KEY_COUNT = 10_000;
    /** The keys' value: 100 bytes. */
    public static final String VALUE = "v".repeat(100);
    /** How many precomputed MGET key sets each size has. */
    private static final int KEY_SETS = 4096;

    /**
     * {@code jedis}, {@code library}, {@code lettuce}; also {@code library-nometrics} (the library without a
     * MetricRegistry, for profiling: {@code -Dbench.clients=jedis,library,library-nometrics}).
     */
    @Param({"jedis", "library", "lettuce"})
    public String client;

    Clients.Api api;
    String[] keys;
    String[][] mget10;
    String[][] mget100;

    public static String key(int i) {
        return "bench:key:" + i;
    }

    @Setup(Level.Trial)
    public void setUp() {
        String seed = System.getProperty("bench.seed");
        if (seed == null) {
            throw new IllegalStateException("bench.seed is not set: run BenchMain (run.sh), which starts the cluster");
        }
        keys = new String[KEY_COUNT];
        for (int i = 0; i < KEY_COUNT; i++) {
            keys[i] = key(i);
        }
        SplittableRandom random = new SplittableRandom(42);
        mget10 = keySets(random, 10);
        mget100 = keySets(random, 100);
        api = Clients.open(client, seed);
        // one round trip per workload before the warmup, so that a broken client fails at once
        if (!VALUE.equals(api.get(keys[0]))) {
            throw new IllegalStateException(client + ": key " + keys[0] + " does not hold the loaded value");
        }
        if (((List<?>) api.mget(mget100[0])).size() != 100) {
            throw new IllegalStateException(client + ": MGET of 100 keys did not give 100 values");
        }
    }

    private String[][] keySets(SplittableRandom random, int size) {
        String[][] sets = new String[KEY_SETS][];
        for (int s = 0; s < KEY_SETS; s++) {
            String[] set = new String[size];
            for (int k = 0; k < size; k++) {
                set[k] = keys[random.nextInt(KEY_COUNT)];
            }
            sets[s] = set;
        }
        return sets;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        api.close();
    }

    /** Each thread walks its own pseudo-random sequence. */
    @State(Scope.Thread)
    public static class Cursor {
        private SplittableRandom random;

        @Setup(Level.Trial)
        public void setUp() {
            random = new SplittableRandom(Thread.currentThread().getId() * 7919L);
        }

        int next(int bound) {
            return random.nextInt(bound);
        }
    }

    @Benchmark
    public String get(Cursor cursor) {
        return api.get(keys[cursor.next(KEY_COUNT)]);
    }

    @Benchmark
    public String set(Cursor cursor) {
        return api.set(keys[cursor.next(KEY_COUNT)], VALUE);
    }

    @Benchmark
    public Object mget10(Cursor cursor) {
        return api.mget(mget10[cursor.next(KEY_SETS)]);
    }

    @Benchmark
    public Object mget100(Cursor cursor) {
        return api.mget(mget100[cursor.next(KEY_SETS)]);
    }
}
