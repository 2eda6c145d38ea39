package io.github.jakartaredis.cluster.testing;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.AccessControlLogEntry;

/**
 * ACL users on every node of a {@link LocalRedisCluster} ({@code ACL SETUSER} on each; a node restarted later does
 * not have them), and the nodes' count of refused authentications. Stateless and thread-safe.
 */
public final class AclUsers {

    /**
     * What the library itself sends, as documented in the README: the slot map, replica reads, {@code ping()}, ASK
     * redirects, the connection's name and library info, and the hot-key tracker's commands.
     */
    public static final String LIBRARY_COMMANDS = "+cluster|slots +cluster|shards +cluster|info +readonly +ping"
            + " +asking +client|setname +zincrby +expire";

    private AclUsers() {
    }

    /**
     * Creates or changes {@code user} on every running node with {@code ACL SETUSER user reset <rules>}.
     *
     * @param rules ACL rules separated by spaces, e.g. {@code on >secret ~* +get}
     */
    public static void set(LocalRedisCluster cluster, String user, String rules) {
        List<String> all = new ArrayList<>(List.of("reset"));
        all.addAll(List.of(rules.trim().split("\\s+")));
        for (int port : cluster.allPorts()) {
            if (cluster.isAlive(port)) {
                try (Jedis node = cluster.nodeClient(port)) {
                    node.aclSetUser(user, all.toArray(String[]::new));
                }
            }
        }
    }

    /**
     * @return the refused authentications (AUTH or HELLO with credentials) the running nodes have logged, the sum of
     *         the counts of their {@code ACL LOG} entries with reason {@code auth}
     */
    public static long refusedAuthentications(LocalRedisCluster cluster) {
        long sum = 0;
        for (int port : cluster.allPorts()) {
            if (cluster.isAlive(port)) {
                try (Jedis node = cluster.nodeClient(port)) {
                    for (AccessControlLogEntry entry : node.aclLog()) {
                        if ("auth".equals(entry.getReason())) {
                            sum += entry.getCount();
                        }
                    }
                }
            }
        }
        return sum;
    }
}
