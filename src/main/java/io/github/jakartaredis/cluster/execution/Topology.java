package io.github.jakartaredis.cluster.execution;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.providers.ClusterConnectionProvider;

/**
 * What the client knows of the cluster's shape and how it learns more: the slot map (Jedis's, in the
 * {@link ClusterConnectionProvider}), the replicas of each slot ({@link ReplicaMap}), the seed nodes, and reloads.
 *
 * <ul>
 *   <li>{@link #refreshWithout(HostAndPort, boolean)}: the reload between two cycles of retries. One runs at a time
 *       for the whole client; callers that asked while another ran take its result instead of reloading again.</li>
 *   <li>{@link #reloadSoon(HostAndPort)}: a hint that the map may be stale (a node timed out, a replica failed),
 *       answered by a reload in the background at most once per {@link #MIN_RELOAD_INTERVAL_NANOS}.</li>
 *   <li>{@link #nodeFailing(HostAndPort)}: a try failed on a node; the same background reload, but at most once per
 *       {@link #FAILING_NODE_RELOAD_INTERVAL_NANOS}, and repeated that often while commands wait and the map has not
 *       changed, so that a replica's promotion is seen within about that.</li>
 *   <li>{@link #awaitChange(Duration)}: the pause between a command's tries, ended by any reload that changes which
 *       node serves some slot.</li>
 * </ul>
 *
 * <p>Thread-safe. Reloads open their own connection to a node other than the failed one and hold no permit of
 * the {@link ConnectionLimit}.
 */
public final class Topology implements TopologyRefresh {

    /** The least time between two background reloads asked for by a hint. */
    static final long MIN_RELOAD_INTERVAL_NANOS = 1_000_000_000L;
    /** The least time between two background reloads while tries on a node fail. */
    static final long FAILING_NODE_RELOAD_INTERVAL_NANOS = 100_000_000L;

    private static final int SLOTS = 16384;
    private static final Logger LOG = Logger.getLogger(Topology.class.getName());

    private final ClusterConnectionProvider provider;
    private final JedisClientConfig clientConfig;
    private final List<HostAndPort> seeds;
    private final ReplicaMap replicas;
    private final Executor background;
    private final Object refreshLock = new Object();
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicLong failingNodeReloads = new AtomicLong();
    private final AtomicBoolean reloadScheduled = new AtomicBoolean();
    private final SlotMapChanges changes = new SlotMapChanges();
    private volatile long lastReloadStartNanos = System.nanoTime() - MIN_RELOAD_INTERVAL_NANOS;

    /**
     * @param provider the slot map and per-node pools, not null
     * @param clientConfig how to open a connection for a reload, not null
     * @param seeds the configured seed nodes, not null
     * @param replicas the replicas of each slot, filled by every reload; null when replicas are not read from
     * @param background runs the reloads that {@link #reloadSoon} asks for; not null
     */
    public Topology(ClusterConnectionProvider provider, JedisClientConfig clientConfig, List<HostAndPort> seeds,
            ReplicaMap replicas, Executor background) {
        this.provider = provider;
        this.clientConfig = clientConfig;
        this.seeds = new CopyOnWriteArrayList<>(seeds);
        this.replicas = replicas;
        this.background = background;
    }

    /**
     * Reloads the slot map from a node other than {@code failed}, dropping {@code failed} from the seeds first when
     * asked, so that neither this reload nor later ones wait on it. If another caller's reload started after this
     * call was made, that one's result is taken instead.
     *
     * @param failed the node whose retries were spent, null when no node was reached
     * @param dropFromSeeds whether {@code failed} failed as a node (connection error, timeout), rather than
     *     answering for a cluster in trouble ({@code CLUSTERDOWN}), and so leaves the seeds
     */
    @Override
    public void refreshWithout(HostAndPort failed, boolean dropFromSeeds) {
        long asked = System.nanoTime();
        if (dropFromSeeds && failed != null && seeds.size() > 1) {
            seeds.remove(failed);
        }
        synchronized (refreshLock) {
            if (lastReloadStartNanos - asked > 0) {
                return;
            }
            reload(failed, refreshes);
        }
    }

    /**
     * Asks for a reload in the background, unless one ran within the last second or is already on its way.
     *
     * @param suspect a node that may have failed, not asked for the map; may be null
     */
    @Override
    public void reloadSoon(HostAndPort suspect) {
        reloadInBackground(suspect, MIN_RELOAD_INTERVAL_NANOS, refreshes, false);
    }

