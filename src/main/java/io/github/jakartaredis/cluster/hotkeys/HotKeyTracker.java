package io.github.jakartaredis.cluster.hotkeys;

import io.github.jakartaredis.cluster.execution.ClusterExecutor;
import io.github.jakartaredis.cluster.execution.CommandTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.ClusterCommandObjects;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Samples the keys of a client's read and write commands into two sorted sets, {@code {hotkeys:<name>}:reads}
 * and {@code {hotkeys:<name>}:writes} (score = times seen), each expiring 24 hours after its last update, so that
 * operators can find hot keys ({@code ZREVRANGE {hotkeys:foo}:reads 0 9 WITHSCORES}).
 *
 * <p>Off the caller's path: a sampled command's keys go into a bounded queue ({@link #CAPACITY} samples) that one
 * node worker at a time drains in the background; when the queue is full the sample is dropped and counted
 * ({@link #dropped()}). The tracker writes through the client's executor, not through the monitored connection: its
 * writes are neither tracked nor counted as the application's commands, and its failures are logged at FINE, never
 * thrown. Thread-safe.
 */
public final class HotKeyTracker {

    /** How long a set lives after its last update. */
    public static final long EXPIRY_SECONDS = 24 * 60 * 60;
    /** How many samples wait at most to be written. */
    public static final int CAPACITY = 1024;

    private static final Logger LOG = Logger.getLogger(HotKeyTracker.class.getName());

    private final double readRate;
    private final double writeRate;
    private final byte[] readsKey;
    private final byte[] writesKey;
    private final ClusterExecutor executor;
    private final ClusterCommandObjects commandObjects;
    private final Executor background;
    private final BlockingQueue<Sample> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean draining = new AtomicBoolean();
    private final LongAdder dropped = new LongAdder();

    /** The keys of one sampled command and the set they count in. */
    private record Sample(byte[] set, List<Object> keys) {
    }

    /**
     * @param client the client's name, not null
     * @param readRate the share of read commands tracked, 0 to 1
     * @param writeRate the share of write commands tracked, 0 to 1
     * @param executor runs the tracker's own writes, not null
     * @param commandObjects builds them, not null
     * @param background drains the queue; not null
     */
    public HotKeyTracker(String client, double readRate, double writeRate, ClusterExecutor executor,
            ClusterCommandObjects commandObjects, Executor background) {
        this.executor = executor;
        this.commandObjects = commandObjects;
        this.background = background;
        this.readRate = readRate;
        this.writeRate = writeRate;
        this.readsKey = SafeEncoder.encode(readsKey(client));
        this.writesKey = SafeEncoder.encode(writesKey(client));
    }

    /** @return the sorted set of read keys of {@code client} */
    public static String readsKey(String client) {
        return "{hotkeys:" + client + "}:reads";
    }

    /** @return the sorted set of written keys of {@code client} */
    public static String writesKey(String client) {
        return "{hotkeys:" + client + "}:writes";
    }

    /** @return whether any command may be tracked */
    public boolean enabled() {
        return readRate > 0 || writeRate > 0;
    }

    /** @return how many samples were dropped because the queue was full */
    public long dropped() {
        return dropped.sum();
    }

    /**
     * Queues the keys of a command the application issued, if it is sampled; returns at once.
     *
     * @param commands the command, or the per-slot parts of one multi-key command; not null
     */
    public void track(List<? extends CommandObject<?>> commands) {
        if (commands.isEmpty()) {
            return;
        }
        CommandTraits traits = CommandTraits.of(commands.get(0).getArguments());
        boolean read = traits.readOnly();
        double rate = read ? readRate : traits.write() ? writeRate : 0;
        if (rate <= 0 || (rate < 1 && ThreadLocalRandom.current().nextDouble() >= rate)) {
            return;
        }
        List<Object> keys = new ArrayList<>();
        for (CommandObject<?> command : commands) {
            keys.addAll(command.getArguments().getKeys());
        }
        if (!queue.offer(new Sample(read ? readsKey : writesKey, keys))) {
            dropped.increment();
            return;
        }
        if (draining.compareAndSet(false, true)) {
            try {
                background.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                queue.clear();
                draining.set(false);
            }
        }
    }

    private void drain() {
        do {
            for (Sample sample = queue.poll(); sample != null; sample = queue.poll()) {
                write(sample);
            }
            draining.set(false);
        } while (!queue.isEmpty() && draining.compareAndSet(false, true));
    }

    private void write(Sample sample) {
        try {
            for (Object key : sample.keys()) {
                byte[] member = key instanceof byte[] ? (byte[]) key : SafeEncoder.encode((String) key);
                executor.execute(commandObjects.zincrby(sample.set(), 1, member));
            }
            executor.execute(commandObjects.expire(sample.set(), EXPIRY_SECONDS));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Hot-key tracking failed: {0}", e.toString());
        }
    }
}
