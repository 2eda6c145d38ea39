package io.github.jakartaredis.cluster.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.OwnCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code redis-cli --cluster reshard} moves 1000 slots, keys and all, between primaries while eight threads write
 * and read (two of them MSET and MGET ten keys across slots): every MOVED, ASK and TRYAGAIN is absorbed, so no
 * caller sees an error and every MGET returns what was written. Needs {@code redis-cli}
 * (Debian's redis-tools; {@code .ci/run} installs it).
 */
class ReshardUnderLoadTest {

    @RegisterExtension
    final OwnCluster own = new OwnCluster();

    private static boolean redisCliInstalled() {
        try {
            return new ProcessBuilder("redis-cli", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void liveReshardDuringLoadReachesNoCaller() throws Exception {
        assumeTrue(redisCliInstalled(), "redis-cli is not installed");
        LocalRedisCluster cluster = own.start();
        try (SharedClusterClient client = FailoverUnderLoadTest.failoverReadyClient(cluster)) {
            RedisClusterConnection foo = MonitoredConnection.create("foo", () -> client, () -> null);
            int from = cluster.primaryPorts().get(0);
            int to = cluster.primaryPorts().get(1);
            WriteReadLoad load = new WriteReadLoad(foo, "reshard");

            Path log = Files.createDirectories(Path.of("target", "reshard")).resolve("redis-cli-reshard.log");
            load.start(8);
            load.startMultiKey(2);
            Thread.sleep(3_000);
            Process reshard = new ProcessBuilder("redis-cli", "--cluster", "reshard", "127.0.0.1:" + from,
                    "--cluster-from", cluster.nodeId(from), "--cluster-to", cluster.nodeId(to),
                    "--cluster-slots", "1000", "--cluster-yes", "--cluster-pipeline", "100")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertThat(reshard.waitFor(120, TimeUnit.SECONDS)).as("reshard finished").isTrue();
            } finally {
                reshard.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Thread.sleep(2_000);
            load.stop();

            assertThat(reshard.exitValue()).as(output).isZero();
            assertThat(output).contains("Moving slot");
            assertThat(load.errors()).as("errors that reached callers").isEmpty();
            assertThat(load.wrongReads()).as("MGET values that differed from what was written").isEmpty();
            assertThat(cluster.portOwningSlot(0)).isEqualTo(to);
            for (Map.Entry<String, WriteReadLoad.Write> write : load.acknowledged().entrySet()) {
                assertThat(foo.get(write.getKey())).as(write.getKey()).isEqualTo(write.getValue().value);
            }
            FailoverUnderLoadTest.awaitNoConnectionInUse(client);
        }
    }
}
