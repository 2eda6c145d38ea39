package io.github.jakartaredis.cluster.settings;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import redis.clients.jedis.HostAndPort;

/**
 * The parsed {@code url} key: seed nodes, credentials and TLS. Immutable and thread-safe; {@link #toString()}
 * never shows the password.
 *
 * <p>Accepted: {@code redis://[[user]:password@]host:port[/0]} or {@code rediss://...} (TLS). Several seed nodes
 * are separated by commas, either as full URLs ({@code redis://a:7000,redis://b:7001}) or as further
 * {@code host:port} pairs after the first URL ({@code redis://:secret@a:7000,b:7001}); all seeds share the first
 * URL's scheme and credentials. An IPv6 host is written in brackets ({@code redis://[::1]:7000}). The port, 1 to
 * 65535, defaults to 6379. Cluster mode has only database 0, so a path other than empty, {@code /} or {@code /0} is
 * rejected.
 *
 * <p>Credentials: they end at the <em>last</em> {@code @} of the value, and the user name ends at the first
 * {@code :}, so a password may hold {@code @}, {@code /}, {@code ,}, {@code :}, {@code ?} and {@code #}
 * unencoded. Percent escapes ({@code %40}) are decoded as UTF-8 in the user name and the password; a {@code %} not
 * followed by two hex digits stands for itself, and {@code +} is a plus. Only {@code ://} inside a password must be
 * escaped ({@code %3A//}), as it would read as a second URL's credentials. Messages about a malformed url never
 * quote anything before the last {@code @}.
 */
public final class RedisUrl {

    /** What the {@code url} key accepts, for error messages. */
    public static final String ACCEPTED = "redis://[[user]:password@]host:port[/0] or rediss://... (TLS), "
            + "several seed nodes separated by commas, an IPv6 host in brackets ([::1]:7000), a port from 1 to 65535";

    private static final Pattern SCHEME_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    private final List<HostAndPort> seeds;
    private final String user;
    private final String password;
    private final boolean tls;

    private RedisUrl(List<HostAndPort> seeds, String user, String password, boolean tls) {
        this.seeds = List.copyOf(seeds);
        this.user = user;
        this.password = password;
        this.tls = tls;
    }

    /**
     * @param text the configured value, not null; leading and trailing spaces are ignored
     * @return the parsed URL
     * @throws IllegalArgumentException with a message that says why, never quoting anything before the last
     *         {@code @}, where the password is
     */
    public static RedisUrl parse(String text) {
        String value = StrictValues.trimSpaces(Objects.requireNonNull(text, "text"));
        int at = value.lastIndexOf('@');
        int schemeLength = schemeLength(value);
        if (schemeLength < 0) {
            int separator = value.indexOf("://");
            String scheme = separator < 0 ? "" : value.substring(0, separator);
            if (at < 0 && SCHEME_NAME.matcher(scheme).matches()) {
                throw new IllegalArgumentException("scheme '" + scheme + "' is not redis or rediss");
            }
            throw new IllegalArgumentException("the first seed node needs a scheme, redis:// or rediss://");
        }
        boolean tls = schemeLength == "rediss://".length();
        String user = null;
        String password = null;
        if (at >= 0) {
            String credentials = value.substring(schemeLength, at);
            if (credentials.contains("://")) {
                throw new IllegalArgumentException("only the first seed node may carry credentials (write '://' "
                        + "in a password as %3A//)");
            }
            int colon = credentials.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("credentials must be written user:password@ or :password@");
            }
            user = colon == 0 ? null : decode(credentials.substring(0, colon));
            password = decode(credentials.substring(colon + 1));
        }
        String[] parts = value.substring(at >= 0 ? at + 1 : schemeLength).split(",", -1);
        List<HostAndPort> seeds = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = StrictValues.trimSpaces(parts[i]);
            if (part.isEmpty()) {
                throw new IllegalArgumentException("seed node " + (i + 1) + " is empty");
            }
            if (i > 0 && part.contains("://")) {
                int length = schemeLength(part);
                if (length < 0) {
                    throw new IllegalArgumentException("seed node " + (i + 1) + " has a scheme other than "
                            + "redis:// or rediss://");
                }
                if ((length == "rediss://".length()) != tls) {
                    throw new IllegalArgumentException("seed nodes mix redis:// and rediss://");
                }
                part = part.substring(length);
            }
            seeds.add(SeedAddress.parse(part, i + 1));
        }
        return new RedisUrl(seeds, user, password, tls);
    }

    /**
     * Replaces the credentials in {@code text} by {@code ****}: everything between the scheme ({@code redis://} or
     * {@code rediss://}, kept) and the last {@code @}, or everything before the last {@code @} when the text does
     * not start with either scheme. The result can be shown.
     *
     * @param text a configured value, not null
     * @return the text without credentials
     */
    public static String redact(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return text;
        }
        int schemeLength = Math.max(schemeLength(text), 0);
        return text.substring(0, schemeLength) + "****" + text.substring(at);
    }

    /** @return the length of a leading {@code redis://} or {@code rediss://} (any case), or -1 */
    private static int schemeLength(String text) {
        for (String scheme : new String[] {"redis://", "rediss://"}) {
            if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return scheme.length();
            }
        }
        return -1;
    }

    /** Decodes {@code %XX} escapes as UTF-8; a '%' without two hex digits after it stands for itself. */
    private static String decode(String text) {
        StringBuilder decoded = new StringBuilder(text.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            int high = text.charAt(i) == '%' && i + 2 < text.length() ? hex(text.charAt(i + 1)) : -1;
            int low = high < 0 ? -1 : hex(text.charAt(i + 2));
            if (low >= 0) {
                escaped.write(high * 16 + low);
                i += 2;
            } else {
                appendUtf8(escaped, decoded);
                decoded.append(text.charAt(i));
            }
        }
        appendUtf8(escaped, decoded);
        return decoded.toString();
    }

    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    private static void appendUtf8(ByteArrayOutputStream escaped, StringBuilder decoded) {
        if (escaped.size() == 0) {
            return;
        }
        try {
            decoded.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(escaped.toByteArray())));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the percent escapes of the credentials are not UTF-8");
        }
        escaped.reset();
    }

    /** @return the seed nodes, in the configured order */
    public List<HostAndPort> seeds() {
        return seeds;
    }

    /** @return the ACL user name, or null for the default user */
    public String user() {
        return user;
    }

    /** @return the password, or null when none is configured; never log it */
    public String password() {
        return password;
    }

    /** @return whether the scheme is {@code rediss}, TLS */
    public boolean tls() {
        return tls;
    }

    @Override
    public String toString() {
        return "RedisUrl[seeds=" + seeds + ", user=" + user + ", password=" + (password == null ? "none" : "****")
                + ", tls=" + tls + "]";
    }
}
