package io.github.jakartaredis.cluster.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Collectors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;

/** Faults on clusters of their own (not the shared one): kill, failover, restart, leftovers. */
class LocalRedisClusterFaultsTest {

    @Test
    void killingAPrimaryPromotesItsReplicaAndTheRestartedNodeComesBackAsReplica() {
        try (LocalRedisCluster cluster = LocalRedisCluster.start()) {
            int victim = cluster.portOwningSlot(0);
            assertThat(victim).isEqualTo(cluster.nodePort(0));
            int itsReplica = cluster.nodePort(3);
            long victimPid = cluster.pid(victim);

            cluster.kill(victim);

            assertThat(ProcessHandle.of(victimPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            assertThat(cluster.isAlive(victim)).isFalse();
            cluster.awaitFailover();
            assertThat(cluster.portOwningSlot(0)).isEqualTo(itsReplica);
            assertThat(cluster.primaryPorts()).hasSize(3).doesNotContain(victim).contains(itsReplica);
            String key = cluster.keyOwnedBy(itsReplica);
            try (JedisCluster client = new JedisCluster(LocalRedisClusterTest.seeds(cluster.seedUrl()),
                    DefaultJedisClientConfig.builder().socketTimeoutMillis(2000).build())) {
                client.set(key, "after failover");
                assertThat(client.get(key)).isEqualTo("after failover");
            }

            cluster.restart(victim);

            assertThat(cluster.isAlive(victim)).isTrue();
            assertThat(cluster.pid(victim)).isNotEqualTo(victimPid);
            assertThat(cluster.replicaPorts()).contains(victim);
            assertThat(cluster.portOwningSlot(0)).isEqualTo(itsReplica);
            try (Jedis restarted = cluster.nodeClient(victim)) {
                String replication = restarted.info("replication");
                assertThat(RedisInfo.field(replication, "role")).isEqualTo("slave");
                assertThat(RedisInfo.field(replication, "master_port"))
                        .isEqualTo(Integer.toString(itsReplica));
            }
        }
    }

    @Test
    void closeStopsEveryNodeAndIsIdempotent() {
        LocalRedisCluster cluster = LocalRedisCluster.start();
        List<Long> pids = cluster.allPorts().stream().map(cluster::pid).toList();

        cluster.close();
        cluster.close();

        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("pid %d", pid).isFalse();
        }
    }

    @Test
    void failsClearlyAndStopsWhatItStartedWhenAReservedPortIsTaken() throws Exception {
        LocalRedisCluster.Builder builder = LocalRedisCluster.builder().startTimeout(Duration.ofSeconds(10));
        int reserved = builder.reservePort(1);
        Set<Long> before = redisPids();
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.setReuseAddress(true);
            squatter.bind(new InetSocketAddress("127.0.0.1", reserved));

            assertThatThrownBy(builder::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Redis node " + reserved + " did not start");
        }
        assertThat(redisPids()).isSubsetOf(before);
    }

    private static Set<Long> redisPids() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.contains("redis-server")).orElse(false))
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    @Test
    void killsLeftoversOfADeadJvmButNothingElse() throws Exception {
        Path baseDir = BuildDirectories.target().resolve("redis-cluster");
        Path dir = baseDir.resolve("leftover-test");
        Files.createDirectories(dir);
        int port = LoopbackPorts.freePairs(1, Set.of())[0];
        Process leftover = new ProcessBuilder(RedisBinary.resolve().toString(), "--port",
                Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        Process bystander = new ProcessBuilder("sleep", "60").start();
        Process deadOwner = new ProcessBuilder("true").start();
        deadOwner.waitFor(10, TimeUnit.SECONDS);
        try {
            NodeLauncher.pidFile(baseDir).update(lines -> {
                lines.add(deadOwner.pid() + " " + leftover.pid() + " " + port);
                lines.add(deadOwner.pid() + " " + bystander.pid() + " 1");
                return lines;
            });

            NodeLauncher.killLeftovers(baseDir);

            assertThat(leftover.waitFor(5, TimeUnit.SECONDS)).isTrue();
            assertThat(bystander.isAlive()).isTrue();
            assertThat(Files.readAllLines(baseDir.resolve("pids")))
                    .noneMatch(line -> line.startsWith(deadOwner.pid() + " "));
        } finally {
            leftover.destroyForcibly().waitFor();
            bystander.destroyForcibly().waitFor();
        }
    }
}
