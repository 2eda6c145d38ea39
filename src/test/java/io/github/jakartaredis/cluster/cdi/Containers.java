package io.github.jakartaredis.cluster.cdi;

import io.smallrye.metrics.MetricRegistryProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.WeldInitiator;

/** Builds the CDI containers of the tests: Weld, SmallRye Config, and SmallRye Metrics unless told otherwise. */
final class Containers {

    private Containers() {
    }

    /** A Weld with the library's extension (found as a service, as a runtime finds it) and the given beans. */
    static Weld weld(boolean withMetrics, Class<?>... beans) {
        List<Class<?>> classes = new ArrayList<>(List.of(beans));
        if (withMetrics) {
            classes.add(MetricRegistryProducer.class);
        }
        return WeldInitiator.createWeld().addExtension(new RedisClusterExtension())
                .addBeanClasses(classes.toArray(Class<?>[]::new));
    }

    /** A weld-junit5 initiator with request and application contexts active around each test. */
    static WeldInitiator initiator(boolean withMetrics, Class<?>... beans) {
        return WeldInitiator.from(weld(withMetrics, beans))
                .activate(RequestScoped.class, ApplicationScoped.class)
                .build();
    }
}
