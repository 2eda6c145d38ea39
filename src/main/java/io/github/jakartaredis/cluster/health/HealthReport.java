package io.github.jakartaredis.cluster.health;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one health check of one client: up or down, and the data shown with it (strings and numbers,
 * never a key, a value or a secret). Immutable; thread-safe.
 */
public final class HealthReport {

    private final boolean up;
    private final Map<String, Object> data;

    private HealthReport(boolean up, Map<String, Object> data) {
        this.up = up;
        this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * @param data the data, in the order shown; values are {@code String} or {@code Long}; not null
     * @return an UP report
     */
    public static HealthReport up(Map<String, Object> data) {
        return new HealthReport(true, data);
    }

    /**
     * @param data the data, in the order shown; values are {@code String} or {@code Long}; not null
     * @return a DOWN report
     */
    public static HealthReport down(Map<String, Object> data) {
        return new HealthReport(false, data);
    }

    /** @return whether the check is UP */
    public boolean up() {
        return up;
    }

    /** @return the data, in insertion order, unmodifiable */
    public Map<String, Object> data() {
        return data;
    }

    @Override
    public String toString() {
        return (up ? "UP " : "DOWN ") + data;
    }
}
