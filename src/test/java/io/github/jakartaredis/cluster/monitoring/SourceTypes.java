package io.github.jakartaredis.cluster.monitoring;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The simple names of the types a generated source uses, and their imports; a simple name two types share stays
 * qualified. Not thread-safe: one per source being written.
 */
final class SourceTypes {

    private final Map<String, Class<?>> bySimpleName = new LinkedHashMap<>();
    private final Set<String> imports = new TreeSet<>();

    /** @return how the source writes {@code type}, importing what it needs */
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
                && !top.getPackageName().equals(SourceTypes.class.getPackageName())) {
            imports.add(top.getName());
        }
        return top.getSimpleName() + c.getCanonicalName().substring(top.getCanonicalName().length());
    }

    /** @return the import lines, sorted */
    String imports() {
        return imports.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining());
    }
}
