package io.github.jakartaredis.cluster.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.RedisClusterPipeline;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.testing.AclUsers;
import io.github.jakartaredis.cluster.testing.CapturedLog;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.TestCertificates;
import io.github.jakartaredis.cluster.testing.TlsNodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Response;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A TLS-only cluster ({@code port 0}, {@code tls-cluster yes}, {@code tls-replication yes}) reached with
 * {@code rediss://}, a trust store and a least-privilege ACL user holding only the README's rule plus the commands
 * the test sends: every command path of the library works, a killed primary reaches no caller, and the log of the
 * whole run shows no secret. The cluster is this class's own (a node is killed); the kill runs last but one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TlsClusterTest {

    private static final Logger LOG = Logger.getLogger(TlsClusterTest.class.getName());
    private static final String PASSWORD = "app-pw-3b8d0f21";
    private static final String APP_COMMANDS = " +get +set +mget +del";

    private static CapturedLog log;
    private static LocalRedisCluster cluster;
    private static SharedClusterClient client;
    private static RedisClusterConnection app;

    @BeforeAll
    static void startTlsCluster() {
        TlsNodes.assumeTlsAvailable();
        log = CapturedLog.start();
        cluster = LocalRedisCluster.builder().tls(TlsNodes.serverCertificate()).start();
        AclUsers.set(cluster, "app", "on >" + PASSWORD + " ~* " + AclUsers.LIBRARY_COMMANDS + APP_COMMANDS);
        Map<String, String> config = new HashMap<>();
        config.put("tls.url", cluster.seedUrl().replace("rediss://", "rediss://app:" + PASSWORD + "@"));
        config.put("tls.tls.trust_store", TestCertificates.get().trustStore().toString());
        config.put("tls.tls.trust_store.password", TestCertificates.STORE_PASSWORD);
        config.put("tls.read_from_replicas", "true");
        config.put("tls.max_connections", "16");
        config.put("tls.timeout", "1s");
        config.put("tls.retry.retries", "6");
        config.put("tls.retry.backoff", "exponential");
        config.put("tls.cluster_error_retry_attempts", "3");
        config.put("tls.track_key_reads_sample_rate", "1");
        config.put("tls.track_key_writes_sample_rate", "1");
        ClusterSettings settings = ClusterSettings.read("tls", key -> Optional.ofNullable(config.get(key)));
        LOG.info(() -> "Starting client " + settings);
        client = new SharedClusterClient(settings, ClientMetricsFactory.NONE);
        app = MonitoredConnection.create("tls", () -> client, () -> null);
    }

    @AfterAll
    static void stop() {
        try {
            if (client != null) {
                client.close();
            }
        } finally {
            try {
                if (cluster != null) {
                    cluster.close();
                }
            } finally {
                if (log != null) {
                    log.close();
                }
            }
        }
    }

    @Test
    @Order(1)
    void everyPrimaryServesSetAndGetOverTlsWhileNoNodeHasAPlainPort() {
        for (String key : cluster.keyOnEachPrimary()) {
            assertThat(app.set(key, "value of " + key)).isEqualTo("OK");
            assertThat(app.get(key)).isEqualTo("value of " + key);
        }
        for (int port : cluster.allPorts()) {
            try (Jedis node = cluster.nodeClient(port)) {
                assertThat(node.configGet("port")).containsEntry("port", "0");
                assertThat(node.configGet("tls-port")).containsEntry("tls-port", Integer.toString(port));
            }
        }
        for (int port : cluster.primaryPorts()) {
            try (Jedis node = cluster.nodeClient(port)) {
                assertThat(node.clientList()).contains("name=redis-cluster-cdi:tls").contains("user=app");
            }
        }
    }

    @Test
    @Order(2)
    void crossSlotMgetPipelineAndReplicaReadsWorkOverTls() {
        List<String> keys = cluster.keyOnEachPrimary();
        for (String key : keys) {
            app.set(key, "v:" + key);
        }
        assertThat(app.mget(keys.toArray(String[]::new))).containsExactly("v:" + keys.get(0), "v:" + keys.get(1),
                "v:" + keys.get(2));

        List<Response<String>> replies = new ArrayList<>();
        try (RedisClusterPipeline pipeline = app.pipeline("tls")) {
            for (int i = 0; i < 30; i++) {
                pipeline.set("piped:" + i, "p" + i);
                replies.add(pipeline.get("piped:" + i));
            }
            pipeline.sync();
        }
        for (int i = 0; i < 30; i++) {
            assertThat(replies.get(i).get()).isEqualTo("p" + i);
        }

        long before = replicaGets();
        for (int i = 0; i < 200; i++) {
            assertThat(app.get(keys.get(i % 3))).isEqualTo("v:" + keys.get(i % 3));
        }
        long onReplicas = replicaGets() - before;
        LOG.info(() -> "GETs served by replicas over TLS: " + onReplicas + " of 200");
        assertThat(onReplicas).isBetween(20L, 180L);
    }

    @Test
    @Order(3)
    void hotKeyTrackingCountsKeysAsTheLeastPrivilegedUser() {
        String key = cluster.keyOnEachPrimary().get(1);
        app.set(key, "hot");
        for (int i = 0; i < 5; i++) {
            app.get(key);
        }
        String reads = "{hotkeys:tls}:reads";
        try (Jedis owner = cluster.nodeClient(cluster.portOwningSlot(JedisClusterCRC16.getSlot(reads)))) {
            assertThat(owner.zscore(reads, key)).isGreaterThanOrEqualTo(5.0);
            assertThat(owner.ttl(reads)).isPositive();
        }
    }

    @Test
    @Order(4)
    void aPrimaryKilledUnderLoadReachesNoCaller() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong commands = new AtomicLong();
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    String key = "load:" + id + ":" + (i % 200);
                    try {
                        app.set(key, "v" + i);
                        app.get(key); // may be a replica's older value: replication is asynchronous
                        commands.addAndGet(2);
                    } catch (RuntimeException e) {
                        errors.add(key + ": " + e);
                    }
                }
            }, "tls-load-" + t);
            thread.start();
            threads.add(thread);
        }
        try {
            Thread.sleep(1_500);
            int victim = cluster.primaryPorts().get(0);
            cluster.kill(victim);
            long killedAt = System.nanoTime();
            Thread.sleep(5_500);
            running.set(false);
            for (Thread thread : threads) {
                thread.join(10_000);
            }
            LOG.info(() -> "Killed TLS primary " + victim + ": " + commands.get() + " commands in 7 s, "
                    + errors.size() + " errors; " + (System.nanoTime() - killedAt) / 1_000_000 + " ms after kill");
        } finally {
            running.set(false);
        }
        assertThat(errors).as("errors that reached callers").isEmpty();
        assertThat(commands.get()).isGreaterThan(1_000);
        cluster.awaitFailover();
        String moved = cluster.keyOnEachPrimary().get(0);
        app.set(moved, "after the failover");
        assertThat(app.get(moved)).isEqualTo("after the failover");
    }

    /** GET calls the replicas have served so far (INFO commandstats). */
    private static long replicaGets() {
        long sum = 0;
        for (int port : cluster.replicaPorts()) {
            try (Jedis node = cluster.nodeClient(port)) {
                String line = node.info("commandstats").lines().filter(l -> l.startsWith("cmdstat_get:"))
                        .findFirst().orElse("cmdstat_get:calls=0,");
                sum += Long.parseLong(line.replaceFirst("^cmdstat_get:calls=(\\d+),.*", "$1"));
            }
        }
        return sum;
    }

    @Test
    @Order(5)
    void theLogOfTheTlsRunShowsNoPasswordStorePasswordOrPrivateKey() throws IOException {
        String all = String.join("\n", log.lines());
        assertThat(all).contains("Killed Redis node").contains("Starting client").contains("truststore.p12");
        assertThat(all).doesNotContain(PASSWORD).doesNotContain(TestCertificates.STORE_PASSWORD)
                .doesNotContain("PRIVATE KEY");
        for (Path key : TestCertificates.get().privateKeys()) {
            List<String> base64 = Files.readAllLines(key).stream().filter(line -> !line.startsWith("-----"))
                    .toList();
            for (String line : base64) {
                assertThat(all).as("a line of " + key).doesNotContain(line);
            }
        }
        LOG.info(() -> "Checked " + log.lines().size() + " captured log lines for secrets");
    }
}
