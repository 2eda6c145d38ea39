package io.github.jakartaredis.cluster.metrics.opentelemetry;

import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Derives {@code error.type} and {@code db.response.status_code} from a failure, never from its message beyond a
 * Redis error reply's leading upper-case word (which carries no key or value). Stateless; thread-safe.
 */
final class ErrorType {

    /** The semantic conventions' fallback value. */
    static final String OTHER = "_OTHER";

    private static final int MAX_CAUSES = 8;
    private static final int MAX_PREFIX = 32;

    private ErrorType() {
    }

    /**
     * @param error a failure, not null
     * @return the prefix of the Redis error reply that caused it ({@code ERR}, {@code WRONGTYPE},
     *         {@code CLUSTERDOWN}...), or null when no Redis error reply is among its causes
     */
    static String statusCode(Throwable error) {
        Throwable current = error;
        for (int i = 0; i < MAX_CAUSES && current != null; i++) {
            if (current instanceof JedisDataException) {
                return prefix(current.getMessage());
            }
            current = current.getCause();
        }
        return null;
    }

    /**
     * @param error a failure, not null
     * @return its {@link #statusCode(Throwable) Redis error prefix} if any, else its class name
     */
    static String of(Throwable error) {
        String status = statusCode(error);
        return status != null ? status : error.getClass().getName();
    }

    private static String prefix(String message) {
        if (message == null || message.isEmpty()) {
            return null;
        }
        int end = 0;
        while (end < message.length() && end < MAX_PREFIX) {
            char c = message.charAt(end);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || c == '-')) {
                break;
            }
            end++;
        }
        boolean wordEnds = end == message.length() || message.charAt(end) == ' ';
        return end > 0 && wordEnds ? message.substring(0, end) : null;
    }
}
