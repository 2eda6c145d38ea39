package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

@ExtendWith(LocalRedisClusterExtension.class)
class ShutdownTest {

    private static final String CLIENT_NAME = "name=redis-cluster-cdi:foo ";

    @Test
    void containerShutdownLeavesNoConnectionAndNoThreadOfTheClient(LocalRedisCluster cluster) throws Exception {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl(), "foo.read_from_replicas", "false"));
        awaitConnections(cluster, 0);
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());

        try (WeldContainer container = Containers.weld(true, FooUser.class).initialize()) {
            FooUser user = container.select(FooUser.class).get();
            for (String key : cluster.keyOnEachPrimary()) {
                user.foo().set(key, "v");
            }
            assertThat(connections(cluster)).isGreaterThanOrEqualTo(3);
        }

        awaitConnections(cluster, 0);
        Set<String> leftover = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .map(Thread::getName).collect(Collectors.toSet());
        assertThat(leftover).isEmpty();
    }

    private static void awaitConnections(LocalRedisCluster cluster, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (connections(cluster) != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(connections(cluster)).isEqualTo(expected);
    }

    /** Connections named after the client {@code foo}, over every node of the cluster. */
    private static int connections(LocalRedisCluster cluster) {
        int count = 0;
        for (int port : cluster.allPorts()) {
            try (Jedis node = cluster.nodeClient(port)) {
                for (String line : node.clientList().split("\n")) {
                    if (line.contains(CLIENT_NAME)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
