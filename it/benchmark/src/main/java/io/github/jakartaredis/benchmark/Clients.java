package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.cdi.RedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import io.smallrye.metrics.MetricRegistryProducer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;

/** The three clients under test behind one small interface; each fork loads only one implementation. */
public final class Clients {

    private Clients() {
    }

    /** What the benchmark calls. Implementations are thread-safe. */
    public interface Api extends AutoCloseable {
        String get(String key);

        String set(String key, String value);

        /** @return how many values came back (consumed by the caller) */
        Object mget(String[] keys);

        @Override
        void close();
    }

    /** The seed nodes of a {@code redis://h:p,h:p,...} URL. */
    static Set<HostAndPort> seeds(String seedUrl) {
        Set<HostAndPort> seeds = new LinkedHashSet<>();
        for (String part : seedUrl.replace("redis://", "").split(",")) {
            seeds.add(HostAndPort.from(part.trim()));
        }
        return seeds;
    }

    public static Api open(String kind, String seedUrl) {
        switch (kind) {
            case "jedis":
                return jedis(seedUrl);
            case "library":
                return library(seedUrl, Map.of());
            case "library-nometrics":
                return library(seedUrl, Map.of(), false);
            case "library-otel":
                return library(seedUrl, Map.of(), Telemetry.MetricsOnly.class);
            case "library-otel-tracing":
                return library(seedUrl, Map.of(), Telemetry.Tracing.class);
            case "lettuce":
                return lettuce(seedUrl);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    /** (a) Jedis 8's cluster client with its defaults. */
    static Api jedis(String seedUrl) {
        RedisClusterClient client = RedisClusterClient.builder().nodes(seeds(seedUrl)).build();
        return new Api() {
            @Override
            public String get(String key) {
                return client.get(key);
            }

            @Override
            public String set(String key, String value) {
                return client.set(key, value);
            }

            @Override
            public Object mget(String[] keys) {
                return client.mget(keys);
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    /** The bean that declares the injection point (so the extension knows the client "foo"). */
    @Dependent
    public static class Injected {
        @Inject
        @RedisCluster("foo")
        RedisClusterConnection foo;

        public RedisClusterConnection connection() {
            return foo;
        }
    }

    /**
     * (b) The library's injected connection in Weld SE with SmallRye Config (foo.url = the seeds, plus
     * {@code extra}) and SmallRye Metrics recording every command.
     */
    static Api library(String seedUrl, Map<String, String> extra) {
        return library(seedUrl, extra, true);
    }

    /**
     * As {@link #library(String, Map)}; without {@code metrics} no MetricRegistry bean exists and the library records
     * no metrics (a diagnostic variant, {@code library-nometrics}: it splits the library's cost from MicroProfile
     * Metrics').
     */
    static Api library(String seedUrl, Map<String, String> extra, boolean metrics) {
        return library(seedUrl, extra, metrics ? MetricRegistryProducer.class : null);
    }

    /**
     * As {@link #library(String, Map)} with {@code backend} as the only metrics bean: SmallRye Metrics'
     * {@code MetricRegistryProducer}, an OpenTelemetry SDK of {@link Telemetry}, or none (null).
     */
    static Api library(String seedUrl, Map<String, String> extra, Class<?> backend) {
        Map<String, String> config = new java.util.HashMap<>(extra);
        config.put("foo.url", seedUrl);
        TestConfig.use(config);
        Weld weld = new Weld().disableDiscovery().addExtension(new RedisClusterExtension())
                .addBeanClasses(backend != null ? new Class<?>[] {Injected.class, backend}
                        : new Class<?>[] {Injected.class});
        WeldContainer container = weld.initialize();
        RedisClusterConnection foo = container.select(Injected.class).get().connection();
        return new Api() {
            @Override
            public String get(String key) {
                return foo.get(key);
            }

            @Override
            public String set(String key, String value) {
                return foo.set(key, value);
            }

            @Override
            public Object mget(String[] keys) {
                return foo.mget(keys);
            }

            @Override
            public void close() {
                container.shutdown();
            }
        };
    }

    /** (c) Lettuce's synchronous cluster API: one shared (multiplexed) connection, as Lettuce recommends. */
    static Api lettuce(String seedUrl) {
        List<RedisURI> uris = new ArrayList<>();
        for (HostAndPort seed : seeds(seedUrl)) {
            uris.add(RedisURI.create(seed.getHost(), seed.getPort()));
        }
        io.lettuce.core.cluster.RedisClusterClient client = io.lettuce.core.cluster.RedisClusterClient.create(uris);
        StatefulRedisClusterConnection<String, String> connection = client.connect();
        RedisAdvancedClusterCommands<String, String> sync = connection.sync();
        return new Api() {
            @Override
            public String get(String key) {
                return sync.get(key);
            }

            @Override
            public String set(String key, String value) {
                return sync.set(key, value);
            }

            @Override
            public Object mget(String[] keys) {
                List<KeyValue<String, String>> values = sync.mget(keys);
                return values;
            }

            @Override
            public void close() {
                connection.close();
                client.shutdown();
            }
        };
    }
}
