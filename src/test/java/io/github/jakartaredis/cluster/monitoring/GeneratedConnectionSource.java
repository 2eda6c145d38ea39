package io.github.jakartaredis.cluster.monitoring;

import io.github.jakartaredis.cluster.RedisClusterConnection;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    private static Method factoryOf(Method method) {
        try {
            Method found = CommandObjects.class.getMethod(method.getName(), method.getParameterTypes());
            return Modifier.isPublic(found.getModifiers()) ? found : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** @return the interface's command methods, one per signature, sorted by name and parameter types */
    static List<Method> commandMethods() {
        Map<String, Method> bySignature = new HashMap<>();
        for (Method method : RedisClusterConnection.class.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getName().equals("pipeline")) {
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
        Types types = new Types();
        types.use(java.util.function.Supplier.class);
        types.use(io.github.jakartaredis.cluster.client.SharedClusterClient.class);
        StringBuilder body = new StringBuilder();
        for (Method method : methods) {
            Kind kind = kindOf(method);
            counts.merge(kind, 1, Integer::sum);
            body.append('\n').append("    @Override\n").append("    public ").append(types.name(method.getGenericReturnType()))
                    .append(' ').append(method.getName()).append('(').append(parameters(method, types)).append(") {\n")
                    .append("        return ").append(call(method, kind, types)).append(";\n")
                    .append("    }\n");
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

    private static String parameters(Method method, Types types) {
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

    private static String call(Method method, Kind kind, Types types) {
        String name = '"' + method.getName().toLowerCase(Locale.ROOT) + '"';
        Class<?>[] parameters = method.getParameterTypes();
        List<String> arguments = new ArrayList<>();
        List<String> lambdaArguments = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            String lambdaArgument = String.valueOf(LAMBDA_ARGUMENTS.charAt(i));
            arguments.add("p" + (i + 1));
            lambdaArguments.add(lambdaArgument);
            // a primitive travels boxed; the cast picks the factory of exactly this signature
            passed.add(parameters[i].isPrimitive() ? "(" + parameters[i].getName() + ") " + lambdaArgument
                    : lambdaArgument);
        }
        switch (kind) {
            case REFUSED:
                return "refused(" + name + ")";
            case DIRECT:
                return "direct(" + name + ", j -> j." + method.getName() + "(" + String.join(", ", arguments) + "))";
            case CROSS_SLOT:
                return "crossSlot(" + name + ", (o, a) -> o." + method.getName() + "((" + types.name(parameters[0])
                        + ") a), p1)";
            default:
                String lambda = (parameters.length == 0 ? "o" : "(o, " + String.join(", ", lambdaArguments) + ")")
                        + " -> o." + method.getName() + "(" + String.join(", ", passed) + ")";
                return "keyed(" + name + ", " + lambda + (arguments.isEmpty() ? "" : ", ")
                        + String.join(", ", arguments) + ")";
        }
    }

    /** The simple names of the types a source uses, and their imports; a simple name two types share stays qualified. */
    private static final class Types {
        private final Map<String, Class<?>> bySimpleName = new LinkedHashMap<>();
        private final Set<String> imports = new TreeSet<>();

        String name(Type type) {
            if (type instanceof Class) {
                Class<?> c = (Class<?>) type;
                if (c.isArray()) {
                    return name(c.getComponentType()) + "[]";
                }
                return c.isPrimitive() ? c.getName() : use(c);
            }
            if (type instanceof ParameterizedType) {
                ParameterizedType p = (ParameterizedType) type;
                return name(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(this::name)
                        .collect(Collectors.joining(", ", "<", ">"));
            }
            if (type instanceof WildcardType) {
                WildcardType w = (WildcardType) type;
                if (w.getLowerBounds().length > 0) {
                    return "? super " + name(w.getLowerBounds()[0]);
                }
                Type upper = w.getUpperBounds()[0];
                return upper == Object.class ? "?" : "? extends " + name(upper);
            }
            if (type instanceof GenericArrayType) {
                return name(((GenericArrayType) type).getGenericComponentType()) + "[]";
            }
            throw new IllegalArgumentException("a type the generator does not know: " + type);
        }

        /** @return how the source names a class: its simple name (nested: Outer.Inner) once imported */
        String use(Class<?> c) {
            Class<?> top = c;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            Class<?> holder = bySimpleName.putIfAbsent(top.getSimpleName(), top);
            if (holder != null && holder != top) {
                return c.getCanonicalName();
            }
            if (!top.getPackageName().equals("java.lang")
                    && !top.getPackageName().equals(GeneratedConnectionSource.class.getPackageName())) {
                imports.add(top.getName());
            }
            return top.getSimpleName() + c.getCanonicalName().substring(top.getCanonicalName().length());
        }

        String imports() {
            return imports.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining());
        }
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
