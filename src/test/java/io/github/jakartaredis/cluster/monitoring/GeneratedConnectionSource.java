package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;

/**
 * Writes the source of {@code GeneratedConnection} (src/main) from {@link RedisClusterConnection} and Jedis's
 * {@link CommandObjects}, by reflection: one method per command method of the interface, each one line calling
 * {@link MonitoredConnection}. {@code GeneratedConnectionTest} checks that the committed file is what this makes, and
 * rewrites it when run with {@code -Dregenerate=true}. Stateless.
 */
final class GeneratedConnectionSource {

    /** The generated file, relative to the project's directory (the tests' working directory). */
    static final Path FILE = Path.of("src/main/java/io/github/jakartaredis/cluster/monitoring/GeneratedConnection.java");

    /** The command that rewrites {@link #FILE}. */
    static final String REGENERATE =
            "mvn -B -q test -Dtest=GeneratedConnectionTest -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true";

    /** How a method is carried out. */
    enum Kind { KEYED, CROSS_SLOT, DIRECT, REFUSED }

    private static final Set<String> CROSS_SLOT = Set.of("del", "exists", "mget", "mset", "touch", "unlink");
    private static final Set<String> REFUSED = Set.of("waitReplicas", "waitAOF");
    private static final String LAMBDA_ARGUMENTS = "abcdefg";

    private GeneratedConnectionSource() {
    }

    /**
     * The rule the connection follows for a method (it was {@code CommandDispatch.of}): WAIT and WAITAOF are
     * refused; a multi-key method given only keys is split per slot when {@link CommandObjects} has the same method;
     * a method {@code CommandObjects} has a public factory for (same name and parameters, returning a
     * {@link CommandObject}) is keyed; any other is run by Jedis's own cluster client.
     */
    static Kind kindOf(Method method) {
        String name = method.getName();
        if (REFUSED.contains(name)) {
            return Kind.REFUSED;
        }
        Class<?>[] parameters = method.getParameterTypes();
        boolean onlyKeys = parameters.length == 1
                && (parameters[0] == String[].class || parameters[0] == byte[][].class);
        Method factory = factoryOf(method);
        if (CROSS_SLOT.contains(name) && onlyKeys && factory != null) {
            return Kind.CROSS_SLOT;
        }
        if (factory != null && CommandObject.class.isAssignableFrom(factory.getReturnType())) {
            return Kind.KEYED;
        }
        return Kind.DIRECT;
    }

