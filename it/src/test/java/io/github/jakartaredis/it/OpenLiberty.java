package io.github.jakartaredis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Open Liberty server (from the unpacked full runtime zip) with the features a user of the library needs,
 * bound to 127.0.0.1 on a free port, the example WAR deployed from {@code dropins/} (polled every 500 ms, so
 * copying, replacing and deleting the WAR deploys, redeploys and undeploys it). Started with {@code bin/server
 * run}, which execs the server JVM: the process's PID is the server's.
 */
final class OpenLiberty implements AppServer {

    static final String SERVER = "example";
    static final String APP = "example";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration APP_TIMEOUT = Duration.ofSeconds(60);

    /**
     * What the server runs with: its {@code server.xml} features and extra elements, and extra
     * {@code bootstrap.properties} lines.
     */
    record Setup(String description, List<String> features, String serverXmlExtra, String bootstrap) {
        /** Today's profile: CDI, JAX-RS, MicroProfile Config and Metrics (no OpenTelemetry, no Health). */
        static final Setup METRICS = new Setup("Open Liberty",
                List.of("cdi-4.0", "restfulWS-3.1", "mpConfig-3.1", "mpMetrics-5.1"),
                "<mpMetrics authentication=\"false\"/>", "");

        /** MicroProfile 7.1: Telemetry 2.1 and Health 4.0, no MicroProfile Metrics; {@code otel} are otel.* lines. */
        static Setup microProfile71(String otel) {
            return new Setup("Open Liberty (MicroProfile 7.1)",
                    List.of("cdi-4.0", "restfulWS-3.1", "mpConfig-3.1", "mpTelemetry-2.1", "mpHealth-4.0"), "", otel);
        }
    }

    private final Setup setup;
    private final Path consoleLog;
    private final Path war;
    private final Path serverDir;
    private final int port;
    private final ServerProcess process;

    private OpenLiberty(Setup setup, Path consoleLog, Path war, Path serverDir, int port, ServerProcess process) {
        this.setup = setup;
        this.consoleLog = consoleLog;
        this.war = war;
        this.serverDir = serverDir;
        this.port = port;
        this.process = process;
    }

    /**
     * Creates the server in {@code work/liberty-usr} (replacing an earlier one), starts it with {@code env} added to
     * its environment, waits until it is ready and, if {@code deploy}, until the application has started.
     */
    static OpenLiberty start(Path wlp, Path war, Path work, Map<String, String> env, boolean deploy) {
        return start(wlp, war, work, env, deploy, Setup.METRICS);
    }

    /** As {@link #start(Path, Path, Path, Map, boolean)}, with the given features and settings. */
    static OpenLiberty start(Path wlp, Path war, Path work, Map<String, String> env, boolean deploy, Setup setup) {
        long started = System.nanoTime();
        Path usr = work.resolve("liberty-usr");
        Path serverDir = usr.resolve("servers").resolve(SERVER);
        int port = Ports.free();
        try {
            deleteTree(serverDir);
            Files.createDirectories(serverDir.resolve("dropins"));
            Files.writeString(serverDir.resolve("server.xml"), serverXml(setup));
            Files.writeString(serverDir.resolve("bootstrap.properties"), "http.port=" + port + "\n" + setup.bootstrap());
            Files.writeString(serverDir.resolve("jvm.options"), "-Xmx512m\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> environment = new java.util.HashMap<>(env);
        environment.put("WLP_USER_DIR", usr.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        Path consoleLog = work.resolve("liberty-console.log");
        ServerProcess process = ServerProcess.start("Open Liberty", List.of(wlp.resolve("bin/server").toString(),
                "run", SERVER), work, environment, consoleLog, work.resolve("pids/liberty.pid"), wlp.toString());
        OpenLiberty server = new OpenLiberty(setup, consoleLog, war, serverDir, port, process);
        try {
            server.awaitMessage("CWWKF0011I", 1, START_TIMEOUT); // the server is ready
            System.out.printf("[it] Open Liberty ready on port %d in %d ms (pid %d)%n", port,
                    (System.nanoTime() - started) / 1_000_000, process.pid());
            if (deploy) {
                server.deploy();
            }
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    private static String serverXml(Setup setup) {
        StringBuilder features = new StringBuilder();
        for (String feature : setup.features()) {
            features.append("    <feature>").append(feature).append("</feature>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <server description="redis-cluster-cdi example">
                  <featureManager>
                %s  </featureManager>
                  <httpEndpoint id="defaultHttpEndpoint" host="127.0.0.1" httpPort="${http.port}" httpsPort="-1"/>
                  %s
                  <applicationMonitor updateTrigger="polled" pollingRate="500ms" dropins="dropins" dropinsEnabled="true"/>
                </server>
                """.formatted(features, setup.serverXmlExtra());
    }

    @Override
    public String description() {
        return setup.description();
    }

    @Override
    public String appUrl() {
        return "http://127.0.0.1:" + port + "/" + APP;
    }

    @Override
    public String metricsUrl() {
        return "http://127.0.0.1:" + port + "/metrics?scope=application";
    }

    @Override
    public long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path messagesLog() {
        return serverDir.resolve("logs/messages.log");
    }

    /** Copies the WAR into dropins/ and waits until the application has started. */
    void deploy() {
        long started = System.nanoTime();
        int before = countMessages("CWWKZ0001I");
        copyWar();
        awaitMessage("CWWKZ0001I", before + 1, APP_TIMEOUT);
        System.out.printf("[it] Open Liberty: application deployed in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    /** Replaces the WAR in dropins/ by a fresh copy and waits until Liberty has restarted the application. */
    void redeploy() {
        int before = countMessages("CWWKZ0003I");
        copyWar();
        awaitMessage("CWWKZ0003I", before + 1, APP_TIMEOUT);
    }

    /** Deletes the WAR from dropins/ and waits until the application has stopped. */
    void undeploy() {
        int before = countMessages("CWWKZ0009I");
        try {
            Files.delete(serverDir.resolve("dropins/" + APP + ".war"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitMessage("CWWKZ0009I", before + 1, APP_TIMEOUT);
    }

    private void copyWar() {
        try {
            Path dropins = serverDir.resolve("dropins");
            Path partial = Files.createTempFile(serverDir, APP, ".war.part");
            Files.copy(war, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, dropins.resolve(APP + ".war"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of messages.log that carry {@code messageId} (e.g. CWWKZ0001I) and mention the application. */
    int countMessages(String messageId) {
        Path log = messagesLog();
        if (!Files.exists(log)) {
            return 0;
        }
        try {
            return (int) Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(messageId)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors and warnings Liberty logged (lines with a message ID ending in E or W), for failure messages. */
    List<String> problems() {
        Pattern id = Pattern.compile("\\b([A-Z]{4,5}\\d{4}[EW]):");
        List<String> found = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(messagesLog(), StandardCharsets.UTF_8)) {
                Matcher matcher = id.matcher(line);
                if (matcher.find()) {
                    found.add(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            found.add("(could not read " + messagesLog() + ": " + e + ")");
        }
        return found;
    }

    private void awaitMessage(String messageId, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countMessages(messageId) < count) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Open Liberty exited; console:\n"
                        + ServerProcess.tail(consoleLog, 40));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No " + messageId + " (#" + count + ") from Open Liberty within " + timeout
                        + "; messages.log:\n" + ServerProcess.tail(messagesLog(), 40));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        process.close();
        System.out.printf("[it] Open Liberty stopped in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
