package io.github.jakartaredis.cluster.settings;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import redis.clients.jedis.HostAndPort;

/**
 * Parses one seed node of the {@code url} key after its scheme and credentials: {@code host[:port][/0]}, the host
 * being a name, an IPv4 address or an IPv6 address in brackets ({@code [::1]:7000}). Stateless and thread-safe.
 *
 * <p>Its messages quote only the text they are given, which never holds credentials (see {@link RedisUrl}).
 */
final class SeedAddress {

    /** The port of a seed written without one. */
    static final int DEFAULT_PORT = 6379;

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private SeedAddress() {
    }

    /**
     * @param text {@code host[:port][/0]}, without scheme and credentials, not null
     * @param number the seed's position in the url, from 1, for messages
     * @return the host (an IPv6 address without brackets) and port
     * @throws IllegalArgumentException saying what is wrong
     */
    static HostAndPort parse(String text, int number) {
        if (text.indexOf('?') >= 0 || text.indexOf('#') >= 0) {
            throw new IllegalArgumentException("query parameters and fragments are not supported");
        }
        String address = text;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            String database = text.substring(slash + 1);
            if (!database.isEmpty() && !database.equals("0")) {
                throw new IllegalArgumentException("database '" + database
                        + "' is not 0, and cluster mode has only database 0");
            }
            address = text.substring(0, slash);
        }
        String host;
        String port;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("the IPv6 address of seed node " + number
                        + " has no closing ']'");
            }
            host = ipv6(address.substring(1, close), number);
            String rest = address.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("seed node " + number + " has '" + rest
                        + "' after its IPv6 address; accepted: [address]:port");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = address.indexOf(':');
            if (colon >= 0 && address.indexOf(':', colon + 1) >= 0) {
                throw new IllegalArgumentException("seed node " + number
                        + " looks like an IPv6 address: write it in brackets, e.g. redis://[::1]:7000");
            }
            host = colon < 0 ? address : address.substring(0, colon);
            port = colon < 0 ? null : address.substring(colon + 1);
            if (host.isEmpty()) {
                throw new IllegalArgumentException("seed node " + number + " has no host");
            }
            if (!HOST_NAME.matcher(host).matches()) {
                throw new IllegalArgumentException("host '" + host + "' of seed node " + number
                        + " is not a host name or an IP address");
            }
        }
        return new HostAndPort(host, port == null ? DEFAULT_PORT : port(port, number));
    }

    private static String ipv6(String address, int number) {
        if (IPV6.matcher(address).matches()) {
            try {
                // in brackets, the text is parsed as an IPv6 literal and never looked up in DNS
                InetAddress.getByName("[" + address + "]");
                return address;
            } catch (UnknownHostException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("'" + address + "' in the brackets of seed node " + number
                + " is not an IPv6 address");
    }

    private static int port(String text, int number) {
        if (PORT.matcher(text).matches()) {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        }
        throw new IllegalArgumentException("port '" + text + "' of seed node " + number
                + " is not an integer from 1 to 65535");
    }
}
