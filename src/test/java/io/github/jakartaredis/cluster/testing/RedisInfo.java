package io.github.jakartaredis.cluster.testing;

/** Reads fields of an {@code INFO} or {@code CLUSTER INFO} reply. Stateless and thread-safe. */
final class RedisInfo {

    private RedisInfo() {
    }

    /** The value of {@code field} in {@code info} ({@code field:value} lines), or {@code ""} if absent. */
    static String field(String info, String field) {
        String prefix = field + ":";
        return info.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> line.substring(prefix.length()).trim())
                .orElse("");
    }
}
