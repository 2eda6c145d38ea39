package io.github.jakartaredis.cluster.retry;

import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import redis.clients.jedis.exceptions.JedisBusyException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * The kinds of Redis failure a {@link Retry} can retry on, as classified from Jedis exceptions by
 * {@link #of(Throwable)}. Each kind has a configuration spelling, {@link #configName()}.
 *
 * <p>Error replies are recognised by their error code, the reply's first word, matched exactly: {@code BUSYKEY} or
 * {@code BUSYGROUP} replies are not {@link #BUSY}. Redirections ({@code MOVED}, {@code ASK}) are never classified:
 * Jedis's cluster client follows them itself.
 *
 * <p>Immutable and thread-safe.
 */
public enum RedisErrorKind {

    /**
     * The connection failed, other than by a socket read timeout: a {@link JedisConnectionException} with no
     * {@link SocketTimeoutException} in its cause chain. Config name {@code connection_error}.
     */
    CONNECTION("connection_error", null),

    /**
     * A socket read or connect timed out: a {@link JedisConnectionException} with a {@link SocketTimeoutException}
     * in its cause chain. Config name {@code timeout}.
     */
    TIMEOUT("timeout", null),

    /** The cluster is down: an error reply with code {@code CLUSTERDOWN}. Config name {@code cluster_down}. */
    CLUSTER_DOWN("cluster_down", "CLUSTERDOWN"),

    /**
     * The server is loading its dataset: an error reply with code {@code LOADING}. Config name
     * {@code busy_loading}.
     */
    BUSY_LOADING("busy_loading", "LOADING"),

    /** A write reached a replica: an error reply with code {@code READONLY}. Config name {@code readonly}. */
    READONLY("readonly", "READONLY"),

    /**
     * The replica lost its link to its master: an error reply with code {@code MASTERDOWN}. Config name
     * {@code master_down}.
     */
    MASTER_DOWN("master_down", "MASTERDOWN"),

    /**
     * A multi-key command hit keys being migrated: an error reply with code {@code TRYAGAIN}. Config name
     * {@code try_again}.
     */
    TRY_AGAIN("try_again", "TRYAGAIN"),

    /**
     * The server is busy running a script or function: an error reply with code {@code BUSY}, which Jedis throws as
     * a {@link JedisBusyException}. Config name {@code busy}.
     */
    BUSY("busy", "BUSY");

    private static final String ACCEPTED = Stream.of(values()).map(RedisErrorKind::configName)
            .collect(Collectors.joining(", "));

    private final String configName;
    private final String errorCode;

    RedisErrorKind(String configName, String errorCode) {
        this.configName = configName;
        this.errorCode = errorCode;
    }

    /**
     * @return how configuration spells this kind, e.g. {@code connection_error}; never null
     */
    public String configName() {
        return configName;
    }

    /**
     * Looks a kind up by its configuration spelling, ignoring case and surrounding white space.
     *
     * @param configName the spelling, e.g. {@code cluster_down}; not null
     * @return the kind
     * @throws NullPointerException if {@code configName} is null
     * @throws IllegalArgumentException if no kind is spelled so; the message lists the accepted names
     */
    public static RedisErrorKind fromConfigName(String configName) {
        if (configName == null) {
            throw new NullPointerException("configName is null; accepted: " + ACCEPTED);
        }
        String wanted = configName.trim().toLowerCase(Locale.ROOT);
        for (RedisErrorKind kind : values()) {
            if (kind.configName.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("configName is \"" + configName + "\"; accepted: " + ACCEPTED);
    }

    /**
     * Classifies a Jedis exception. Only the exception itself is classified, not exceptions wrapping it or its
     * causes (except that a {@link JedisConnectionException}'s cause chain tells {@link #TIMEOUT} from
     * {@link #CONNECTION}).
     *
     * @param error the exception, not null
     * @return its kind, or empty if it is of no kind, e.g. not a Jedis exception, a {@code MOVED}/{@code ASK}
     *         redirection, or an error reply with another code
     * @throws NullPointerException if {@code error} is null
     */
    public static Optional<RedisErrorKind> of(Throwable error) {
        if (error == null) {
            throw new NullPointerException("error is null; accepted: any Throwable");
        }
        if (error instanceof JedisConnectionException) {
            return Optional.of(causedBySocketTimeout(error) ? TIMEOUT : CONNECTION);
        }
        if (error instanceof JedisRedirectionException) {
            return Optional.empty();
        }
        if (error instanceof JedisBusyException) {
            return Optional.of(BUSY);
        }
        if (error instanceof JedisDataException) {
            String code = errorCode(error.getMessage());
            for (RedisErrorKind kind : values()) {
                if (kind.errorCode != null && kind.errorCode.equals(code)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** The first word of an error reply, e.g. {@code CLUSTERDOWN}; empty if there is none. */
    private static String errorCode(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.stripLeading();
        int end = 0;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        return trimmed.substring(0, end);
    }

    private static boolean causedBySocketTimeout(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = error.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * An unmodifiable copy of the kinds a {@link Retry} retries on, refusing null.
     *
     * @throws NullPointerException naming the argument when it is null or holds null
     */
    static Set<RedisErrorKind> checkedCopy(Set<RedisErrorKind> retryOn) {
        if (retryOn == null) {
            throw new NullPointerException("retryOn is null; accepted: a set of RedisErrorKind, possibly empty");
        }
        EnumSet<RedisErrorKind> copy = EnumSet.noneOf(RedisErrorKind.class);
        for (RedisErrorKind kind : retryOn) {
            if (kind == null) {
                throw new NullPointerException("retryOn is " + retryOn
                        + ", holding null; accepted: a set of RedisErrorKind without null");
            }
            copy.add(kind);
        }
        return Collections.unmodifiableSet(copy);
    }
}
