package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.client.SharedClusterClient;
import io.github.jakartaredis.cluster.execution.CommandTraits;
import io.github.jakartaredis.cluster.execution.CrossSlotCommand;
import io.github.jakartaredis.cluster.metrics.CommandEvents;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;

/**
 * How one method of {@code RedisClusterConnection} is carried out, decided once per method. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>Keyed commands: Jedis's {@link CommandObjects} builds the command (same name and parameters as the
 *       interface method) and the client's {@code ClusterExecutor} runs it on the slot's node with the client's
 *       retries.</li>
 *   <li>Multi-key commands across slots ({@code del}, {@code exists}, {@code mget}, {@code mset}, {@code touch},
 *       {@code unlink}): split per slot, each node's parts sent in one batch, the nodes in parallel, replies put
 *       back in the caller's key order ({@link CrossSlotCommand}).</li>
 *   <li>Everything else (keyless and broadcast commands such as {@code ping}, {@code keys}, {@code scan},
 *       {@code functionLoad}): Jedis's own cluster client runs it.</li>
 * </ul>
 */
abstract class CommandDispatch {

    private static final Set<String> CROSS_SLOT = Set.of("del", "exists", "mget", "mset", "touch", "unlink");
    /** WAIT and WAITAOF count the writes of their own connection, which a pooled command cannot name. */
    private static final Set<String> NOT_ON_POOLED_CONNECTIONS = Set.of("waitReplicas", "waitAOF");

    /** The interface method's name in lower case: the command's name in the metrics when none was built. */
    final String methodName;

    CommandDispatch(String methodName) {
        this.methodName = methodName;
    }

    /**
     * Builds what will run; cheap and without I/O.
     *
     * @return a prepared call whose {@link Prepared#command()} names the Redis command
     */
    abstract Prepared prepare(SharedClusterClient client, Object[] args) throws Throwable;

    /** A call ready to run. */
    interface Prepared {
        /** @return the Redis command: its {@code ProtocolCommand}, or its lowercase name */
        Object command();

        /**
         * Runs the call.
         *
         * @param events hears of the command's attempts, retries, redirects and refreshes; not null
         */
        Object run(CommandEvents events) throws Throwable;

        /** @return the command objects the call runs, for hot-key tracking; empty when Jedis runs it itself */
        default List<? extends CommandObject<?>> commands() {
            return List.of();
        }

        /** @return how many Redis commands the call sends: 1, or the per-slot parts of a multi-key command */
        default int batchSize() {
            return 1;
        }
    }

    static CommandDispatch of(Method method) {
        String name = method.getName();
        if (NOT_ON_POOLED_CONNECTIONS.contains(name)) {
            return new Refused(name);
        }
        Class<?>[] parameters = method.getParameterTypes();
        boolean onlyKeys = parameters.length == 1
                && (parameters[0] == String[].class || parameters[0] == byte[][].class);
        if (CROSS_SLOT.contains(name) && onlyKeys) {
            Method perSlot = find(CommandObjects.class, name, parameters);
            if (perSlot != null) {
                return new CrossSlot(name, perSlot);
            }
        }
        Method factory = find(CommandObjects.class, name, parameters);
        if (factory != null && CommandObject.class.isAssignableFrom(factory.getReturnType())) {
            return new Keyed(name, factory);
        }
        return new Direct(name, method);
    }

    private static Method find(Class<?> type, String name, Class<?>[] parameters) {
        try {
            Method found = type.getMethod(name, parameters);
            return Modifier.isPublic(found.getModifiers()) ? found : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() != null ? e.getCause() : e;
        }
    }

    /** A keyed command run by the client's executor; keyless ones go to Jedis's client. */
    static final class Keyed extends CommandDispatch {
        private final Method factory;

        Keyed(String name, Method factory) {
            super(name.toLowerCase(Locale.ROOT));
            this.factory = factory;
        }

