package io.github.jakartaredis.cluster.cdi;

import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/** Reads the library's metrics from a registry the way an operator's dashboard would, by name and tags. */
final class Metrics {

    private final MetricRegistry registry;

    Metrics(MetricRegistry registry) {
        this.registry = registry;
    }

    long requests(String client, String command, boolean success) {
        Counter counter = registry.getCounters().get(commandId("redis.client.requests", client, command, success));
        return counter == null ? 0 : counter.getCount();
    }

    long latencyCount(String client, String command, boolean success) {
        Timer timer = registry.getTimers().get(commandId("redis.client.latency", client, command, success));
        return timer == null ? 0 : timer.getCount();
    }

    Number gauge(String name, String client) {
        Map<MetricID, Gauge> gauges = registry.getGauges();
        Gauge<?> gauge = gauges.get(new MetricID(name, new Tag("client", client)));
        return gauge == null ? null : gauge.getValue();
    }

    Histogram requestCommands(String client) {
        return registry.getHistograms().get(new MetricID("redis.client.request.commands", new Tag("client", client)));
    }

    private static MetricID commandId(String name, String client, String command, boolean success) {
        return new MetricID(name, new Tag("client", client), new Tag("command", command),
                new Tag("success", Boolean.toString(success)));
    }
}