    /** @return the public method of {@link CommandObjects} with the same name and parameters, or null */
    static Method factoryOf(Method method) {
        try {
            Method found = CommandObjects.class.getMethod(method.getName(), method.getParameterTypes());
            return Modifier.isPublic(found.getModifiers()) ? found : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** @return the interface's command methods, one per signature, sorted by name and parameter types */
    static List<Method> commandMethods() {
        return methodsOf(RedisClusterConnection.class,
                method -> method.isDefault() || method.getName().equals("pipeline"));
    }

    /**
     * @param api the interface
     * @param skip which of its non-static methods to leave out
     * @return the interface's other methods, one per signature, sorted by name and parameter types
     */
    static List<Method> methodsOf(Class<?> api, Predicate<Method> skip) {
        Map<String, Method> bySignature = new HashMap<>();
        for (Method method : api.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || skip.test(method)) {
                continue;
            }
            // one signature inherited from two interfaces: the most specific return type is the one to implement
            bySignature.merge(signature(method), method, (one, other) ->
                    one.getReturnType().isAssignableFrom(other.getReturnType()) ? other : one);
        }
        List<Method> methods = new ArrayList<>(bySignature.values());
        methods.sort(Comparator.comparing(GeneratedConnectionSource::signature));
        return methods;
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getTypeName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** @return the whole source file */
    static String source() {
        List<Method> methods = commandMethods();
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        SourceTypes types = new SourceTypes();
        types.use(java.util.function.Supplier.class);
        types.use(io.github.jakartaredis.cluster.client.SharedClusterClient.class);
        StringBuilder body = new StringBuilder();
        for (Method method : methods) {
            Kind kind = kindOf(method);
            counts.merge(kind, 1, Integer::sum);
            body.append(override(method, types, call(method, kind, types)));
        }
        return "package io.github.jakartaredis.cluster.monitoring;\n\n" + types.imports() + "\n"
                + "/**\n"
                + " * GENERATED, do not edit: every command method of {@code RedisClusterConnection}, each one call of\n"
                + " * {@link MonitoredConnection} with a direct call of Jedis " + jedisVersion() + " ("
                + counts.getOrDefault(Kind.KEYED, 0) + " keyed,\n"
                + " * " + counts.getOrDefault(Kind.CROSS_SLOT, 0) + " split per slot, "
                + counts.getOrDefault(Kind.DIRECT, 0) + " run by Jedis's own cluster client, "
                + counts.getOrDefault(Kind.REFUSED, 0) + " refused). Made by\n"
                + " * {@code GeneratedConnectionSource} (src/test) from the interface and Jedis's {@code CommandObjects};\n"
                + " * {@code GeneratedConnectionTest} fails when this file differs from what it makes. Regenerate with\n"
                + " * {@code " + REGENERATE + "}.\n"
                + " * Thread-safe, as {@link MonitoredConnection}.\n"
                + " */\n"
                + "final class GeneratedConnection extends MonitoredConnection {\n\n"
                + "    GeneratedConnection(String client, Supplier<SharedClusterClient> shared,\n"
                + "            Supplier<RequestTally> currentTally) {\n"
                + "        super(client, shared, currentTally);\n"
                + "    }\n"
                + body
                + "}\n";
    }

    /** @return the version of the Jedis on the class path, from its jar's Maven properties */
    static String jedisVersion() {
        try (java.io.InputStream in = CommandObjects.class.getResourceAsStream(
                "/META-INF/maven/redis.clients/jedis/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(version unknown)");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the source of a method overriding {@code method} whose body is {@code return <returned>;} */
    static String override(Method method, SourceTypes types, String returned) {
        return "\n    @Override\n    public " + types.name(method.getGenericReturnType()) + ' ' + method.getName() + '('
                + parameters(method, types) + ") {\n        return " + returned + ";\n    }\n";
    }

    private static String parameters(Method method, SourceTypes types) {
        Type[] parameters = method.getGenericParameterTypes();
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            String type = types.name(parameters[i]);
            if (method.isVarArgs() && i == parameters.length - 1) {
                type = type.substring(0, type.length() - 2) + "...";
            }
            declared.add(type + " p" + (i + 1));
        }
        return String.join(", ", declared);
    }

    private static String call(Method method, Kind kind, SourceTypes types) {
        String name = '"' + method.getName().toLowerCase(Locale.ROOT) + '"';
        switch (kind) {
            case REFUSED:
                return "refused(" + name + ")";
            case DIRECT:
                return "direct(" + name + ", j -> j." + method.getName() + "(" + String.join(", ", arguments(method))
                        + "))";
            case CROSS_SLOT:
                return "crossSlot(" + name + ", (o, a) -> o." + method.getName() + "(("
                        + types.name(method.getParameterTypes()[0]) + ") a), p1)";
            default:
                return "keyed(" + name + ", " + factoryCall(method) + ")";
        }
    }

    private static List<String> arguments(Method method) {
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i <= method.getParameterCount(); i++) {
            arguments.add("p" + i);
        }
        return arguments;
    }

    /**
     * @return a lambda calling the {@link CommandObjects} factory of {@code method}, then the method's arguments, as
     *     the helpers taking a {@code CommandFactory.OfN} expect them:
     *     {@code (o, a, b) -> o.incrBy(a, (long) b), p1, p2}
     */
    static String factoryCall(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        List<String> lambdaArguments = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            String lambdaArgument = String.valueOf(LAMBDA_ARGUMENTS.charAt(i));
            lambdaArguments.add(lambdaArgument);
            // a primitive travels boxed; the cast picks the factory of exactly this signature
            passed.add(parameters[i].isPrimitive() ? "(" + parameters[i].getName() + ") " + lambdaArgument
                    : lambdaArgument);
        }
        List<String> arguments = arguments(method);
        return (parameters.length == 0 ? "o" : "(o, " + String.join(", ", lambdaArguments) + ")")
                + " -> o." + method.getName() + "(" + String.join(", ", passed) + ")"
                + (arguments.isEmpty() ? "" : ", ") + String.join(", ", arguments);
    }

    /**
     * Rewrites {@link #FILE}.
     *
     * @param args none
     * @throws java.io.IOException when the file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.writeString(FILE, source());
    }
}
