package io.github.jakartaredis.cluster.hotkeys;

import io.github.jakartaredis.cluster.execution.ClusterExecutor;
import io.github.jakartaredis.cluster.execution.CommandTraits;
import java.util.List;
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
 * <p>The tracker writes through the client's executor, not through the monitored connection: its writes are
 * neither tracked nor counted as the application's commands, and its failures are logged at FINE, never thrown.
 * Thread-safe.
 */
public final class HotKeyTracker {

    /** How long a set lives after its last update. */
    public static final long EXPIRY_SECONDS = 24 * 60 * 60;

    private static final Logger LOG = Logger.getLogger(HotKeyTracker.class.getName());

    private final double readRate;
    private final double writeRate;
    private final byte[] readsKey;
    private final byte[] writesKey;
    private final ClusterExecutor executor;
    private final ClusterCommandObjects commandObjects;

    /**
     * @param client the client's name, not null
     * @param readRate the share of read commands tracked, 0 to 1
     * @param writeRate the share of write commands tracked, 0 to 1
     * @param executor runs the tracker's own writes, not null
     * @param commandObjects builds them, not null
     */
    public HotKeyTracker(String client, double readRate, double writeRate, ClusterExecutor executor,
            ClusterCommandObjects commandObjects) {
        this.executor = executor;
        this.commandObjects = commandObjects;
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

    /**
     * Tracks the keys of a command the application issued, if it is sampled.
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
        byte[] set = read ? readsKey : writesKey;
        try {
            for (CommandObject<?> command : commands) {
                for (Object key : command.getArguments().getKeys()) {
                    byte[] member = key instanceof byte[] ? (byte[]) key : SafeEncoder.encode((String) key);
                    executor.execute(commandObjects.zincrby(set, 1, member));
                }
            }
            executor.execute(commandObjects.expire(set, EXPIRY_SECONDS));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Hot-key tracking failed: {0}", e.toString());
        }
    }
}
