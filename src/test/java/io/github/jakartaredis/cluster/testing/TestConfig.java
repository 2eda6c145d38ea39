package io.github.jakartaredis.cluster.testing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/**
 * Installs exactly the given MicroProfile Config values (SmallRye Config, no other sources) for the test class
 * loader, replacing what an earlier test installed. Not thread-safe: tests run one at a time.
 */
public final class TestConfig {

    private TestConfig() {
    }

    /** @param values the configuration, full keys to values */
    public static void use(Map<String, String> values) {
        ClassLoader loader = TestConfig.class.getClassLoader();
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        resolver.releaseConfig(resolver.getConfig(loader));
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.copyOf(values), "test", 500))
                .build();
        resolver.registerConfig(config, loader);
    }
}
