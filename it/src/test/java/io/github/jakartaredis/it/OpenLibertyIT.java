package io.github.jakartaredis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The example application in Open Liberty, plus ten redeploys that must leave no client behind: the server starts
 * without the application, so the cluster's client counts and the server's threads are measured before the first
 * deployment.
 */
class OpenLibertyIT extends ExampleAppIT {

    private static final String SHARED_CLIENT = "io.github.jakartaredis.cluster.client.SharedClusterClient";
    private static final String EXTENSION = "io.github.jakartaredis.cluster.cdi.RedisClusterExtension";

    private Map<Integer, Integer> clientsBeforeDeployment;
    private Set<String> threadsBeforeDeployment;

    @Override
    protected AppServer startServer(Path work, Map<String, String> env) {
        OpenLiberty liberty = OpenLiberty.start(Path.of(System.getProperty("it.liberty.home")), war(), work, env, false);
        try {
            clientsBeforeDeployment = connectedClients();
            threadsBeforeDeployment = threadNames(liberty.pid());
            liberty.deploy();
            return liberty;
        } catch (RuntimeException | Error e) {
            liberty.close();
            throw e;
        }
    }

    private OpenLiberty liberty() {
        return (OpenLiberty) server;
    }

    @Test
    @Order(3)
    void tenRedeploysLeaveNoLeakedClient() throws Exception {
        List<Integer> perDeployment = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 1; i <= 10; i++) {
            liberty().redeploy();
            for (int port : cluster.primaryPorts()) { // the new deployment's client connects to every primary
                String key = cluster.keyOwnedBy(port);
                assertEquals(200, Http.put(keyUrl(key), "deployment " + i).status(), "PUT after redeploy " + i);
                assertEquals("deployment " + i, Http.get(keyUrl(key)).body());
            }
            perDeployment.add(libraryConnections());
        }
        long redeployMillis = millisSince(started);
        System.out.printf("[it] Open Liberty: 10 redeploys (each used) in %d ms; library connections after each: %s%n",
                redeployMillis, perDeployment);
        int first = perDeployment.get(0);
        for (int i = 0; i < perDeployment.size(); i++) {
            assertTrue(perDeployment.get(i) <= first + 3, "connections after redeploy " + (i + 1) + ": "
                    + perDeployment + " (the connections of an old deployment are not closed?)");
        }

        // undeploy: the client count returns to what it was before the first deployment, no thread is left
        liberty().undeploy();
        Map<Integer, Integer> clients = awaitClients(clientsBeforeDeployment);
        assertEquals(0, libraryConnections(), "library connections after undeploy");
        int startedClients = liberty().countMessages("Redis cluster client 'foo' started");
        int closedClients = liberty().countMessages("Redis cluster client 'foo' closed");
        assertTrue(startedClients >= 11, "a client per deployment: " + startedClients);
        assertEquals(startedClients, closedClients, "clients started and closed (messages.log)");
        assertEquals(clientsBeforeDeployment, clients, "connected_clients per node before the first deployment "
                + "and after undeploying");

        String dump = jcmd(liberty().pid(), "Thread.print");
        List<String> suspects = new ArrayList<>();
        for (String thread : dump.split("\n\n")) {
            if (!thread.startsWith("\"")) {
                continue;
            }
            String name = thread.substring(1, thread.indexOf('"', 1));
            if (thread.contains("redis.clients.") || thread.contains("io.github.jakartaredis")
                    || thread.contains("org.apache.commons.pool2") || name.toLowerCase().contains("jedis")
                    || name.toLowerCase().contains("redis") || name.contains("commons-pool")) {
                suspects.add(thread);
            }
        }
        Set<String> newThreads = new TreeSet<>(threadNamesOf(dump));
        newThreads.removeAll(threadsBeforeDeployment);
        System.out.printf("[it] Open Liberty threads after undeploy not there before the first deployment: %s%n",
                newThreads);
        assertTrue(suspects.isEmpty(), "threads of the library or Jedis left after undeploy:\n"
                + String.join("\n\n", suspects));
        // A class histogram runs a full GC first: no cluster client of any deployment may be reachable any more.
        // (Open Liberty itself keeps undeployed applications' class loaders reachable for a while: a WAR without the
        // library shows the same, so the extension's own instances are only reported.)
        Map<String, Integer> live = libraryClassInstances(liberty().pid());
        System.out.printf("[it] Open Liberty after undeploy and a full GC: %d SharedClusterClient, %d "
                        + "RedisClusterExtension instances (11 deployments)%n",
                live.getOrDefault(SHARED_CLIENT, 0), live.getOrDefault(EXTENSION, 0));
        assertEquals(0, live.getOrDefault(SHARED_CLIENT, 0), "reachable cluster clients after undeploy: " + live);

        liberty().deploy(); // for the tests that follow
    }

    private Map<Integer, Integer> awaitClients(Map<Integer, Integer> expected) throws InterruptedException {
        Map<Integer, Integer> now = connectedClients();
        for (int i = 0; i < 50 && !now.equals(expected); i++) {
            Thread.sleep(100);
            now = connectedClients();
        }
        return now;
    }

    /** Lines of a class histogram (GC.class_histogram runs a full GC first) of the library's CDI classes. */
    private static Map<String, Integer> libraryClassInstances(long pid) throws IOException, InterruptedException {
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[3].startsWith("io.github.jakartaredis.")) {
                classes.merge(f[3], Integer.parseInt(f[1]), Integer::sum);
            }
        }
        return classes;
    }

    private static Set<String> threadNames(long pid) {
        try {
            return threadNamesOf(jcmd(pid, "Thread.print"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> threadNamesOf(String dump) {
        Set<String> names = new TreeSet<>();
        for (String line : dump.split("\n")) {
            if (line.startsWith("\"")) {
                names.add(line.substring(1, line.indexOf('"', 1)));
            }
        }
        return names;
    }

    /** Runs {@code jcmd PID COMMAND} (the JDK's, same user) and returns its output. */
    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("jcmd " + pid + " " + command + " failed: "
                    + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
