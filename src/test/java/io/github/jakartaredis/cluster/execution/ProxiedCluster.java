package io.github.jakartaredis.cluster.execution;

import io.github.jakartaredis.cluster.testing.FaultProxy;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;

/**
 * A cluster of its own whose first primary (node 0) clients reach only through a {@link FaultProxy}, with every
 * replica following another primary so that only clients' connections go through the proxy. Closing it stops the
 * cluster and the proxy. Thread-safe as its parts are.
 */
final class ProxiedCluster implements AutoCloseable {

    final FaultProxy proxy;
    final LocalRedisCluster cluster;
    final String keyOnProxiedPrimary;

    private ProxiedCluster(FaultProxy proxy, LocalRedisCluster cluster) {
        this.proxy = proxy;
        this.cluster = cluster;
        this.keyOnProxiedPrimary = cluster.keyOwnedBy(cluster.nodePort(0));
    }

    static ProxiedCluster start() throws InterruptedException {
        LocalRedisCluster.Builder builder = LocalRedisCluster.builder();
        FaultProxy proxy = FaultProxy.start(builder.reservePort(0));
        LocalRedisCluster cluster;
        try {
            cluster = builder.announcePortFor(0, proxy.port()).start();
        } catch (RuntimeException e) {
            proxy.close();
            throw e;
        }
        ProxiedCluster proxied = new ProxiedCluster(proxy, cluster);
        try {
            String otherPrimary = cluster.nodeId(cluster.nodePort(1));
            for (int replica : cluster.replicaPorts()) {
                try (Jedis node = cluster.nodeClient(replica)) {
                    if (node.info("replication").contains("master_port:" + proxy.port())) {
                        node.clusterReplicate(otherPrimary);
                    }
                }
            }
            proxy.dropAll();
            Instant deadline = Instant.now().plusSeconds(10);
            while (proxy.openConnections() > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
        } catch (RuntimeException | InterruptedException e) {
            proxied.close();
            throw e;
        }
        return proxied;
    }

    /** Seeds with the proxied node first, so that dropping it from the seeds can be seen. */
    String seedUrl() {
        return "redis://127.0.0.1:" + proxy.port() + ",127.0.0.1:" + cluster.nodePort(1) + ",127.0.0.1:"
                + cluster.nodePort(2);
    }

    /** Switches the proxy to {@code mode}, cuts its open connections and resets its accepted-connection count. */
    void fail(FaultProxy.Mode mode) {
        proxy.mode(mode);
        proxy.dropAll();
        proxy.resetAcceptedConnections();
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } finally {
            proxy.close();
        }
    }

    /**
     * Gives each test class that registers it one proxied cluster: started before its first test, the proxy set back
     * to forwarding after each test, stopped after its last test (also when a test fails). One test thread.
     */
    static final class PerClass implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
        private ProxiedCluster cluster;

        /** @return the running proxied cluster */
        ProxiedCluster get() {
            return cluster;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws InterruptedException {
            cluster = start();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (cluster != null) {
                cluster.proxy.mode(FaultProxy.Mode.FORWARD);
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (cluster != null) {
                cluster.close();
                cluster = null;
            }
        }
    }
}
