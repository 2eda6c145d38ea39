package io.github.jakartaredis.benchmark;

import io.github.jakartaredis.cluster.testing.LocalRedisCluster;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** redis-benchmark on the same cluster, as the ceiling. Stateless. */
final class Ceiling {

    private Ceiling() {
    }

    /**
     * {@code redis-benchmark --cluster}, SET and GET of 100-byte values over 10,000 random keys, {@code clients}
     * connections; adds its rows (or a note if it printed none) to {@code measured}.
     */
    static void measure(LocalRedisCluster cluster, int clients, Measured measured) throws Exception {
        int requests = clients == 1 ? 50_000 : 200_000;
        List<String> command = List.of("redis-benchmark", "--cluster", "-h", LocalRedisCluster.HOST, "-p",
                Integer.toString(cluster.primaryPorts().get(0)), "-c", Integer.toString(clients), "-n",
                Integer.toString(requests), "-d", "100", "-r", "10000", "-t", "set,get", "--csv");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            measured.notes.add("redis-benchmark could not be started: " + e.getMessage());
            return;
        }
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        System.out.println(String.join(" ", command) + "\n" + output);
        int before = measured.ceiling.size();
        for (String line : output.split("\r?\n")) {
            String[] fields = line.replace("\"", "").split(",");
            if (fields.length >= 7 && (fields[0].equals("SET") || fields[0].equals("GET"))) {
                measured.ceiling.add(new String[] {fields[0], Integer.toString(clients), fields[1], fields[4],
                        fields[6]});
            }
        }
        if (measured.ceiling.size() == before) {
            measured.notes.add("redis-benchmark printed no CSV result: " + output.strip());
        }
    }
}
