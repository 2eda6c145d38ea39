package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.retry.Retry;
import io.github.jakartaredis.cluster.client.ClientStartup;
import io.github.jakartaredis.cluster.client.ConnectFailure;
import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.metrics.ClientMetricsFactory;
import io.github.jakartaredis.cluster.monitoring.MonitoredConnection;
import io.github.jakartaredis.cluster.monitoring.RequestTally;
import io.github.jakartaredis.cluster.settings.ClusterSettings;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Everything the CDI layer keeps for one client name: its settings, the shared client (created on first use), the
 * connection handle and the request tally bean. Thread-safe.
 */
final class ClientHolder {

    private static final Logger LOG = Logger.getLogger(ClientHolder.class.getName());

    private final String name;
    private final RedisClusterConnection connection;
    private volatile ClusterSettings settings;
    private volatile BeanManager beanManager;
    private volatile Bean<RequestTally> tallyBean;
    private volatile ClientMetricsFactory metricsFactory = ClientMetricsFactory.NONE;
    private volatile Supplier<Retry> retryBean;
    private volatile ClientStartup startup;
    private boolean closed;

    ClientHolder(String name) {
        this.name = name;
        this.connection = MonitoredConnection.create(name, this::shared, this::currentTally);
    }

    void settings(ClusterSettings value) {
        this.settings = value;
    }

    void bind(BeanManager manager, Bean<RequestTally> tally, ClientMetricsFactory metrics) {
        this.beanManager = manager;
        this.tallyBean = tally;
        this.metricsFactory = metrics;
    }

    /** Uses the application's {@code @RedisCluster(name) Retry} bean instead of the retry keys. */
    void retry(Supplier<Retry> bean) {
        this.retryBean = bean;
    }

    String name() {
        return name;
    }

    RedisClusterConnection connection() {
        return connection;
    }

    /**
     * The shared client, started on first use by {@link ClientStartup}: callers wait for a start under way at most
     * the client's {@code timeout}; a failed start is tried again by the next caller, except within
     * {@link ClientStartup#ACCESS_DENIED_PAUSE_NANOS} after Redis refused the client's user.
     */
    SharedClusterClient shared() {
        ClientStartup current = startup;
        if (current == null) {
            current = startup();
        }
        SharedClusterClient client = current.get();
        // the metrics are registered here, on the application's thread: the start ran on a thread of its own
        client.useMetrics(metricsFactory);
        return client;
    }

    private synchronized ClientStartup startup() {
        if (startup == null) {
            if (closed) {
                throw new IllegalStateException("Redis cluster client '" + name + "' is closed: the application stopped");
            }
            ClusterSettings configured = settings;
            if (configured == null) {
                throw new IllegalStateException("Redis cluster client '" + name + "' has no valid configuration");
            }
            ClusterSettings used = retryBean != null ? configured.withRetry(retryBean.get()) : configured;
            startup = new ClientStartup(name, used.timeout(), () -> {
                SharedClusterClient client = start(used);
                LOG.info(() -> "Redis cluster client '" + name + "' started: " + used);
                return client;
            });
        }
        return startup;
    }

    /** Starts the shared client, turning Jedis's "could not initialize" into the reason (refused user, TLS). */
    private static SharedClusterClient start(ClusterSettings configured) {
        try {
            return new SharedClusterClient(configured);
        } catch (RuntimeException e) {
            throw ConnectFailure.explain(configured, e);
        }
    }

    /** @return the shared client if it was created (the topology loaded once), else null; never creates it */
    SharedClusterClient started() {
        ClientStartup current = startup;
        return current == null ? null : current.startedOrNull();
    }

    /** The tally of the current request, or null when no request context is active on this thread. */
    RequestTally currentTally() {
        BeanManager manager = beanManager;
        Bean<RequestTally> bean = tallyBean;
        if (manager == null || bean == null || !RequestContexts.activeOnThisThread()) {
            return null;
        }
        Context context;
        try {
            context = manager.getContext(RequestScoped.class);
        } catch (ContextNotActiveException e) {
            return null;
        }
        RequestTally tally = context.get(bean);
        return tally != null ? tally : context.get(bean, manager.createCreationalContext(bean));
    }

    /** Records a finished request's command count in the shared client's metrics. */
    void requestFinished(RequestTally tally) {
        SharedClusterClient current = startup == null ? null : startup.startedOrNull();
        if (current != null && tally.commands() > 0) {
            current.metrics().requestFinished(tally.commands());
        }
    }

    synchronized void close() {
        closed = true;
        if (startup != null && startup.close()) {
            LOG.info(() -> "Redis cluster client '" + name + "' closed");
        }
    }
}
