package io.github.jakartaredis.cluster;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.exceptions.JedisAccessControlException;

/**
 * Redis refused the client's ACL user: its password was wrong, the user is unknown or disabled ({@code WRONGPASS},
 * {@code NOAUTH}), or it lacks the permission for a command the client sends ({@code NOPERM}). The message names
 * the client, the user and, for {@code NOPERM}, the command; never the password. Not retried: no {@link io.github.jakartaredis.cluster.retry.RedisErrorKind RedisErrorKind}
 * covers it. Immutable and thread-safe.
 */
public class RedisAccessDeniedException extends JedisAccessControlException {

    private static final long serialVersionUID = 1L;
    private static final Pattern COMMAND = Pattern.compile("'([^']+)' command");

    private final String client;
    private final String user;

    /**
     * @param client the client's name, not null
     * @param user the ACL user, or null for {@code default}
     * @param cause Redis's refusal, not null
     */
    public RedisAccessDeniedException(String client, String user, JedisAccessControlException cause) {
        super(message(client, user == null ? "default" : user, cause.getMessage()), cause);
        this.client = client;
        this.user = user == null ? "default" : user;
    }

    private static String message(String client, String user, String reply) {
        String text = reply == null ? "" : reply;
        if (text.startsWith("NOPERM")) {
            // Redis 6 names only the command; the one CLUSTER subcommand a client sends on connecting is SLOTS
            String command = missingCommand(text).map(c -> c.equals("cluster") ? "cluster|slots" : c)
                    .orElse("<command>");
            return "Redis cluster client '" + client + "' runs as ACL user '" + user + "', which lacks a permission: "
                    + text + "; grant it, e.g. ACL SETUSER " + user + " +" + command
                    + " (the README lists the commands the client itself sends)";
        }
        return "Redis cluster client '" + client + "' could not authenticate as ACL user '" + user + "': " + text
                + "; check the user and password of " + client + ".url (the password is not shown) and that the user"
                + " exists and is enabled on every node. Authentication failures are not retried";
    }

    /**
     * @param noPermReply a {@code NOPERM} reply, e.g. {@code NOPERM ... the 'cluster|slots' command}
     * @return the command it names, lower case, e.g. {@code cluster|slots}
     */
    public static Optional<String> missingCommand(String noPermReply) {
        Matcher matcher = COMMAND.matcher(noPermReply == null ? "" : noPermReply);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** @return the client's name */
    public String client() {
        return client;
    }

    /** @return the ACL user, {@code default} when none is configured */
    public String user() {
        return user;
    }
}
