package io.github.jakartaredis.cluster.testing;

import java.util.List;

/**
 * The {@code redis.conf} of a cluster node: loopback only, no persistence, cluster mode with a 1 s node timeout,
 * settings that make failovers and replica syncs quick, TLS and announced ports when asked, then the builder's
 * own lines. Stateless and thread-safe.
 */
final class NodeConfig {

    private NodeConfig() {
    }

    /**
     * @param tls how the nodes speak TLS, or null
     * @param extraConfig lines added after the fixture's own
     */
    static String of(ClusterNode node, TlsNodes tls, List<String> extraConfig) {
        StringBuilder config = new StringBuilder();
        config.append("# written by ").append(LocalRedisCluster.class.getName()).append('\n')
                .append(tls != null ? "port 0\n" + tls.config(node.port) : "port " + node.port + "\n")
                .append("bind ").append(LocalRedisCluster.HOST).append('\n')
                .append("daemonize no\n")
                .append("protected-mode no\n")
                .append("dir ").append(quote(node.dir.toString())).append('\n')
                .append("logfile ").append(quote(node.dir.resolve("redis.log").toString())).append('\n')
                .append("appendonly no\n")
                .append("save \"\"\n")
                .append("cluster-enabled yes\n")
                .append("cluster-config-file nodes-").append(node.port).append(".conf\n")
                .append("cluster-node-timeout 1000\n")
                .append("cluster-announce-ip ").append(LocalRedisCluster.HOST).append('\n')
                // a replica may always take over, however long its link was down (e.g. behind a stalled proxy)
                .append("cluster-replica-validity-factor 0\n")
                // full syncs straight over the socket, without Redis 7's default 5 s wait for more replicas
                .append("repl-diskless-sync yes\n")
                .append("repl-diskless-sync-delay 0\n")
                // CLUSTER SLOTS lists a replica only once its replication offset is above 0, which on an idle new
                // primary takes the first replication ping (10 s by default)
                .append("repl-ping-replica-period 1\n");
        extraConfig.forEach(line -> config.append(line).append('\n'));
        if (node.announcedPort != node.port) {
            config.append("cluster-announce-port ").append(node.announcedPort).append('\n')
                    .append("cluster-announce-bus-port ").append(node.port + LoopbackPorts.BUS_PORT_OFFSET)
                    .append('\n');
        }
        return config.toString();
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
