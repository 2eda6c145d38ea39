package io.github.jakartaredis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.Jedis;

/**
 * The example application in one runtime, against a real local Redis Cluster started for the class, reached only
 * over HTTP. The failover test kills a primary and so runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ExampleAppIT {

    /** The retry settings of the retry issue, given to the runtime as environment variables. */
    static final Map<String, String> RETRY_ENV = Map.of(
            "FOO_RETRY_RETRIES", "6",
            "FOO_RETRY_BACKOFF", "exponential",
            "FOO_CLUSTER_ERROR_RETRY_ATTEMPTS", "3");

    /** The client name the library gives its connections (CLIENT SETNAME), to count them on the nodes. */
    static final String CONNECTION_NAME = "redis-cluster-cdi:foo";

    protected LocalRedisCluster cluster;
    protected AppServer server;

    /** Starts the runtime with the example app deployed (or not, if the subclass deploys it itself). */
    protected abstract AppServer startServer(Path work, Map<String, String> env);

    protected static Path work(String runtime) {
        return Path.of(System.getProperty("it.work", "target/it-work")).toAbsolutePath().resolve(runtime);
    }

    protected static Path war() {
        return Path.of(System.getProperty("it.war", "target/example.war")).toAbsolutePath();
    }

    @BeforeAll
    void startClusterAndRuntime() {
        long started = System.nanoTime();
        cluster = LocalRedisCluster.start();
        System.out.printf("[it] %s: Redis Cluster %s (%s) formed in %d ms%n", getClass().getSimpleName(), cluster,
                cluster.redisVersion(), millisSince(started));
        Map<String, String> env = new HashMap<>(RETRY_ENV);
        env.put("FOO_URL", cluster.seedUrl());
        try {
            server = startServer(work(getClass().getSimpleName()), env);
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    @AfterAll
    void stopRuntimeAndCluster() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    @Order(1)
    void setsAndGetsKeysOnEveryPrimary() throws Exception {
        List<Integer> primaries = cluster.primaryPorts();
        assertEquals(3, primaries.size(), "primaries " + primaries);
        for (int port : primaries) {
            String key = cluster.keyOwnedBy(port);
            String value = "value of " + key + " on " + port + " via " + server.description();
            Http.Response put = Http.put(keyUrl(key), value);
            assertEquals(200, put.status(), "PUT " + key + ": " + put);
            assertEquals("OK", put.body().strip());
            Http.Response get = Http.get(keyUrl(key));
            assertEquals(200, get.status(), "GET " + key + ": " + get);
            assertEquals(value, get.body());
            try (Jedis node = cluster.nodeClient(port)) {
                assertEquals(value, node.get(key), "the value is stored on primary " + port + " itself");
            }
        }
        Http.Response missing = Http.get(keyUrl("it-no-such-key"));
        assertEquals(404, missing.status(), "GET of a missing key: " + missing);
    }

    @Test
    @Order(2)
    void metricsShowThePoolAndTheRequests() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Http.put(keyUrl("it-metrics-" + i), "m" + i).status());
        }
        Http.Response response = Http.get(server.metricsUrl());
        assertEquals(200, response.status(), "GET " + server.metricsUrl() + ": " + response);
        PrometheusText metrics = PrometheusText.parse(response.body());
        String all = String.join("\n", response.body().lines().filter(l -> l.contains("client=\"foo\"")).toList());

        PrometheusText.Sample poolSize = metrics.first("runtime_pool_size", "client", "foo")
                .orElseThrow(() -> new AssertionError("no runtime_pool_size{client=\"foo\"} in:\n" + all));
        assertEquals(50.0, poolSize.value(), "runtime_pool_size is foo.max_connections: " + poolSize);
        PrometheusText.Sample inUse = metrics.first("runtime_pool_in_use", "client", "foo")
                .orElseThrow(() -> new AssertionError("no runtime_pool_in_use{client=\"foo\"} in:\n" + all));
        assertTrue(inUse.value() >= 0 && inUse.value() <= 50, "runtime_pool_in_use: " + inUse);
        double sets = metrics.find("redis_client_requests_total", "client", "foo", "command", "set", "success", "true")
                .stream().mapToDouble(PrometheusText.Sample::value).sum();
        assertTrue(sets >= 3, "redis_client_requests_total{client=\"foo\",command=\"set\",success=\"true\"} >= 3, was "
                + sets + " in:\n" + all);
        System.out.printf("[it] %s metrics: %s, %s, set requests %.0f%n", server.description(), poolSize, inUse, sets);
    }

    /**
     * Kills a primary while four loops PUT and GET keys spread over every slot range, waits for its replica to take
     * over, goes on a few seconds, and expects every response to be a 200 with the right value.
     */
    @Test
    @Order(100)
    void aPrimaryKilledUnderLoadLeavesEveryResponseA200() throws Exception {
        int victim = cluster.primaryPorts().get(0);
        String victimKey = cluster.keyOwnedBy(victim);
        int threads = 4;
        Duration limit = Duration.ofSeconds(90);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger ok = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long loadStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            loops.add(pool.submit(() -> {
                for (int n = 0; !stop.get() && n < 100_000 && System.nanoTime() - loadStart < limit.toNanos(); n++) {
                    // every fourth request of each loop goes to a key on the victim; the others spread over all slots
                    String key = n % 4 == 0 ? victimKey : "load:" + thread + ":" + (n % 64);
                    String value = "v" + thread + "-" + n;
                    try {
                        long t0 = System.nanoTime();
                        Http.Response put = Http.put(keyUrl(key), value);
                        Http.Response get = Http.get(keyUrl(key));
                        slowest.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        if (put.status() != 200) {
                            failures.add(millisSince(loadStart) + " ms PUT " + key + ": " + put);
                        } else if (get.status() != 200) {
                            failures.add(millisSince(loadStart) + " ms GET " + key + ": " + get);
                        } else if (!key.equals(victimKey) && !get.body().equals(value)) {
                            failures.add(millisSince(loadStart) + " ms GET " + key + ": " + get.body() + " != " + value);
                        } else {
                            ok.addAndGet(2);
                        }
                    } catch (Exception e) {
                        failures.add(millisSince(loadStart) + " ms " + key + ": " + e);
                    }
                }
                return null;
            }));
        }
        try {
            Thread.sleep(1500);
            int before = ok.get();
            long killedAt = millisSince(loadStart);
            cluster.kill(victim);
            long killed = System.nanoTime();
            cluster.awaitFailover(Duration.ofSeconds(30));
            long failoverMillis = millisSince(killed);
            Thread.sleep(3000);
            stop.set(true);
            for (Future<?> loop : loops) {
                loop.get(60, TimeUnit.SECONDS);
            }
            System.out.printf("[it] %s failover: primary %d killed at %d ms, replica serving after %d ms; %d responses "
                            + "(%d before the kill), %d failures, slowest PUT+GET %d ms%n", server.description(), victim,
                    killedAt, failoverMillis, ok.get() + 2 * failures.size(), before, failures.size(), slowest.get());
        } finally {
            stop.set(true);
            pool.shutdownNow();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " requests were not answered 200 during the failover; first ones:\n"
                    + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
        assertTrue(ok.get() > 100, "the load ran: " + ok.get() + " responses");

        // and the new topology serves every primary's keys
        for (int port : cluster.primaryPorts()) {
            String key = cluster.keyOwnedBy(port);
            assertEquals(200, Http.put(keyUrl(key), "after failover").status());
            Http.Response get = Http.get(keyUrl(key));
            assertEquals(200, get.status());
            assertEquals("after failover", get.body());
        }
        assertFalse(cluster.isAlive(victim));
    }

    protected String keyUrl(String key) {
        return server.appUrl() + "/api/keys/" + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** Connections the library's client "foo" holds to the live nodes (CLIENT LIST, by connection name). */
    protected int libraryConnections() {
        int count = 0;
        for (int port : cluster.allPorts()) {
            if (!cluster.isAlive(port)) {
                continue;
            }
            try (Jedis node = cluster.nodeClient(port)) {
                count += (int) node.clientList().lines().filter(l -> l.contains(" name=" + CONNECTION_NAME + " ")).count();
            }
        }
        return count;
    }

    /** connected_clients of every live node, by port (not counting the asking connection). */
    protected Map<Integer, Integer> connectedClients() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int port : cluster.allPorts()) {
            if (cluster.isAlive(port)) {
                counts.put(port, cluster.clientCount(port));
            }
        }
        return counts;
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
