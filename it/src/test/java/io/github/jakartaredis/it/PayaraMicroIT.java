package io.github.jakartaredis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * The example application in Payara Micro 6 (MicroProfile Metrics 5.1 and Health 4.0): metrics as in every
 * runtime with MicroProfile Metrics, and the library's health checks as in Open Liberty.
 */
class PayaraMicroIT extends ExampleAppIT {

    @Override
    protected AppServer startServer(Path work, Map<String, String> env) {
        return PayaraMicro.start(Path.of(System.getProperty("it.payara.jar")), war(), work, env);
    }

    @Test
    @Order(3)
    void startedAndReadyAreUpWithTheClientsClusterData() throws Exception {
        HealthEndpoint health = new HealthEndpoint(server.appUrl());
        JSONObject started = health.get("/health/started");
        assertEquals("UP", HealthEndpoint.check(started).getString("status"), started.toString());
        JSONObject ready = health.get("/health/ready");
        assertEquals("UP", ready.getString("status"), ready.toString());
        JSONObject data = HealthEndpoint.check(ready).getJSONObject("data");
        assertEquals("foo", data.getString("client"));
        assertEquals("ok", data.getString("cluster_state"));
        assertEquals(16384, data.getLong("slots_ok"));
        System.out.printf("[it] %s /health/ready: %s%n", server.description(), ready);
    }

    /**
     * After the failover test: the promoted replica has no replica left; killing it leaves its slots unserved, so
     * readiness goes DOWN; restarting it, then the first victim, heals the cluster and readiness is UP again.
     */
    @Test
    @Order(200)
    void readinessIsDownWithinFiveSecondsWhenSlotsLoseEveryNodeAndUpAfterHealing() throws Exception {
        int dead = cluster.allPorts().stream().filter(p -> !cluster.isAlive(p)).findFirst().orElseThrow();
        int alone = cluster.primaryPorts().stream().filter(this::hasNoReplica).findFirst().orElseThrow();
        HealthEndpoint health = new HealthEndpoint(server.appUrl());
        long killed = System.nanoTime();
        cluster.kill(alone);
        JSONObject down = health.awaitReady("DOWN", Duration.ofSeconds(5));
        long downMillis = millisSince(killed);
        assertEquals("DOWN", down.getString("status"), "readiness " + downMillis + " ms after the kill: " + down);
        cluster.restart(alone);
        cluster.restart(dead);
        JSONObject up = health.awaitReady("UP", Duration.ofSeconds(15));
        assertEquals("UP", up.getString("status"), "readiness after healing: " + up);
        System.out.printf("[it] %s: /health/ready DOWN %d ms after the last node of a slot range was killed%n",
                server.description(), downMillis);
    }

    private boolean hasNoReplica(int primary) {
        try (Jedis node = cluster.nodeClient(primary)) {
            return node.info("replication").contains("connected_slaves:0");
        }
    }
}
