package io.github.jakartaredis.it;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The demo behind {@code ./demo.sh}: a local Redis Cluster (3 primaries, 3 replicas; {@code redis-server} from the
 * PATH, else the embedded binary) and the example application in Open Liberty, until Ctrl-C. Everything it started
 * is stopped by JVM shutdown hooks (Open Liberty by its PID, each Redis node by its PID).
 *
 * <p>System properties: {@code it.liberty.home} (the unpacked {@code wlp/}), {@code it.war}, {@code it.work}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Path wlp = Path.of(System.getProperty("it.liberty.home"));
        Path war = Path.of(System.getProperty("it.war"));
        Path work = Path.of(System.getProperty("it.work")).toAbsolutePath();

        System.out.println("[demo] starting a local Redis Cluster (3 primaries + 3 replicas) ...");
        LocalRedisCluster cluster = LocalRedisCluster.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[demo] stopping Open Liberty and the Redis Cluster ...");
        }, "demo-goodbye"));
        Map<String, String> env = new HashMap<>(ExampleAppIT.RETRY_ENV);
        env.put("FOO_URL", cluster.seedUrl());
        System.out.println("[demo] cluster up: " + cluster.seedUrl() + " (" + cluster.binary() + ", Redis "
                + cluster.redisVersion() + ")");
        System.out.println("[demo] starting Open Liberty with the example application ...");
        OpenLiberty liberty = OpenLiberty.start(wlp, war, work, env, true);

        String app = liberty.appUrl();
        int anyNode = cluster.primaryPorts().get(0);
        StringBuilder text = new StringBuilder();
        text.append("\n");
        text.append("  The example application runs in Open Liberty (pid ").append(liberty.pid()).append(").\n");
        text.append("  Its Redis Cluster client \"foo\" is configured by environment variables:\n");
        env.forEach((key, value) -> text.append("      ").append(key).append('=').append(value).append('\n'));
        text.append("\n  Try:\n");
        text.append("    curl -X PUT --data-binary 'hello' ").append(app).append("/api/keys/greeting\n");
        text.append("    curl ").append(app).append("/api/keys/greeting\n");
        text.append("    curl -X DELETE ").append(app).append("/api/keys/greeting\n");
        text.append("    curl '").append(liberty.metricsUrl()).append("'\n");
        text.append("    curl -s '").append(liberty.metricsUrl()).append("' | grep 'client=\"foo\"'\n");
        if (Files.isExecutable(Path.of("/usr/bin/redis-cli"))) {
            text.append("    redis-cli -c -h 127.0.0.1 -p ").append(anyNode).append(" get greeting\n");
        }
        text.append("\n  Logs: ").append(liberty.messagesLog()).append('\n');
        text.append("\n  Ctrl-C stops Open Liberty and the cluster.\n");
        System.out.println(text);

        new CountDownLatch(1).await(); // until Ctrl-C (SIGINT/SIGTERM): the shutdown hooks stop everything
    }
}
