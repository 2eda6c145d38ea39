package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.retry.ConstantBackoff;
import io.github.jakartaredis.cluster.retry.RedisErrorKind;
import io.github.jakartaredis.cluster.retry.Retry;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisClusterOperationException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisMovedDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;
import redis.clients.jedis.util.SafeEncoder;

/**
 * One keyed command on its slot's node. {@link #run()} is one counted attempt, and within it what is not a
 * failure of the node: MOVED and ASK are followed; TRYAGAIN (a slot being migrated) is tried again every 25 ms, up
 * to 40 times; CLUSTERDOWN is tried once more after 250 ms, as redis-py does; a pooled connection the server had
 * closed is replaced once, with the node's other idle connections; a replica that fails hands the read to the
 * primary. A connection permit is held only while a connection is borrowed. Used by one thread.
 *
 * @param <T> the reply type
 */
final class KeyedAttempt<T> extends CommandAttempt<T> {

    /** Redirects followed within one attempt before giving up: more means the cluster is in a loop. */
    static final int MAX_REDIRECTS = 16;

    private static final Retry TRY_AGAIN = new Retry(new ConstantBackoff(Duration.ofMillis(25)), 40,
            EnumSet.of(RedisErrorKind.TRY_AGAIN));
    private static final Retry CLUSTER_DOWN = new Retry(new ConstantBackoff(Duration.ofMillis(250)), 1,
            EnumSet.of(RedisErrorKind.CLUSTER_DOWN));

    private final CommandPath path;
    private final CommandObject<T> command;
    private final int slot;
    private boolean replicaRead;
    private boolean staleReplaced;
    private boolean onReplica;
    private RuntimeException replay;

    KeyedAttempt(CommandPath path, CommandObject<T> command, int slot, boolean replicaRead, CommandEvents events) {
        super(events, path.topology());
        this.path = path;
        this.command = command;
        this.slot = slot;
        this.replicaRead = replicaRead;
    }

    @Override
    String commandName() {
        return SafeEncoder.encode(command.getArguments().getCommand().getRaw()).toLowerCase(Locale.ROOT);
    }

    @Override
    public T run() {
        try {
            return follow();
        } catch (JedisDataException e) {
            Optional<RedisErrorKind> kind = RedisErrorKind.of(e);
            if (kind.isEmpty()) {
                throw e;
            }
            if (kind.get() == RedisErrorKind.TRY_AGAIN) {
                return again(TRY_AGAIN, e);
            }
            if (kind.get() == RedisErrorKind.CLUSTER_DOWN) {
                return again(CLUSTER_DOWN, e);
            }
            throw e;
        }
    }

    /** Tries again as {@code pause} says, starting with its pause after {@code first}. */
    private T again(Retry pause, RuntimeException first) {
        replay = first;
        return pause.call(() -> {
            RuntimeException pending = replay;
            if (pending != null) {
                replay = null;
                throw pending;
            }
            return follow();
        });
    }

    private T follow() {
        JedisRedirectionException redirect = null;
        int redirects = 0;
        while (true) {
            boolean borrowed = false;
            HostAndPort target = path.choice().target(slot, redirect, replicaRead && redirect == null);
            onReplica = replicaRead && redirect == null && !path.choice().isPrimaryOf(target, slot);
            if (replicaRead && redirect == null && !onReplica) {
                // no live replica known for the slot: look again, at most once a second, in the background
                path.topology().reloadSoon(null);
            }
            sendingTo(target);
            path.limit().acquire();
            Connection connection = null;
            try {
                connection = onReplica ? path.nodes().borrowReplica(target)
                        : redirect == null ? path.nodes().borrowFromPrimaryOf(slot) : path.nodes().borrow(target);
                borrowed = true;
                node = connection.getHostAndPort();
                if (redirect instanceof JedisAskDataException) {
                    connection.executeCommand(Protocol.Command.ASKING);
                }
                return command.getArguments().isBlocking()
                        ? BlockingReply.execute(connection, command, path.socketTimeoutMillis())
                        : connection.executeCommand(command);
            } catch (JedisRedirectionException e) {
                if (++redirects > MAX_REDIRECTS) {
                    throw new JedisClusterOperationException("Too many cluster redirects (" + MAX_REDIRECTS
                            + ") for slot " + slot + "; last: " + e.getMessage(), e, node);
                }
                if (e instanceof JedisMovedDataException) {
                    path.nodes().reloadFrom(connection);
                }
                redirect = e;
                events.redirect(e instanceof JedisAskDataException, e.getTargetNode().getHost(),
                        e.getTargetNode().getPort());
            } catch (JedisConnectionException e) {
                if (!handledConnectionFailure(e, borrowed)) {
                    throw e;
                }
                redirect = null;
            } catch (JedisDataException e) {
                if (!onReplica || RedisErrorKind.of(e).isEmpty()) {
                    throw e;
                }
                replicaFailed();
                redirect = null;
            } finally {
                ClusterExecutor.closeQuietly(connection);
                path.limit().release();
            }
        }
    }

    /** @return whether to try again at once, not counting the failure */
    private boolean handledConnectionFailure(JedisConnectionException e, boolean borrowed) {
        boolean timeout = RedisErrorKind.of(e).orElse(null) == RedisErrorKind.TIMEOUT;
        if (timeout) {
            // a node that stops answering may be partitioned away: let the client look for a new primary soon
            path.topology().reloadSoon(node);
        } else if (borrowed && !staleReplaced && node != null) {
            // a pooled connection the server closed (restart, CLIENT KILL, idle timeout): not the node's failure
            staleReplaced = true;
            path.nodes().dropIdle(node);
            return true;
        }
        if (onReplica) {
            replicaFailed();
            return true;
        }
        return false;
    }

    /** A replica that is down or out of the cluster is skipped: the primary serves the read. */
    private void replicaFailed() {
        replicaRead = false;
        attempts--;
        path.topology().reloadSoon(node);
    }
}
