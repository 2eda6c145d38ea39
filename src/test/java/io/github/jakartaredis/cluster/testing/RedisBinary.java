package io.github.jakartaredis.cluster.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Finds the {@code redis-server} binary the fixture runs, in the order {@link LocalRedisCluster} documents:
 * {@code REDIS_SERVER}, the {@code PATH}, the embedded-redis binary (extracted into {@code target/redis-bin/});
 * {@link #PROPERTY} or {@link #ENV} set to {@code embedded} force the latter. Thread-safe: the choice is made
 * and logged once per JVM.
 */
final class RedisBinary {

    /** System property that may force the binary; the only value understood is {@code embedded} (or {@code auto}). */
    static final String PROPERTY = "redis.fixture.binary";
    /** Environment variable with the same meaning as {@link #PROPERTY}. */
    static final String ENV = "REDIS_FIXTURE_BINARY";
    /** The class path resource of embedded-redis holding its Linux x86-64 binary (Redis 6.2). */
    static final String EMBEDDED_RESOURCE = "redis-server-6.2.6-v5-linux-amd64";

    private static final Logger LOG = Logger.getLogger(RedisBinary.class.getName());
    private static Path resolved;

    private RedisBinary() {
    }

    /** The binary chosen as described on the class; resolved (and logged) once per JVM. */
    static synchronized Path resolve() {
        if (resolved != null) {
            return resolved;
        }
        String forced = firstNonBlank(System.getProperty(PROPERTY), System.getenv(ENV));
        Path binary;
        String why;
        if (forced != null && !"auto".equalsIgnoreCase(forced)) {
            if (!"embedded".equalsIgnoreCase(forced)) {
                throw new IllegalArgumentException(PROPERTY + " / " + ENV + " must be 'embedded' or 'auto', not '"
                        + forced + "'; use REDIS_SERVER for a path");
            }
            binary = extractEmbedded();
            why = "embedded binary forced by " + PROPERTY + "/" + ENV;
        } else if (firstNonBlank(System.getenv("REDIS_SERVER")) != null) {
            binary = Path.of(System.getenv("REDIS_SERVER").trim());
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException("REDIS_SERVER=" + binary + " is not an executable file");
            }
            why = "from REDIS_SERVER";
        } else {
            Optional<Path> onPath = Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("")
                            .split(File.pathSeparator))
                    .filter(dir -> !dir.isBlank())
                    .map(dir -> Path.of(dir, "redis-server"))
                    .filter(Files::isExecutable)
                    .findFirst();
            binary = onPath.orElseGet(RedisBinary::extractEmbedded);
            why = onPath.isPresent() ? "found on PATH" : "embedded binary of embedded-redis, no redis-server on PATH";
        }
        String reason = why;
        Path chosen = binary;
        LOG.info(() -> "LocalRedisCluster uses " + chosen + " (" + reason + ")");
        resolved = binary;
        return binary;
    }

    private static Path extractEmbedded() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("The embedded Redis binary is for Linux x86-64, not " + os + "/" + arch
                    + "; install redis-server or set REDIS_SERVER");
        }
        Path dir = BuildDirectories.target().resolve("redis-bin");
        Path binary = dir.resolve(EMBEDDED_RESOURCE);
        if (Files.isExecutable(binary)) {
            return binary;
        }
        try (InputStream in = RedisBinary.class.getClassLoader().getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + EMBEDDED_RESOURCE
                        + " not on the class path: is com.github.codemonstur:embedded-redis a test dependency?");
            }
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, EMBEDDED_RESOURCE, ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (!partial.toFile().setExecutable(true)) {
                throw new IllegalStateException("Could not make " + partial + " executable");
            }
            Files.move(partial, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info(() -> "Extracted " + EMBEDDED_RESOURCE + " to " + binary);
            return binary;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the embedded Redis binary to " + binary, e);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
