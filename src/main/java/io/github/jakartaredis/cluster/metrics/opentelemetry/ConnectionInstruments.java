package io.github.jakartaredis.cluster.metrics.opentelemetry;

import io.github.jakartaredis.cluster.metrics.ClientGauges;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import java.util.function.Consumer;

/**
 * The asynchronous instruments of one client's connections, read from its {@link ClientGauges} at each
 * collection: the semantic conventions' {@code db.client.connection.*} (with {@code db.client.connection.pool.name}
 * = the client) and the library's {@code runtime.pool.size}, {@code runtime.pool.in_use} and
 * {@code redis.client.active_requests} (with {@code client}). Immutable after construction; thread-safe.
 */
final class ConnectionInstruments {

    private final Meter meter;
    private final Attributes pool;
    private final Attributes used;
    private final Attributes idle;
    private final Attributes client;
    private final ClientGauges gauges;

    ConnectionInstruments(Meter meter, String clientName, Attributes clientAttributes, ClientGauges gauges) {
        this.meter = meter;
        this.gauges = gauges;
        this.client = clientAttributes;
        this.pool = Attributes.of(SemanticAttributes.DB_POOL_NAME, clientName);
        this.used = pool.toBuilder().put(SemanticAttributes.DB_CONNECTION_STATE, "used").build();
        this.idle = pool.toBuilder().put(SemanticAttributes.DB_CONNECTION_STATE, "idle").build();
    }

    /**
     * Registers every instrument's callback.
     *
     * @param registered receives each registered instrument, to be closed when the client closes
     */
    void register(Consumer<AutoCloseable> registered) {
        registered.accept(meter.upDownCounterBuilder("db.client.connection.count")
                .setDescription("Connections in the state the db.client.connection.state attribute names.")
                .setUnit("{connection}")
                .buildWithCallback(m -> {
                    m.record(gauges.poolInUse(), used);
                    m.record(gauges.poolIdle(), idle);
                }));
        registered.accept(meter.upDownCounterBuilder("db.client.connection.max")
                .setDescription("The most connections the client holds checked out at once, over all nodes.")
                .setUnit("{connection}")
                .buildWithCallback(m -> m.record(gauges.poolSize(), pool)));
        registered.accept(meter.upDownCounterBuilder("db.client.connection.pending_requests")
                .setDescription("Callers waiting for a free connection.")
                .setUnit("{request}")
                .buildWithCallback(m -> m.record(gauges.pendingRequests(), pool)));
        registered.accept(meter.counterBuilder("db.client.connection.timeouts")
                .setDescription("Callers that gave up waiting for a free connection.")
                .setUnit("{timeout}")
                .buildWithCallback(m -> m.record(gauges.poolTimeouts(), pool)));
        registered.accept(meter.gaugeBuilder("runtime.pool.size")
                .setDescription("The most connections the client holds checked out at once.")
                .setUnit("{connection}")
                .ofLongs()
                .buildWithCallback(m -> m.record(gauges.poolSize(), client)));
        registered.accept(meter.gaugeBuilder("runtime.pool.in_use")
                .setDescription("Connections established and checked out right now.")
                .setUnit("{connection}")
                .ofLongs()
                .buildWithCallback(m -> m.record(gauges.poolInUse(), client)));
        registered.accept(meter.gaugeBuilder("redis.client.active_requests")
                .setDescription("Commands in flight right now.")
                .setUnit("{command}")
                .ofLongs()
                .buildWithCallback(m -> m.record(gauges.activeRequests(), client)));
    }
}
