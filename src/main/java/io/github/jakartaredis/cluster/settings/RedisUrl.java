package io.github.jakartaredis.cluster.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * URL's scheme and credentials. The port defaults to 6379. Cluster mode has only database 0, so a path other than
 * empty, {@code /} or {@code /0} is rejected.
 */
public final class RedisUrl {

    /** What the {@code url} key accepts, for error messages. */
    public static final String ACCEPTED = "redis://[[user]:password@]host:port[/0] or rediss://... (TLS), "
            + "several seed nodes separated by commas";

    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@,]*@");

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
     * @param text the configured value, not null
     * @return the parsed URL
     * @throws IllegalArgumentException with a message that says why, never containing the password
     */
    public static RedisUrl parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split(",");
        List<HostAndPort> seeds = new ArrayList<>();
        String user = null;
        String password = null;
        Boolean tls = null;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                throw new IllegalArgumentException("seed node " + (i + 1) + " is empty");
            }
            boolean hasScheme = part.contains("://");
            if (!hasScheme && i == 0) {
                throw new IllegalArgumentException("the first seed node needs a scheme, redis:// or rediss://");
            }
            URI uri;
            try {
                uri = new URI(hasScheme ? part : (tls ? "rediss://" : "redis://") + part);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("seed node " + (i + 1) + " is not a URL");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("redis") && !scheme.equals("rediss")) {
                throw new IllegalArgumentException("scheme '" + scheme + "' is not redis or rediss");
            }
            boolean secure = scheme.equals("rediss");
            if (tls != null && tls != secure) {
                throw new IllegalArgumentException("seed nodes mix redis:// and rediss://");
            }
            tls = secure;
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("seed node " + (i + 1) + " has no host");
            }
            String path = uri.getPath();
            if (path != null && !path.isEmpty() && !path.equals("/") && !path.equals("/0")) {
                throw new IllegalArgumentException("database '" + path.substring(1)
                        + "' is not 0, and cluster mode has only database 0");
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("query parameters and fragments are not supported");
            }
            if (i == 0 && uri.getRawUserInfo() != null) {
                String info = uri.getRawUserInfo();
                int colon = info.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("credentials must be written user:password@ or :password@");
                }
                user = colon == 0 ? null : decode(info.substring(0, colon));
                password = decode(info.substring(colon + 1));
            } else if (i > 0 && uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("only the first seed node may carry credentials");
            }
            int port = uri.getPort() < 0 ? 6379 : uri.getPort();
            seeds.add(new HostAndPort(uri.getHost(), port));
        }
        return new RedisUrl(seeds, user, password, tls);
    }

    /**
     * Replaces the credentials of every URL in {@code text} by {@code ****}, so that the text can be shown.
     *
     * @param text a configured value, not null
     * @return the text without credentials
     */
    public static String redact(String text) {
        return USER_INFO.matcher(text).replaceAll("****@");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
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
