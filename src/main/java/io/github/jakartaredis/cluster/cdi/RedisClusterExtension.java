package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.RedisCluster;
import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.retry.Retry;
import io.github.jakartaredis.cluster.health.ClusterHealth;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.metrics.CompositeClientMetrics;
import io.github.jakartaredis.cluster.monitoring.RequestTally;
import io.github.jakartaredis.cluster.settings.ClusterKey;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import io.github.jakartaredis.cluster.settings.InvalidSettingsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.inject.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portable extension: finds every {@code @RedisCluster} name used at an injection point, adds one set of beans
 * per name, validates every name's configuration at deployment (reporting all problems at once), and closes the
 * clients when the application stops.
 *
 * <p>Beans added per name {@code foo}:
 * <ul>
 *   <li>{@code @RedisCluster("foo") RedisClusterConnection}, {@code @Dependent}: the monitored handle (one shared,
 *       stateless instance; the shared cluster client behind it is created on the first command);</li>
 *   <li>an internal request-scoped tally that records {@code redis.client.request.commands} when a request that
 *       used the client ends;</li>
 *   <li>when the runtime has MicroProfile Health and {@code foo.health.enabled} is not false, a readiness and a
 *       startup check (see {@link io.github.jakartaredis.cluster.health.ClusterHealth}).</li>
 * </ul>
 * Registered through {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}; one instance per
 * application, used by the container's threads.
 */
