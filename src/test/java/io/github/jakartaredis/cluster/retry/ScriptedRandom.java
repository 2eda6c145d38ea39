package io.github.jakartaredis.cluster.retry;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/**
 * A {@link RandomGenerator} whose {@link #nextDouble()} returns scripted values, in order; or, when built with
 * {@link #always(double)}, one value forever. Thread-safe.
 */
final class ScriptedRandom implements RandomGenerator {

    private final Deque<Double> script = new ArrayDeque<>();
    private final Double always;
    private int draws;

    private ScriptedRandom(Double always, double... values) {
        this.always = always;
        for (double value : values) {
            script.add(value);
        }
    }

    static ScriptedRandom of(double... values) {
        return new ScriptedRandom(null, values);
    }

    static ScriptedRandom always(double value) {
        return new ScriptedRandom(value);
    }

    @Override
    public synchronized double nextDouble() {
        draws++;
        if (always != null) {
            return always;
        }
        if (script.isEmpty()) {
            throw new AssertionError("ScriptedRandom: no scripted double left after " + (draws - 1) + " draws");
        }
        return script.removeFirst();
    }

    @Override
    public long nextLong() {
        throw new AssertionError("ScriptedRandom: only nextDouble() is scripted");
    }

    synchronized int draws() {
        return draws;
    }
}
