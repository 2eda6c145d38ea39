package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.health.ClusterHealth;
import io.github.jakartaredis.cluster.health.HealthReport;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Adds a client's MicroProfile Health checks as beans: a {@code @Readiness} and a {@code @Startup}
 * {@link HealthCheck} named {@value #PREFIX}{@code <client>}, which the runtime's health endpoints collect. No
 * liveness check: a Redis outage must not get the application restarted. Loaded only when the MicroProfile
 * Health API is on the class path. Stateless; thread-safe.
 */
final class HealthCheckBeans {

    /** The prefix of every check's name. */
    static final String PREFIX = "redis-cluster-";

    private HealthCheckBeans() {
    }

    /**
     * @param event the event that adds beans, not null
     * @param health the client's health, not null
     */
    static void add(AfterBeanDiscovery event, ClusterHealth health) {
        add(event, Readiness.Literal.INSTANCE, health, ClusterHealth::readiness);
        add(event, Startup.Literal.INSTANCE, health, ClusterHealth::startup);
    }

    private static void add(AfterBeanDiscovery event, Annotation kind, ClusterHealth health,
            Function<ClusterHealth, HealthReport> check) {
        String name = PREFIX + health.client();
        HealthCheck bean = () -> response(name, check.apply(health));
        event.<HealthCheck>addBean()
                .beanClass(RedisClusterExtension.class)
                .types(HealthCheck.class, Object.class)
                .qualifiers(kind, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .createWith(creationalContext -> bean);
    }

    private static HealthCheckResponse response(String name, HealthReport report) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).status(report.up());
        for (Map.Entry<String, Object> entry : report.data().entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Long) {
                builder.withData(entry.getKey(), (Long) value);
            } else {
                builder.withData(entry.getKey(), String.valueOf(value));
            }
        }
        return builder.build();
    }
}
