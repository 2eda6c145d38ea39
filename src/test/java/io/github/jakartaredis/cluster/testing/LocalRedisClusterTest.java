package io.github.jakartaredis.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.util.JedisClusterCRC16;

/** The shared cluster of {@link LocalRedisClusterExtension}: formation and the non-destructive accessors. */
@ExtendWith(LocalRedisClusterExtension.class)
class LocalRedisClusterTest {

    @Test
    void formsThreePrimariesAndThreeReplicasServingAllSlots(LocalRedisCluster cluster) {
        List<Integer> primaries = cluster.primaryPorts();
        List<Integer> replicas = cluster.replicaPorts();

        assertThat(primaries).hasSize(3);
        assertThat(replicas).hasSize(3).doesNotContainAnyElementsOf(primaries);
        List<Integer> all = new ArrayList<>(primaries);
        all.addAll(replicas);
        assertThat(all).containsExactlyInAnyOrderElementsOf(cluster.allPorts());
        for (int port : cluster.allPorts()) {
            assertThat(port).isNotIn(7000, 7001, 7002, 7003, 7004, 7005);
            try (Jedis node = cluster.nodeClient(port)) {
                String info = node.clusterInfo();
                assertThat(RedisInfo.field(info, "cluster_state")).isEqualTo("ok");
                assertThat(RedisInfo.field(info, "cluster_slots_assigned")).isEqualTo("16384");
                assertThat(RedisInfo.field(info, "cluster_slots_ok")).isEqualTo("16384");
                assertThat(RedisInfo.field(info, "cluster_known_nodes")).isEqualTo("6");
            }
        }
        for (int port : replicas) {
            try (Jedis replica = cluster.nodeClient(port)) {
                String replication = replica.info("replication");
                assertThat(RedisInfo.field(replication, "role")).isEqualTo("slave");
                assertThat(RedisInfo.field(replication, "master_link_status")).isEqualTo("up");
                assertThat(Integer.parseInt(RedisInfo.field(replication, "master_port")))
                        .isIn(primaries);
            }
        }
    }

    @Test
    void seedUrlListsThePrimariesAfterOneScheme(LocalRedisCluster cluster) {
        List<Integer> primaries = cluster.primaryPorts();

        assertThat(cluster.seedUrl()).isEqualTo("redis://127.0.0.1:" + primaries.get(0) + ",127.0.0.1:"
                + primaries.get(1) + ",127.0.0.1:" + primaries.get(2));
    }

    @Test
    void slotsAreSplitInThreeRanges(LocalRedisCluster cluster) {
        List<Integer> primaries = cluster.primaryPorts();

        assertThat(cluster.portOwningSlot(0)).isEqualTo(primaries.get(0));
        assertThat(cluster.portOwningSlot(5460)).isEqualTo(primaries.get(0));
        assertThat(cluster.portOwningSlot(5461)).isEqualTo(primaries.get(1));
        assertThat(cluster.portOwningSlot(10922)).isEqualTo(primaries.get(1));
        assertThat(cluster.portOwningSlot(10923)).isEqualTo(primaries.get(2));
        assertThat(cluster.portOwningSlot(16383)).isEqualTo(primaries.get(2));
    }

    @Test
    void keysOnEachPrimaryAreServedThereAndFlushAllEmptiesThem(LocalRedisCluster cluster) {
        List<Integer> primaries = cluster.primaryPorts();
        List<String> keys = cluster.keyOnEachPrimary();

        assertThat(keys).hasSize(3).doesNotHaveDuplicates();
        try (JedisCluster client = new JedisCluster(seeds(cluster.seedUrl()),
                DefaultJedisClientConfig.builder().socketTimeoutMillis(2000).build())) {
            for (int i = 0; i < 3; i++) {
                String key = keys.get(i);
                assertThat(cluster.portOwningSlot(JedisClusterCRC16.getSlot(key))).isEqualTo(primaries.get(i));
                client.set(key, "value-" + i);
                try (Jedis owner = cluster.nodeClient(primaries.get(i))) {
                    assertThat(owner.get(key)).isEqualTo("value-" + i);
                }
            }
        }

        cluster.flushAll();

        for (int port : primaries) {
            try (Jedis primary = cluster.nodeClient(port)) {
                assertThat(primary.dbSize()).isZero();
            }
        }
    }

    @Test
    void keySlotsAgreeWithRedis(LocalRedisCluster cluster) {
        try (Jedis node = cluster.nodeClient(cluster.nodePort(0))) {
            for (String key : cluster.keyOnEachPrimary()) {
                assertThat(node.clusterKeySlot(key)).isEqualTo(JedisClusterCRC16.getSlot(key));
            }
        }
    }

    @Test
    void countsClientConnectionsOfANode(LocalRedisCluster cluster) {
        int port = cluster.primaryPorts().get(1);
        int before = cluster.clientCount(port);

        try (Jedis a = cluster.nodeClient(port); Jedis b = cluster.nodeClient(port)) {
            a.ping();
            b.ping();
            assertThat(cluster.clientCount(port)).isEqualTo(before + 2);
        }
    }

    @Test
    void knowsThePidOfEachNode(LocalRedisCluster cluster) throws Exception {
        for (int port : cluster.allPorts()) {
            long pid = cluster.pid(port);
            assertThat(cluster.isAlive(port)).isTrue();
            String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            assertThat(cmdline).contains("redis-server").contains(Integer.toString(port));
        }
    }

    @Test
    void theStaticAccessorReturnsTheSharedCluster(LocalRedisCluster cluster) {
        assertThat(LocalRedisClusterExtension.cluster()).isSameAs(cluster);
    }

    static Set<HostAndPort> seeds(String seedUrl) {
        Set<HostAndPort> seeds = new LinkedHashSet<>();
        for (String hostPort : seedUrl.substring("redis://".length()).split(",")) {
            seeds.add(HostAndPort.from(hostPort));
        }
        return seeds;
    }
}
