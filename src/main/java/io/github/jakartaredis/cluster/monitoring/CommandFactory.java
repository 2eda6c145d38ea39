package io.github.jakartaredis.cluster.monitoring;

import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;

/**
 * A call of one of Jedis's {@link CommandObjects} factory methods, by number of arguments: the generated connection
 * passes one as a lambda that captures nothing (so it is one shared object, not one per command) together with the
 * command's arguments, and {@link MonitoredConnection} calls it inside the command's monitoring, so that a command
 * whose building fails is timed and counted like any other. The generated pipeline passes them the same way to
 * {@link MonitoredPipeline}, which queues what they build. Implementations are stateless and thread-safe.
 */
final class CommandFactory {

    private CommandFactory() {
    }

    /**
     * A factory method of 0 arguments.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of0<T> {
        CommandObject<T> build(CommandObjects objects);
    }

    /**
     * A factory method of 1 argument.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of1<A, T> {
        CommandObject<T> build(CommandObjects objects, A a);
    }

    /**
     * A factory method of 2 arguments.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of2<A, B, T> {
        CommandObject<T> build(CommandObjects objects, A a, B b);
    }

    /**
     * A factory method of 3 arguments.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of3<A, B, C, T> {
        CommandObject<T> build(CommandObjects objects, A a, B b, C c);
    }

    /**
     * A factory method of 4 arguments.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of4<A, B, C, D, T> {
        CommandObject<T> build(CommandObjects objects, A a, B b, C c, D d);
    }

    /**
     * A factory method of 5 arguments.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of5<A, B, C, D, E, T> {
        CommandObject<T> build(CommandObjects objects, A a, B b, C c, D d, E e);
    }

    /**
     * A factory method of 6 arguments.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of6<A, B, C, D, E, F, T> {
        CommandObject<T> build(CommandObjects objects, A a, B b, C c, D d, E e, F f);
    }

    /**
     * A factory method of 7 arguments.
     *
     * @param <T> the reply type
     */
    @FunctionalInterface
    interface Of7<A, B, C, D, E, F, G, T> {
        CommandObject<T> build(CommandObjects objects, A a, B b, C c, D d, E e, F f, G g);
    }
}
