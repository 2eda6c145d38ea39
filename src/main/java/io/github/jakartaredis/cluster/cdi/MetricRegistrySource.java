package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.metrics.microprofile.MicroProfileClientMetrics;
import jakarta.enterprise.inject.spi.AnnotatedField;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Finds the application's MicroProfile {@link MetricRegistry}. Loaded only when the MicroProfile Metrics API is on
 * the class path, so that the rest of the library never names it.
 *
 * <p>The registry is looked up through a real injection point (the field below), as if injected with
 * {@code @Inject}: some runtimes produce it with a producer method that reads its {@code InjectionPoint} and fails
 * on a plain programmatic lookup.
 */
final class MetricRegistrySource {

    @Inject
    MetricRegistry registry;

    private MetricRegistrySource() {
    }

    /**
     * @return a factory of MicroProfile-backed client metrics, or null when no MetricRegistry bean exists
     */
    static ClientMetricsFactory find(BeanManager manager) {
        if (manager.getBeans(MetricRegistry.class).isEmpty()) {
            return null;
        }
        AnnotatedField<? super MetricRegistrySource> field = manager.createAnnotatedType(MetricRegistrySource.class)
                .getFields().iterator().next();
        InjectionPoint injectionPoint = manager.createInjectionPoint(field);
        return (client, gauges) -> {
            MetricRegistry registry = (MetricRegistry) manager.getInjectableReference(injectionPoint,
                    manager.createCreationalContext(null));
            return MicroProfileClientMetrics.register(registry, client, gauges);
        };
    }
}
