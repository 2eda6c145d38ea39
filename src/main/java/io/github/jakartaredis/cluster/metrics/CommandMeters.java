package io.github.jakartaredis.cluster.metrics;

import io.github.jakartaredis.cluster.metrics.ClientMetrics.CommandMeter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.util.SafeEncoder;

/**
 * The command meters of one client's {@link ClientMetrics}, kept by Jedis's {@link ProtocolCommand} or by a
 * lowercase name, so that the command path finds a command's meter with one map lookup and builds no name, tag or
 * attribute per command. A miss asks the metrics once for the meter of the command's lowercase name. Thread-safe.
 */
public final class CommandMeters {

    private final ClientMetrics metrics;
    private final Map<Object, CommandMeter> meters = new ConcurrentHashMap<>();

    /** @param metrics the client's metrics, not null */
    public CommandMeters(ClientMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * @param command a Redis command, not null
     * @return the meter of its lowercase name, e.g. {@code get}
     */
    public CommandMeter of(ProtocolCommand command) {
        CommandMeter meter = meters.get(command);
        return meter != null ? meter : meters.computeIfAbsent(command,
                c -> metrics.command(SafeEncoder.encode(command.getRaw()).toLowerCase(Locale.ROOT)));
    }

    /**
     * @param name a lowercase command name, e.g. {@code pipeline} or an interface method's name; not null
     * @return its meter
     */
    public CommandMeter of(String name) {
        CommandMeter meter = meters.get(name);
        return meter != null ? meter : meters.computeIfAbsent(name, n -> metrics.command(name));
    }
}
