package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.testing.ClusterFaults;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Issue 10, chaos test: eight threads of SET/GET/MGET (reads also from replicas) while, one after another, a
 * primary is SIGKILLed (its replica promoted, the old primary restarted), a replica is SIGSTOPped for 3 s, a
 * primary's client connections are killed and 200 slots are resharded with {@code redis-cli}: no caller error,
 * every MGET returns what was written, and only writes the killed primary acknowledged just before it died are
 * lost. Runs on a cluster of its own; about 40 s.
 */
class ChaosUnderLoadTest {

    private static final Logger LOG = Logger.getLogger(ChaosUnderLoadTest.class.getName());

    @RegisterExtension
    final OwnCluster own = new OwnCluster();

    private LocalRedisCluster cluster;

    private static boolean redisCliInstalled() {
        try {
            return new ProcessBuilder("redis-cli", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void killPauseConnectionKillAndReshardOneAfterAnotherReachNoCaller() throws Exception {
        assumeTrue(redisCliInstalled(), "redis-cli is not installed");
        cluster = own.start();
        ClusterFaults faults = new ClusterFaults(cluster);
        try (SharedClusterClient client = TestClients.client(cluster.seedUrl(), "max_connections", "16",
                "timeout", "1s", "retry.retries", "6", "retry.backoff", "exponential",
                "cluster_error_retry_attempts", "3", "read_from_replicas", "true")) {
            RedisClusterConnection foo = TestClients.connection(client);
            WriteReadLoad load = new WriteReadLoad(foo, "chaos");
            List<String> steps = new ArrayList<>();
            int victim = cluster.primaryPorts().get(0);
            long killedAt;
            load.start(6);
            load.startMultiKey(2);
            try {
                Thread.sleep(3_000);
                killedAt = System.nanoTime();
                cluster.kill(victim);
                cluster.awaitFailover();
                steps.add("killed primary " + victim);
                cluster.restart(victim);
                Thread.sleep(2_000);

                int replica = cluster.replicaPorts().get(0);
                cluster.pause(replica);
                Thread.sleep(3_000);
                cluster.resume(replica);
                cluster.awaitHealthy();
                steps.add("paused replica " + replica + " for 3 s");
                Thread.sleep(2_000);

                int primary = cluster.primaryPorts().get(1);
                long killed = faults.killClients(primary);
                steps.add("killed " + killed + " connections of primary " + primary);
                Thread.sleep(2_000);

                List<Integer> primaries = cluster.primaryPorts();
                reshard(primaries.get(2), primaries.get(0), 200);
                steps.add("resharded 200 slots from " + primaries.get(2) + " to " + primaries.get(0));
                Thread.sleep(3_000);
            } finally {
                load.stop();
            }
            LOG.info(() -> "Chaos: " + steps + "; " + load.commands() + " commands, " + load.errors().size()
                    + " errors " + load.errors().stream().limit(5).map(Throwable::toString).toList() + ", "
                    + load.wrongReads().size() + " wrong MGET values");
            assertThat(load.errors()).as("errors that reached callers").isEmpty();
            assertThat(load.commands()).isGreaterThan(1_000);

            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, WriteReadLoad.Write> write : load.acknowledged().entrySet()) {
                if (!write.getValue().value.equals(foo.get(write.getKey()))) {
                    lost.add(write.getKey());
                }
            }
            // an MGET may only have missed a value that is lost for good: an unreplicated write of the killed primary
            List<String> wrongReads = new ArrayList<>(load.wrongReads());
            wrongReads.removeAll(lost);
            assertThat(wrongReads).as("MGET values that differed from what was written, of keys not lost").isEmpty();
            for (String key : lost) {
                WriteReadLoad.Write write = load.acknowledged().get(key);
                // the first primary of a fresh fixture cluster serves slots 0-5460
                assertThat(JedisClusterCRC16.getSlot(key)).as("slot of lost key " + key).isBetween(0, 5460);
                assertThat(TimeUnit.NANOSECONDS.toMillis(killedAt - write.acknowledgedAtNanos))
                        .as("ms between the ack of lost key " + key + " and the kill").isBetween(-50L, 1_000L);
            }
            FailoverUnderLoadTest.awaitNoConnectionInUse(client);
        }
    }

    private void reshard(int from, int to, int slots) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "reshard")).resolve("redis-cli-chaos.log");
        Process reshard = new ProcessBuilder("redis-cli", "--cluster", "reshard", "127.0.0.1:" + from,
                "--cluster-from", cluster.nodeId(from), "--cluster-to", cluster.nodeId(to),
                "--cluster-slots", Integer.toString(slots), "--cluster-yes", "--cluster-pipeline", "100")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(reshard.waitFor(60, TimeUnit.SECONDS)).as("reshard finished").isTrue();
        } finally {
            reshard.destroyForcibly();
        }
        assertThat(reshard.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }
}
