package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.RedisClusterPipeline;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.Response;

/**
 * Writes the source of {@code GeneratedPipeline} (src/main) from {@link RedisClusterPipeline} and Jedis's
 * {@link CommandObjects}, by reflection, with the pieces of {@link GeneratedConnectionSource}: one method per command
 * method of the interface, each one line calling {@link MonitoredPipeline}. {@code GeneratedConnectionTest} checks
 * that the committed file is what this makes, and rewrites it when run with {@code -Dregenerate=true}. Stateless.
 */
final class GeneratedPipelineSource {

    /** The generated file, relative to the project's directory (the tests' working directory). */
    static final Path FILE = Path.of("src/main/java/io/github/jakartaredis/cluster/monitoring/GeneratedPipeline.java");

    private GeneratedPipelineSource() {
    }

    /** @return the interface's command methods (all but name, sync and close), sorted by name and parameter types */
    static List<Method> commandMethods() {
        return GeneratedConnectionSource.methodsOf(RedisClusterPipeline.class,
                method -> method.getDeclaringClass() == RedisClusterPipeline.class);
    }

    /**
     * The rule of the pipeline (it was the dynamic proxy's): a method returning a {@link Response} that
     * {@link CommandObjects} has a public factory for (same name and parameters, returning a {@link CommandObject}) is
     * queued; any other, default methods included, throws {@link UnsupportedOperationException}.
     */
    static boolean isQueued(Method method) {
        Method factory = GeneratedConnectionSource.factoryOf(method);
        return method.getReturnType() == Response.class && factory != null
                && CommandObject.class.isAssignableFrom(factory.getReturnType());
    }

    /** @return the whole source file */
    static String source() {
        SourceTypes types = new SourceTypes();
        types.use(java.util.function.Supplier.class);
        types.use(io.github.jakartaredis.cluster.client.SharedClusterClient.class);
        StringBuilder body = new StringBuilder();
        int queued = 0;
        int unsupported = 0;
        for (Method method : commandMethods()) {
            String call;
            if (isQueued(method)) {
                queued++;
                call = "queue(" + GeneratedConnectionSource.factoryCall(method) + ")";
            } else {
                unsupported++;
                // the method as reflection prints it: the message the proxy gave
                call = "unsupported(\"" + method + "\")";
            }
            body.append(GeneratedConnectionSource.override(method, types, call));
        }
        return "package io.github.jakartaredis.cluster.monitoring;\n\n" + types.imports() + "\n"
                + "/**\n"
                + " * GENERATED, do not edit: every command method of {@code RedisClusterPipeline}, each one call of\n"
                + " * {@link MonitoredPipeline} with a direct call of Jedis " + GeneratedConnectionSource.jedisVersion()
                + " (" + queued + " queued, " + unsupported + " unsupported).\n"
                + " * Made by {@code GeneratedPipelineSource} (src/test) from the interface and Jedis's\n"
                + " * {@code CommandObjects}; {@code GeneratedConnectionTest} fails when this file differs from\n"
                + " * what it makes. Regenerate with\n"
                + " * {@code " + GeneratedConnectionSource.REGENERATE + "}.\n"
                + " * Not thread-safe, as {@link MonitoredPipeline}.\n"
                + " */\n"
                + "final class GeneratedPipeline extends MonitoredPipeline {\n\n"
                + "    GeneratedPipeline(String name, SharedClusterClient client,\n"
                + "            Supplier<RequestTally> currentTally) {\n"
                + "        super(name, client, currentTally);\n"
                + "    }\n"
                + body
                + "}\n";
    }
}
