package io.github.jakartaredis.cluster.execution;

import java.util.Locale;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.args.Rawable;
import redis.clients.jedis.util.SafeEncoder;

/**
 * Runs a blocking command ({@code BLPOP}, {@code XREAD BLOCK}...) with a reply deadline of its own block time plus
 * {@code socket_timeout}, where Jedis waits without a deadline: a node partitioned away then costs the caller that
 * long, not hours. A command that blocks for ever ({@code 0}), or whose block time is not found, waits for ever as
 * it asked. Stateless and thread-safe.
 */
final class BlockingReply {

    private BlockingReply() {
    }

    /**
     * @param connection a borrowed connection, not null
     * @param command a command whose arguments say it blocks, not null
     * @param socketTimeoutMillis the client's {@code socket_timeout}
     * @param <T> the reply type
     * @return the reply
     */
    static <T> T execute(Connection connection, CommandObject<T> command, int socketTimeoutMillis) {
        long blockMillis = blockMillis(command.getArguments());
        if (blockMillis <= 0) {
            return connection.executeCommand(command);
        }
        connection.sendCommand(command.getArguments());
        connection.setSoTimeout((int) Math.min(Integer.MAX_VALUE, blockMillis + socketTimeoutMillis));
        try {
            return command.getBuilder().build(connection.getOne());
        } finally {
            connection.rollbackTimeout();
        }
    }

    /** @return how long the command asks to block, in milliseconds; 0 for ever; -1 when not known */
    static long blockMillis(CommandArguments arguments) {
        String name = SafeEncoder.encode(arguments.getCommand().getRaw()).toUpperCase(Locale.ROOT);
        try {
            switch (name) {
                case "BLPOP":
                case "BRPOP":
                case "BZPOPMIN":
                case "BZPOPMAX":
                case "BRPOPLPUSH":
                case "BLMOVE":
                    return seconds(arguments.get(arguments.size() - 1));
                case "BLMPOP":
                case "BZMPOP":
                    return seconds(arguments.get(1));
                case "XREAD":
                case "XREADGROUP":
                    for (int i = 1; i + 1 < arguments.size(); i++) {
                        if ("BLOCK".equalsIgnoreCase(text(arguments.get(i)))) {
                            return Long.parseLong(text(arguments.get(i + 1)));
                        }
                    }
                    return -1;
                default:
                    return -1;
            }
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long seconds(Rawable argument) {
        return (long) Math.ceil(Double.parseDouble(text(argument)) * 1000);
    }

    private static String text(Rawable argument) {
        return SafeEncoder.encode(argument.getRaw());
    }
}
