package io.github.jakartaredis.cluster.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import io.github.jakartaredis.cluster.testing.LocalRedisClusterExtension;
import io.github.jakartaredis.cluster.testing.TestConfig;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Map;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@EnableWeld
@ExtendWith(LocalRedisClusterExtension.class)
class WithoutMetricsTest {

    @WeldSetup
    WeldInitiator weld = Containers.initiator(false, FooUser.class);

    @Inject
    @RedisCluster("foo")
    RedisClusterConnection foo;

    @Inject
    BeanManager beanManager;

    @BeforeAll
    static void configure(LocalRedisCluster cluster) {
        TestConfig.use(Map.of("foo.url", cluster.seedUrl()));
    }

    @AfterEach
    void forgetGlobalOpenTelemetry() {
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void applicationWorksWithNoMetricRegistryBean() {
        assertThat(beanManager.getBeans(MetricRegistry.class)).isEmpty();
        for (String key : LocalRedisClusterExtension.cluster().keyOnEachPrimary()) {
            assertThat(foo.set(key, "v")).isEqualTo("OK");
            assertThat(foo.get(key)).isEqualTo("v");
        }
        assertThat(foo.ping()).isEqualTo("PONG");
    }

    @Test
    void withNeitherBeanNothingIsRecordedEvenWhenAGlobalOpenTelemetryExists() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        InMemoryMetricReader metrics = InMemoryMetricReader.create();
        try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .buildAndRegisterGlobal()) {
            assertThat(beanManager.getBeans(OpenTelemetry.class)).isEmpty();
            assertThat(foo.set("{nothing}:k", "v")).isEqualTo("OK");
            assertThat(foo.get("{nothing}:k")).isEqualTo("v");
            assertThat(spans.getFinishedSpanItems()).isEmpty();
            assertThat(metrics.collectAllMetrics()).isEmpty();
        }
    }
}
