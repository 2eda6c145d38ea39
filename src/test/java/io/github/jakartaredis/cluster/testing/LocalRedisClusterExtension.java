package io.github.jakartaredis.cluster.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension sharing ONE {@link LocalRedisCluster} between all the test classes of a run that use it.
 * The cluster is started before the first such class ({@code beforeAll}), kept in the root
 * {@link ExtensionContext.Store} and closed by JUnit when the whole run ends (the cluster's JVM shutdown hook
 * covers a run that does not end normally). Test methods, constructors and lifecycle methods can declare a
 * {@link LocalRedisCluster} parameter.
 *
 * <pre>{@code
 * @ExtendWith(LocalRedisClusterExtension.class)
 * class SomeIT {
 *     @Test
 *     void works(LocalRedisCluster cluster) { ... cluster.seedUrl() ... }
 * }
 * }</pre>
 *
 * <p>The cluster is shared: a test that kills nodes should {@link LocalRedisCluster#restart(int) restart} them
 * (or start its own {@link LocalRedisCluster}), and tests should not rely on it being empty (see
 * {@link LocalRedisCluster#flushAll()}). If the cluster fails to start, every later test class using the
 * extension fails at once with the same cause instead of trying again.
 */
public final class LocalRedisClusterExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalRedisClusterExtension.class);
    private static final String KEY = "cluster";

    private static volatile LocalRedisCluster current;

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == LocalRedisCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return cluster(extensionContext);
    }

    /**
     * The cluster this extension started in the current run.
     *
     * @throws IllegalStateException if no test class using the extension has started yet
     */
    public static LocalRedisCluster cluster() {
        LocalRedisCluster cluster = current;
        if (cluster == null) {
            throw new IllegalStateException("No shared Redis Cluster: use @ExtendWith(LocalRedisClusterExtension.class)");
        }
        return cluster;
    }

    private static LocalRedisCluster cluster(ExtensionContext context) {
        SharedCluster shared = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(KEY, key -> SharedCluster.start(), SharedCluster.class);
        return shared.get();
    }

    /** The store entry: the running cluster, or why it could not start. */
    private static final class SharedCluster implements ExtensionContext.Store.CloseableResource {
        private final LocalRedisCluster cluster;
        private final RuntimeException failure;

        private SharedCluster(LocalRedisCluster cluster, RuntimeException failure) {
            this.cluster = cluster;
            this.failure = failure;
        }

        static SharedCluster start() {
            BuildDirectories.ensureTmpDirExists();
            try {
                LocalRedisCluster cluster = LocalRedisCluster.start();
                current = cluster;
                return new SharedCluster(cluster, null);
            } catch (RuntimeException e) {
                return new SharedCluster(null, e);
            }
        }

        LocalRedisCluster get() {
            if (failure != null) {
                throw new IllegalStateException("The shared Redis Cluster could not start", failure);
            }
            return cluster;
        }

        @Override
        public void close() {
            if (cluster != null) {
                current = null;
                cluster.close();
            }
        }
    }
}