        @Override
        Prepared prepare(SharedClusterClient client, Object[] args) throws Throwable {
            CommandObject<?> command = (CommandObject<?>) call(factory, client.commandObjects(), args);
            CommandArguments arguments = command.getArguments();
            // a command Redis sends to every shard (DEL, EXISTS...) given keys of one slot goes to that slot's node
            boolean routedByJedis = arguments.isKeyless()
                    || !CommandTraits.of(arguments).slotRouted() && arguments.getKeyHashSlots().size() != 1;
            return new KeyedCall(client, command, routedByJedis);
        }
    }

    /** One keyed command ready to run; keyless and broadcast ones are run by Jedis's own cluster client. */
    private static final class KeyedCall implements Prepared {
        private final SharedClusterClient client;
        private final CommandObject<?> command;
        private final boolean routedByJedis;

        KeyedCall(SharedClusterClient client, CommandObject<?> command, boolean routedByJedis) {
            this.client = client;
            this.command = command;
            this.routedByJedis = routedByJedis;
        }

        @Override
        public Object command() {
            return command.getArguments().getCommand();
        }

        @Override
        public Object run(CommandEvents events) {
            if (routedByJedis) {
                return client.executor().withPermit(() -> client.jedis().executeCommand(command));
            }
            return client.executor().execute(command, events);
        }

        @Override
        public List<? extends CommandObject<?>> commands() {
            return routedByJedis ? List.of() : List.of(command);
        }
    }

    /**
     * A multi-key command split per slot (all keys of a slot in one command), the parts sent per node in one batch
     * with the nodes in parallel, replies put back in the caller's key order.
     */
    static final class CrossSlot extends CommandDispatch {
        private final Method perSlot;
        private final boolean pairs;
        private final boolean valuesInKeyOrder;

        CrossSlot(String name, Method perSlot) {
            super(name.toLowerCase(Locale.ROOT));
            this.perSlot = perSlot;
            this.pairs = name.equals("mset");
            this.valuesInKeyOrder = name.equals("mget");
        }

        @Override
        Prepared prepare(SharedClusterClient client, Object[] args) throws Throwable {
            Object[] keys = (Object[]) args[0];
            Function<Object[], CommandObject<?>> build = slice -> {
                try {
                    return (CommandObject<?>) perSlot.invoke(client.commandObjects(), (Object) slice);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            CrossSlotCommand<Object> command = pairs ? CrossSlotCommand.overPairs(keys, build)
                    : CrossSlotCommand.overKeys(keys, build, valuesInKeyOrder);
            String name = methodName;
            return new Prepared() {
                @Override
                public Object command() {
                    return name;
                }

                @Override
                public Object run(CommandEvents events) {
                    return command.combine(client.executor().executeAcrossNodes(command.parts(), events));
                }

                @Override
                public List<? extends CommandObject<?>> commands() {
                    return command.parts();
                }

                @Override
                public int batchSize() {
                    return command.parts().size();
                }
            };
        }
    }

    /** A method Jedis's own cluster client carries out as it is. */
    static final class Direct extends CommandDispatch {
        private final Method method;

        Direct(String name, Method method) {
            super(name.toLowerCase(Locale.ROOT));
            this.method = method;
        }

        @Override
        Prepared prepare(SharedClusterClient client, Object[] args) {
            String name = methodName;
            return new Prepared() {
                @Override
                public Object command() {
                    return name;
                }

                @Override
                public Object run(CommandEvents events) throws Throwable {
                    return client.executor().withPermit(() -> {
                        try {
                            return call(method, client.jedis(), args);
                        } catch (RuntimeException | Error e) {
                            throw e;
                        } catch (Throwable e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            };
        }
    }

    /** A method that cannot work over pooled connections: refused with an error saying why. */
    static final class Refused extends CommandDispatch {
        Refused(String name) {
            super(name.toLowerCase(Locale.ROOT));
        }

        @Override
        Prepared prepare(SharedClusterClient client, Object[] args) {
            throw new UnsupportedOperationException(methodName + " is not supported by RedisClusterConnection: WAIT "
                    + "and WAITAOF count the writes made on their own connection, and each command of a cluster "
                    + "connection borrows a pooled connection of its own, so the answer would not be about your "
                    + "writes. Send the writes and WAIT in one pipeline(name) of the same slot instead.");
        }
    }
}
