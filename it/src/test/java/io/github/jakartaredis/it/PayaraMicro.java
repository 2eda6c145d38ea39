package io.github.jakartaredis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the example WAR, its HTTP listener bound to 127.0.0.1 (a pre-boot command: plain
 * {@code --port} listens on every interface) on a free port, without Hazelcast clustering or phone-home.
 */
final class PayaraMicro implements AppServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final int port;
    private final ServerProcess process;

    private PayaraMicro(int port, ServerProcess process) {
        this.port = port;
        this.process = process;
    }

    /** Starts Payara Micro with the WAR and {@code env} added to its environment; waits until the app answers. */
    static PayaraMicro start(Path jar, Path war, Path work, Map<String, String> env) {
        long started = System.nanoTime();
        Path root = work.resolve("payara-root");
        Path preboot = work.resolve("payara-preboot.txt");
        int port = Ports.free();
        try {
            OpenLiberty.deleteTree(root);
            Files.createDirectories(work);
            Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=127.0.0.1\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--nohazelcast", "--disablephonehome",
                "--rootdir", root.toString(),
                "--prebootcommandfile", preboot.toString(),
                "--port", Integer.toString(port),
                "--deploy", war.toString());
        Path log = work.resolve("payara.log");
        ServerProcess process = ServerProcess.start("Payara Micro", command, work, env, log,
                work.resolve("pids/payara.pid"), root.toString());
        PayaraMicro server = new PayaraMicro(port, process);
        try {
            // Payara answers 404 before the application is deployed: wait for the application's own answer
            String probe = server.appUrl() + "/api/keys/it-ready-probe";
            Http.await(() -> Http.put(probe, "ready"), r -> r.status() == 200 && r.body().strip().equals("OK"),
                    START_TIMEOUT, () -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("Payara Micro exited; log:\n" + ServerProcess.tail(log, 60));
                        }
                    });
            System.out.printf("[it] Payara Micro ready with the application on port %d in %d ms (pid %d)%n", port,
                    (System.nanoTime() - started) / 1_000_000, process.pid());
            return server;
        } catch (InterruptedException e) {
            server.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException | Error e) {
            server.close();
            throw new IllegalStateException(e.getMessage() + "\nPayara log:\n" + ServerProcess.tail(log, 60), e);
        }
    }

    @Override
    public String description() {
        return "Payara Micro";
    }

    @Override
    public String appUrl() {
        return "http://127.0.0.1:" + port + "/example";
    }

    @Override
    public String metricsUrl() {
        return "http://127.0.0.1:" + port + "/metrics?scope=application";
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        process.close();
        System.out.printf("[it] Payara Micro stopped in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }
}
