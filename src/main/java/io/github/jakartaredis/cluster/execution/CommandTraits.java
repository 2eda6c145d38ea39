package io.github.jakartaredis.cluster.execution;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandFlagsRegistry;
import redis.clients.jedis.CommandFlagsRegistry.CommandFlag;
import redis.clients.jedis.StaticCommandFlagsRegistry;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * What Redis's command table says of a keyed command that the command path needs: whether it reads, writes, and
 * goes to its slot's node; and so whether Jedis's own cluster client routes it ({@link #routedByJedis}). Looked up once per command name and cached, because Jedis's registry allocates on every
 * lookup and every command passes here. Thread-safe.
 */
public final class CommandTraits {

    private static final CommandFlagsRegistry FLAGS = StaticCommandFlagsRegistry.registry();
    private static final Map<ProtocolCommand, CommandTraits> BY_COMMAND = new ConcurrentHashMap<>();

    private final boolean readOnly;
    private final boolean write;
    private final boolean slotRouted;

    private CommandTraits(CommandArguments arguments) {
        EnumSet<CommandFlag> flags = FLAGS.getFlags(arguments);
        this.readOnly = flags.contains(CommandFlag.READONLY);
        this.write = flags.contains(CommandFlag.WRITE);
        this.slotRouted = FLAGS.getRequestPolicy(arguments) == CommandFlagsRegistry.RequestPolicy.DEFAULT;
    }

    /**
     * @param arguments a keyed command's arguments, not null
     * @return the traits of its command
     */
    public static CommandTraits of(CommandArguments arguments) {
        ProtocolCommand command = arguments.getCommand();
        CommandTraits traits = BY_COMMAND.get(command);
        if (traits == null) {
            traits = new CommandTraits(arguments);
            BY_COMMAND.put(command, traits);
        }
        return traits;
    }

    /**
     * Whether Jedis's own cluster client, rather than this library's command path, runs a command: when it has no
     * key, or when Redis sends it to every shard (DEL, EXISTS, ...) and its keys span slots. Such a command given
     * keys of one slot goes to that slot's node like any keyed command.
     *
     * @param arguments a command's arguments, not null
     * @return whether Jedis routes it
     */
    public static boolean routedByJedis(CommandArguments arguments) {
        return arguments.isKeyless() || !of(arguments).slotRouted() && arguments.getKeyHashSlots().size() != 1;
    }

    /** @return whether the command only reads (Redis flag {@code readonly}) */
    public boolean readOnly() {
        return readOnly;
    }

    /** @return whether the command writes (Redis flag {@code write}) */
    public boolean write() {
        return write;
    }

    /** @return whether the command goes to its slot's node, rather than to all shards or nodes */
    public boolean slotRouted() {
        return slotRouted;
    }
}
