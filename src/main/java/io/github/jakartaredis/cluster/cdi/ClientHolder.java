package io.github.jakartaredis.cluster.cdi;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import io.github.jakartaredis.cluster.Retry;
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
    private volatile SharedClusterClient shared;
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

    /** The shared client, created on first use; a failed creation is tried again by the next caller. */
    SharedClusterClient shared() {
        SharedClusterClient current = shared;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (shared == null) {
                if (closed) {
                    throw new IllegalStateException("Redis cluster client '" + name + "' is closed: the application stopped");
                }
                ClusterSettings configured = settings;
                if (configured == null) {
                    throw new IllegalStateException("Redis cluster client '" + name + "' has no valid configuration");
                }
                if (retryBean != null) {
                    configured = configured.withRetry(retryBean.get());
                }
                shared = new SharedClusterClient(configured, metricsFactory);
                ClusterSettings used = configured;
                LOG.info(() -> "Redis cluster client '" + name + "' started: " + used);
            }
            return shared;
        }
    }

    /** @return the shared client if it was created (the topology loaded once), else null; never creates it */
    SharedClusterClient started() {
        return shared;
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
        SharedClusterClient current = shared;
        if (current != null && tally.commands() > 0) {
            current.metrics().requestFinished(tally.commands());
        }
    }

    synchronized void close() {
        closed = true;
        if (shared != null) {
            try {
                shared.close();
                LOG.info(() -> "Redis cluster client '" + name + "' closed");
            } finally {
                shared = null;
            }
        }
    }
}
