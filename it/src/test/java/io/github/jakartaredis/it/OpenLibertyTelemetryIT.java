package io.github.jakartaredis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The example application in Open Liberty with the MicroProfile 7.1 features (mpTelemetry-2.1, mpHealth-4.0, no
 * mpMetrics): its requests' library spans reach a Zipkin receiver of the test as children of Liberty's JAX-RS
 * server spans, its metrics reach the server log through the logging exporter, and {@code /health/ready} follows
 * the cluster. The cluster-failure test runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenLibertyTelemetryIT {

    private static final String SECRET = "it-otel-secret";

    private LocalRedisCluster cluster;
    private ZipkinReceiver zipkin;
    private OpenLiberty liberty;

    @BeforeAll
    void start() {
        cluster = LocalRedisCluster.start();
        zipkin = ZipkinReceiver.start();
        String otel = String.join("\n",
                "otel.sdk.disabled=false",
                "otel.service.name=example",
                "otel.traces.exporter=zipkin",
                "otel.exporter.zipkin.endpoint=" + zipkin.endpoint(),
                "otel.metrics.exporter=logging",
                "otel.logs.exporter=none",
                "otel.bsp.schedule.delay=200",
                "otel.metric.export.interval=1000", "");
        try {
            liberty = OpenLiberty.start(Path.of(System.getProperty("it.liberty.home")), ExampleAppIT.war(),
                    ExampleAppIT.work(getClass().getSimpleName()), Map.of("FOO_URL", cluster.seedUrl()), true,
                    OpenLiberty.Setup.microProfile71(otel));
        } catch (RuntimeException | Error e) {
            zipkin.close();
            cluster.close();
            throw e;
        }
    }

    @AfterAll
    void stop() {
        try {
            if (liberty != null) {
                liberty.close();
            }
        } finally {
            zipkin.close();
            cluster.close();
        }
    }

    private String keyUrl(String key) {
        return liberty.appUrl() + "/api/keys/" + key;
    }

    @Test
    @Order(1)
    void eachRequestsRedisCommandIsAClientSpanUnderTheJaxRsServerSpan() throws Exception {
        assertEquals(200, Http.put(keyUrl(SECRET + "-1"), SECRET + "-value").status());
        assertEquals(SECRET + "-value", Http.get(keyUrl(SECRET + "-1")).body());

        List<ZipkinReceiver.Span> sets = zipkin.await(s -> "CLIENT".equals(s.kind())
                && "SET".equals(s.tags().get("db.operation.name")), Duration.ofSeconds(10));
        assertEquals(1, sets.size(), "one SET span in " + zipkin.spans());
        ZipkinReceiver.Span set = sets.get(0);
        assertEquals("redis", set.tags().get("db.system.name"), set.json());
        ZipkinReceiver.Span parent = zipkin.await(s -> s.id().equals(set.parentId()), Duration.ofSeconds(10))
                .stream().findFirst().orElseThrow(() -> new AssertionError("no parent of " + set + " in "
                        + zipkin.spans()));
        assertEquals("SERVER", parent.kind(), "the SET span's parent: " + parent.json());
        assertEquals(set.traceId(), parent.traceId());
        assertTrue(parent.name().contains("/keys/"), "the JAX-RS server span: " + parent.json());
        List<ZipkinReceiver.Span> gets = zipkin.await(s -> "GET".equals(s.tags().get("db.operation.name")),
                Duration.ofSeconds(10));
        assertEquals(1, gets.size(), "one GET span in " + zipkin.spans());
        System.out.printf("[it] %s: SET span %s under server span '%s'%n", liberty.description(), set.json(),
                parent.name());
        for (ZipkinReceiver.Span span : zipkin.spans()) {
            assertFalse(span.json().contains(SECRET) && "CLIENT".equals(span.kind()), "a key in " + span.json());
        }
    }

    @Test
    @Order(2)
    void metricsAreExportedUnderTheSemanticConventionsAndTheLibrarysOwnNames() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Http.put(keyUrl(SECRET + "-m" + i), "v").status());
        }
        String duration = awaitMetricLine("name=db.client.operation.duration", "db.operation.name=\"SET\"");
        assertTrue(duration.contains("db.system.name=\"redis\"") && duration.contains(
                "db.client.connection.pool.name=\"foo\""), duration);
        assertTrue(duration.contains("name=io.github.jakarta-redis.redis-cluster-cdi"), duration);
        String poolSize = awaitMetricLine("name=runtime.pool.size", "client=\"foo\"");
        assertTrue(poolSize.contains("value=50"), "runtime.pool.size is foo.max_connections: " + poolSize);
        String connections = awaitMetricLine("name=db.client.connection.count", "db.client.connection.state=\"used\"");
        for (String line : List.of(duration, poolSize, connections)) {
            assertFalse(line.contains(SECRET), "a key in " + line);
        }
    }

    /** The latest line of the logging metric exporter (in messages.log) that contains every part. */
    private String awaitMetricLine(String... parts) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            List<String> lines = Files.readAllLines(liberty.messagesLog(), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (java.util.Arrays.stream(parts).allMatch(line::contains)) {
                    return line;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no metric line with " + List.of(parts) + " in " + liberty.messagesLog());
            }
            Thread.sleep(250);
        }
    }

    @Test
    @Order(3)
    void startedAndReadyAreUpWithTheClientsClusterData() throws Exception {
        JSONObject started = health("/health/started");
        assertEquals("UP", started.getString("status"), started.toString());
        assertEquals("UP", check(started).getString("status"), started.toString());
        JSONObject ready = health("/health/ready");
        assertEquals("UP", ready.getString("status"), ready.toString());
        JSONObject data = check(ready).getJSONObject("data");
        assertEquals("foo", data.getString("client"));
        assertEquals("ok", data.getString("cluster_state"));
        assertEquals(16384, data.getLong("slots_ok"));
        assertEquals(6, data.getLong("known_nodes"));
        System.out.printf("[it] %s /health/ready: %s%n", liberty.description(), ready);
    }

    @Test
    @Order(100)
    void readinessIsDownWithinFiveSecondsWhenAPrimaryAndItsReplicaDieAndUpAfterHealing() throws Exception {
        int primary = cluster.nodePort(0);
        int replica = cluster.nodePort(3);
        cluster.kill(replica);
        long killed = System.nanoTime();
        cluster.kill(primary);
        JSONObject down = awaitReady("DOWN", Duration.ofSeconds(5));
        long downMillis = (System.nanoTime() - killed) / 1_000_000;
        assertEquals("DOWN", down.getString("status"), "readiness " + downMillis + " ms after the kill: " + down);
        assertEquals("UP", health("/health/started").getString("status"));

        long healing = System.nanoTime();
        cluster.restart(primary);
        cluster.restart(replica);
        JSONObject up = awaitReady("UP", Duration.ofSeconds(15));
        assertEquals("UP", up.getString("status"), "readiness after healing: " + up);
        System.out.printf("[it] %s: /health/ready DOWN %d ms after a primary and its replica were killed (%s), UP %d ms "
                + "after the restarts began%n", liberty.description(), downMillis, check(down).opt("data"),
                (System.nanoTime() - healing) / 1_000_000);
    }

    private JSONObject awaitReady(String status, Duration timeout) throws Exception {
        return new HealthEndpoint(liberty.appUrl()).awaitReady(status, timeout);
    }

    private JSONObject health(String path) throws Exception {
        return new HealthEndpoint(liberty.appUrl()).get(path);
    }

    private static JSONObject check(JSONObject health) {
        return HealthEndpoint.check(health);
    }
}
