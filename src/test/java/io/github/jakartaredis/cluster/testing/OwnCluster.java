package io.github.jakartaredis.cluster.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link LocalRedisCluster} of a test's own, for tests that break nodes for good, closed by JUnit also when the
 * test fails. Registered on an instance field it closes the cluster after each test; on a static field, after all
 * tests of the class:
 *
 * <pre>{@code
 * @RegisterExtension
 * final OwnCluster own = new OwnCluster();
 *
 * @Test
 * void survivesAFailover() {
 *     LocalRedisCluster cluster = own.start();
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safety: {@link #start} and the callbacks may come from different threads (the field is volatile), but
 * start one cluster at a time.
 */
public final class OwnCluster implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private volatile LocalRedisCluster cluster;
    private volatile boolean perClass;

    /** {@link #start(LocalRedisCluster.Builder)} with the defaults of {@link LocalRedisCluster#start()}. */
    public LocalRedisCluster start() {
        return start(LocalRedisCluster.builder());
    }

    /**
     * Starts the cluster {@code builder} describes and keeps it to close it after the test (or the class).
     *
     * @throws IllegalStateException if a cluster of this extension is still running
     */
    public LocalRedisCluster start(LocalRedisCluster.Builder builder) {
        if (cluster != null) {
            throw new IllegalStateException("A cluster of this test is still running: " + cluster);
        }
        cluster = builder.start();
        return cluster;
    }

    /** Only a static field's extension is called here: it then keeps its cluster for the whole class. */
    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void close() {
        LocalRedisCluster started = cluster;
        cluster = null;
        if (started != null) {
            started.close();
        }
    }
}
