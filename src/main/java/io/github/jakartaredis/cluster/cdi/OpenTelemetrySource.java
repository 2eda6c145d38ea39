package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.metrics.ClientMetrics;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.metrics.opentelemetry.OpenTelemetryClientMetrics;
import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.inject.spi.AnnotatedField;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Finds the runtime's {@link OpenTelemetry} bean (MicroProfile Telemetry). Loaded only when the OpenTelemetry API
 * is on the class path, so that the rest of the library never names it. Like {@link MetricRegistrySource}, it
 * looks the bean up through a real injection point. Stateless; thread-safe.
 */
final class OpenTelemetrySource {

    private static final Logger LOG = Logger.getLogger(OpenTelemetrySource.class.getName());

    @Inject
    OpenTelemetry openTelemetry;

    private OpenTelemetrySource() {
    }

    /**
     * @param manager the application's bean manager, not null
     * @return a factory of OpenTelemetry-backed client metrics, or null when no OpenTelemetry bean exists
     */
    static ClientMetricsFactory find(BeanManager manager) {
        if (manager.getBeans(OpenTelemetry.class).isEmpty()) {
            return null;
        }
        AnnotatedField<? super OpenTelemetrySource> field = manager.createAnnotatedType(OpenTelemetrySource.class)
                .getFields().stream().filter(f -> f.isAnnotationPresent(Inject.class)).findFirst().orElseThrow();
        InjectionPoint injectionPoint = manager.createInjectionPoint(field);
        return (client, gauges) -> {
            OpenTelemetry openTelemetry = (OpenTelemetry) manager.getInjectableReference(injectionPoint,
                    manager.createCreationalContext(null));
            try {
                return new OpenTelemetryClientMetrics(openTelemetry, client, gauges);
            } catch (LinkageError e) {
                // an OpenTelemetry API older than the library needs: the client works, unrecorded by OpenTelemetry
                LOG.warning("Redis cluster client '" + client + "' records nothing in OpenTelemetry: the runtime's "
                        + "OpenTelemetry API lacks " + e);
                return ClientMetrics.NONE;
            }
        };
    }
}