public class RedisClusterExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(RedisClusterExtension.class.getName());
    private static final String METRIC_REGISTRY = "org.eclipse.microprofile.metrics.MetricRegistry";
    private static final String OPEN_TELEMETRY = "io.opentelemetry.api.OpenTelemetry";
    private static final String HEALTH_CHECK = "org.eclipse.microprofile.health.HealthCheck";

    private final Map<String, ClientHolder> clients = new TreeMap<>();
    private final Map<String, Bean<?>> retryBeans = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    void collectInjectionPoint(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint injectionPoint = event.getInjectionPoint();
        if (!injectsConnection(injectionPoint.getType())) {
            return;
        }
        for (Annotation qualifier : injectionPoint.getQualifiers()) {
            if (qualifier instanceof RedisCluster) {
                String name = ((RedisCluster) qualifier).value();
                clients.computeIfAbsent(name, ClientHolder::new);
            }
        }
    }

    private static boolean injectsConnection(Type type) {
        if (type == RedisClusterConnection.class) {
            return true;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            Type raw = parameterized.getRawType();
            return (raw == Instance.class || raw == Provider.class)
                    && parameterized.getActualTypeArguments()[0] == RedisClusterConnection.class;
        }
        return false;
    }

    void collectRetryBean(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        if (!bean.getTypes().contains(Retry.class)) {
            return;
        }
        for (Annotation qualifier : bean.getQualifiers()) {
            if (qualifier instanceof RedisCluster) {
                String name = ((RedisCluster) qualifier).value();
                Bean<?> other = retryBeans.putIfAbsent(name, bean);
                if (other != null) {
                    problems.add("@RedisCluster(\"" + name + "\") Retry is produced twice, by " + other + " and by "
                            + bean + "; accepted: at most one Retry bean per client name");
                }
            }
        }
    }

    /** A {@code @RedisCluster("x") Retry} bean whose name no injection point uses configures nothing: say so. */
    private void checkRetryBeanNames() {
        for (Map.Entry<String, Bean<?>> retry : retryBeans.entrySet()) {
            if (!clients.containsKey(retry.getKey())) {
                problems.add("@RedisCluster(\"" + retry.getKey() + "\") Retry (" + retry.getValue()
                        + ") names no client: no injection point uses @RedisCluster(\"" + retry.getKey()
                        + "\"); accepted: the name of an injected client, one of " + clients.keySet());
            }
        }
    }

    void addBeans(@Observes AfterBeanDiscovery event) {
        checkRetryBeanNames();
        Config config = ConfigProvider.getConfig(getClass().getClassLoader());
        boolean healthApi = present(HEALTH_CHECK);
        for (ClientHolder holder : clients.values()) {
            String name = holder.name();
            try {
                holder.settings(ClusterSettings.read(name, key -> config.getOptionalValue(key, String.class)));
            } catch (InvalidSettingsException e) {
                problems.addAll(e.problems());
            }
            RedisCluster qualifier = RedisCluster.Literal.of(name);
            event.<RedisClusterConnection>addBean()
                    .beanClass(RedisClusterExtension.class)
                    .types(RedisClusterConnection.class, Object.class)
                    .qualifiers(qualifier, Any.Literal.INSTANCE)
                    .scope(Dependent.class)
                    .name(null)
                    .createWith(creationalContext -> holder.connection());
            event.<RequestTally>addBean()
                    .beanClass(RedisClusterExtension.class)
                    .types(RequestTally.class, Object.class)
                    .qualifiers(qualifier, Any.Literal.INSTANCE)
                    .scope(RequestScoped.class)
                    .createWith(creationalContext -> new RequestTally())
                    .destroyWith((tally, creationalContext) -> holder.requestFinished(tally));
            if (healthEnabled(name, config) && healthApi) {
                HealthCheckBeans.add(event, new ClusterHealth(name, holder::shared, holder::started));
            }
        }
    }

    /** Reads {@code <name>.health.enabled} (default true); a value other than true or false is a problem. */
    private boolean healthEnabled(String name, Config config) {
        String key = ClusterKey.HEALTH_ENABLED.of(name);
        String value = config.getOptionalValue(key, String.class).map(String::trim).orElse("");
        if (value.isEmpty() || value.equals("true")) {
            return true;
        }
        if (!value.equals("false")) {
            problems.add(key + " = '" + value + "' is not accepted; accepted: true or false");
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    void validate(@Observes AfterDeploymentValidation event, BeanManager manager) {
        if (!problems.isEmpty()) {
            event.addDeploymentProblem(new InvalidSettingsException(problems));
            return;
        }
        ClientMetricsFactory metrics = metricsFactory(manager);
        for (ClientHolder holder : clients.values()) {
            RedisCluster qualifier = RedisCluster.Literal.of(holder.name());
            Bean<RequestTally> tally = (Bean<RequestTally>) manager.resolve(manager.getBeans(RequestTally.class, qualifier));
            holder.bind(manager, tally, metrics);
            Bean<?> retryBean = retryBeans.get(holder.name());
            if (retryBean != null) {
                holder.retry(() -> (Retry) manager.getReference(retryBean, Retry.class,
                        manager.createCreationalContext(retryBean)));
            }
        }
    }

    /**
     * The metrics backends the runtime offers: OpenTelemetry when an {@code OpenTelemetry} bean exists, MicroProfile
     * Metrics when a {@code MetricRegistry} bean exists, both when both, none when neither. Each API is named only
     * by a class loaded after its presence on the class path is checked.
     */
    private static ClientMetricsFactory metricsFactory(BeanManager manager) {
        ClientMetricsFactory microProfile = present(METRIC_REGISTRY) ? MetricRegistrySource.find(manager) : null;
        ClientMetricsFactory openTelemetry = present(OPEN_TELEMETRY) ? OpenTelemetrySource.find(manager) : null;
        if (microProfile != null && openTelemetry != null) {
            LOG.fine("Redis cluster clients record metrics in MicroProfile Metrics and OpenTelemetry");
            return CompositeClientMetrics.of(microProfile, openTelemetry);
        }
        if (microProfile != null || openTelemetry != null) {
            LOG.fine(() -> "Redis cluster clients record metrics in "
                    + (microProfile != null ? "MicroProfile Metrics" : "OpenTelemetry"));
            return microProfile != null ? microProfile : openTelemetry;
        }
        LOG.fine("Neither a MetricRegistry nor an OpenTelemetry bean: Redis cluster clients record no metrics");
        return ClientMetricsFactory.NONE;
    }

    /** @return whether the named class can be loaded by the library's class loader */
    static boolean present(String className) {
        try {
            Class.forName(className, false, RedisClusterExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts every client when the application starts, so that its gauges show from the start and a wrong address
     * shows in the log at once. A cluster that cannot be reached then does not stop the application: the first
     * command tries again.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        for (ClientHolder holder : clients.values()) {
            try {
                holder.shared();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Redis cluster client '" + holder.name()
                        + "' could not reach its cluster at startup; the first command will try again: " + e);
            }
        }
    }

    void requestStarted(@Observes @Initialized(RequestScoped.class) Object event) {
        RequestContexts.initialized();
    }

    void requestEnded(@Observes @Destroyed(RequestScoped.class) Object event) {
        RequestContexts.destroyed();
    }

    void stop(@Observes BeforeShutdown event) {
        for (ClientHolder holder : clients.values()) {
            try {
                holder.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing Redis cluster client '" + holder.name() + "' failed", e);
            }
        }
    }

    /** @return the client names found at injection points, sorted */
    public List<String> clientNames() {
        return List.copyOf(clients.keySet());
    }
}