    /**
     * Asks for a reload in the background, unless one ran within the last 100 ms or is already on its way.
     *
     * @param node the node a try failed on, not asked for the map; not null
     */
    @Override
    public void nodeFailing(HostAndPort node) {
        reloadInBackground(node, FAILING_NODE_RELOAD_INTERVAL_NANOS, failingNodeReloads, true);
    }

    /**
     * @param watch whether to go on reloading, one interval apart, while commands {@linkplain #awaitChange wait} and
     *     no reload has changed the map: a command that failed on a dead primary then moves within about one
     *     interval of its replica's promotion, however long its own backoff
     */
    private void reloadInBackground(HostAndPort suspect, long intervalNanos, AtomicLong counter, boolean watch) {
        if (System.nanoTime() - lastReloadStartNanos < intervalNanos
                || !reloadScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    boolean changed = reloadUnlessRecent(suspect, intervalNanos, counter);
                    while (watch && !changed && changes.anyWaiting()) {
                        long next = lastReloadStartNanos + intervalNanos - System.nanoTime();
                        if (next > 0) {
                            TimeUnit.NANOSECONDS.sleep(next);
                        }
                        changed = reloadUnlessRecent(suspect, intervalNanos, counter);
                    }
                } catch (InterruptedException closing) {
                    Thread.currentThread().interrupt();
                } finally {
                    reloadScheduled.set(false);
                }
            });
        } catch (RejectedExecutionException closed) {
            reloadScheduled.set(false);
        }
    }

    /** @return whether a reload ran and changed which node serves some slot */
    private boolean reloadUnlessRecent(HostAndPort suspect, long intervalNanos, AtomicLong counter) {
        synchronized (refreshLock) {
            return System.nanoTime() - lastReloadStartNanos >= intervalNanos && reload(suspect, counter);
        }
    }

    /**
     * Waits until a reload changes a slot's primary, or {@code longest} has passed.
     *
     * @param longest how long at most, positive
     */
    @Override
    public void awaitChange(Duration longest) throws InterruptedException {
        changes.await(longest);
    }

    /**
     * Caller holds {@link #refreshLock}.
     *
     * @return whether the reload changed which node serves some slot
     */
    private boolean reload(HostAndPort failed, AtomicLong counter) {
        lastReloadStartNanos = System.nanoTime();
        counter.incrementAndGet();
        // the primaries the slot map knows first: a node that just restarted may still claim its old slots (with
        // an empty dataset) until the cluster tells it otherwise, and it is not a primary in a map read since
        List<HostAndPort> candidates = new ArrayList<>();
        HostAndPort[] before = new HostAndPort[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            HostAndPort primary = provider.getNode(slot);
            before[slot] = primary;
            if (primary != null && !candidates.contains(primary)) {
                candidates.add(primary);
            }
        }
        for (HostAndPort seed : seeds) {
            if (!candidates.contains(seed)) {
                candidates.add(seed);
            }
        }
        for (String key : provider.getNodes().keySet()) {
            HostAndPort known = HostAndPort.from(key);
            if (!candidates.contains(known)) {
                candidates.add(known);
            }
        }
        candidates.remove(failed);
        for (HostAndPort candidate : candidates) {
            try (Connection connection = new Connection(candidate, clientConfig)) {
                provider.renewSlotCache(connection);
                if (replicas != null) {
                    replicas.load(connection);
                }
                return signalIfChanged(before);
            } catch (JedisException e) {
                LOG.log(Level.FINE, "Topology refresh from {0} failed: {1}", new Object[] {candidate, e.getMessage()});
            }
        }
        LOG.log(Level.WARNING, "Topology refresh failed: no node other than {0} answered", failed);
        return false;
    }

    /**
     * Wakes the commands {@linkplain #awaitChange(Duration) waiting} when some slot has another primary now.
     *
     * @return whether some slot has another primary
     */
    private boolean signalIfChanged(HostAndPort[] before) {
        for (int slot = 0; slot < SLOTS; slot++) {
            if (!Objects.equals(before[slot], provider.getNode(slot))) {
                changes.signal();
                return true;
            }
        }
        return false;
    }

    /**
     * @return how many reloads were made so far between cycles and for {@link #reloadSoon hints}; the reloads while
     *     nodes fail are counted by {@link #failingNodeReloads()}
     */
    @Override
    public long refreshes() {
        return refreshes.get();
    }

    /** @return how many background reloads {@link #nodeFailing(HostAndPort)} made so far */
    public long failingNodeReloads() {
        return failingNodeReloads.get();
    }

    /** @return the seed nodes still used for reloads */
    @Override
    public List<HostAndPort> seeds() {
        return List.copyOf(seeds);
    }
}
