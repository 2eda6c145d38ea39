package io.github.jakartaredis.cluster.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the fixture keeps its files: the project's {@code target/} directory, and the {@code java.io.tmpdir} the
 * surefire configuration points into it. Stateless and thread-safe.
 */
final class BuildDirectories {

    private static final Logger LOG = Logger.getLogger(BuildDirectories.class.getName());

    private BuildDirectories() {
    }

    /** The project's {@code target/} directory (Maven's {@code basedir} property, else the working directory). */
    static Path target() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().resolve("target");
    }

    /** The surefire configuration points java.io.tmpdir into target/; make sure it exists. */
    static void ensureTmpDirExists() {
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not create java.io.tmpdir", e);
        }
    }
}
