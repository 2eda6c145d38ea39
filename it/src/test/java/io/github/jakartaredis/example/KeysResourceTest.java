package io.github.jakartaredis.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.jakartaredis.cluster.cdi.RedisClusterExtension;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import jakarta.enterprise.context.control.RequestContextController;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A user's test of their own bean against a real local Redis Cluster, with nothing but the library's published
 * test artifact ({@code redis-cluster-cdi:tests}), JUnit 5, and a CDI container (Weld SE) with a MicroProfile
 * Config implementation (SmallRye Config): no application server, no Docker. The extension starts 3 primaries
 * and 3 replicas ({@code redis-server} from the PATH, else the binary of the {@code embedded-redis} test
 * dependency) once for the whole test run and stops them at its end.
 */
@ExtendWith(LocalRedisClusterExtension.class)
class KeysResourceTest {

    private static WeldContainer container;

    @BeforeAll
    static void startCdi(LocalRedisCluster cluster) {
        // foo.url as a MicroProfile Config property: system properties outrank microprofile-config.properties
        System.setProperty("foo.url", cluster.seedUrl());
        container = new Weld().disableDiscovery().addExtension(new RedisClusterExtension())
                .addBeanClasses(KeysResource.class).initialize();
    }

    @AfterAll
    static void stopCdi() {
        if (container != null) {
            container.close();
        }
        System.clearProperty("foo.url");
    }

    @Test
    void putStoresTheValueOnTheKeysPrimaryAndGetAndDeleteSeeIt(LocalRedisCluster cluster) {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            KeysResource keys = container.select(KeysResource.class).get();
            assertEquals("OK", keys.put("greeting", "hello"));
            assertEquals("hello", keys.get("greeting"));
            try (Jedis primary = cluster.nodeClient(cluster.portOwningSlot(JedisClusterCRC16.getSlot("greeting")))) {
                assertEquals("hello", primary.get("greeting"));
            }
            assertEquals("1", keys.delete("greeting"));
            assertEquals("0", keys.delete("greeting"));
        } finally {
            request.deactivate();
        }
    }
}
