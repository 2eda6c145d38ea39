package io.github.jakartaredis.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's GET/SET section: client CPU per op of every round client next to Jedis (median and range over the
 * rounds, the ratio taken round by round), throughput and allocation beside it, every round's figures, and which
 * differences are inside the noise. Not thread-safe.
 */
final class CpuSection {

    /** The client CPU goal: the library's CPU per command at most this many times Jedis's. */
    static final double CPU_GOAL = 1.03;

    private final Settings settings;
    private final Measured measured;
    private final StringBuilder md = new StringBuilder();

    CpuSection(Settings settings, Measured measured) {
        this.settings = settings;
        this.measured = measured;
    }

    String markdown() {
        List<String> clients = settings.roundClients();
        if (settings.roundWorkloads().isEmpty() || clients.isEmpty()) {
            return "";
        }
        md.append("## Client CPU per operation: GET and SET (lower is better)\n\n");
        md.append("CPU per op is the benchmark JVM's process CPU time (all its threads: callers, the client's own "
                + "threads, GC, JIT) over each measured iteration, divided by the operations run in it "
                + "(`CpuTimeProfiler`); the redis-servers are other processes and not counted. Each of the "
                + settings.rounds() + " rounds ran one fresh JVM per client and case, the clients of a case right "
                + "after each other, their order flipping from case to case and round to round (J,L / L,J / J,L "
                + "...). A figure is the median over the rounds, the smallest and largest in brackets. The ratio to "
                + "Jedis is taken round by round (each fork against the Jedis fork next to it), then the median. "
                + "Throughput is there for information: on these shared cores it follows the round trip and the "
                + "other processes more than the client.\n\n");
        md.append("| workload | threads | client | CPU µs/op | **CPU / Jedis** | throughput ops/s | throughput / "
                + "Jedis | alloc B/op |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (int threads : settings.threads()) {
            for (String w : settings.roundWorkloads()) {
                for (String client : clients) {
                    boolean base = client.equals("jedis");
                    md.append("| ").append(w).append(" | ").append(threads).append(" | ").append(Report.name(client))
                            .append(" | ").append(Report.fmt(measured.spread(w, client, threads,
                                    Measured.Fork::cpuPerOp), 2))
                            .append(" | ").append(base ? "" : "**" + Report.fmt(measured.pairedRatio(w, client,
                                    "jedis", threads, Measured.Fork::cpuPerOp), 3) + "**")
                            .append(" | ").append(Report.fmt(measured.spread(w, client, threads,
                                    Measured.Fork::opsPerSec), 0))
                            .append(" | ").append(base ? "" : Report.fmt(measured.pairedRatio(w, client, "jedis",
                                    threads, Measured.Fork::opsPerSec), 2))
                            .append(" | ").append(Report.fmt(measured.spread(w, client, threads,
                                    Measured.Fork::allocPerOp).median(), 0))
                            .append(" |\n");
                }
            }
        }
        rounds();
        noise(clients);
        return md.toString();
    }

    /** Every round's CPU per op, in the order the forks ran. */
    private void rounds() {
        md.append("\nEvery round (CPU µs/op, in the order the forks ran; J = Jedis, L = library):\n\n| case |");
        for (int r = 1; r <= settings.rounds(); r++) {
            md.append(" round ").append(r).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(settings.rounds())).append('\n');
        for (int threads : settings.threads()) {
            for (String w : settings.roundWorkloads()) {
                md.append("| ").append(w).append(", ").append(threads).append(threads == 1 ? " thread" : " threads")
                        .append(" |");
                List<List<String>> orders = measured.roundOrders.getOrDefault(w + "/" + threads, List.of());
                for (int r = 0; r < orders.size(); r++) {
                    List<String> cells = new ArrayList<>();
                    for (String client : orders.get(r)) {
                        List<Measured.Fork> forks = measured.forks(w, client, threads);
                        double cpu = r < forks.size() ? forks.get(r).cpuPerOp() : Double.NaN;
                        cells.add(abbreviation(client) + " " + Report.fmt(cpu, 2));
                    }
                    md.append(' ').append(String.join(", ", cells)).append(" |");
                }
                md.append('\n');
            }
        }
    }

    private static String abbreviation(String client) {
        return switch (client) {
            case "jedis" -> "J";
            case "library" -> "L";
            default -> client;
        };
    }

    /** Says, from the spread of the rounds' ratios, which CPU differences this run settles and which it does not. */
    private void noise(List<String> clients) {
        List<String> inside = new ArrayList<>();
        List<String> within = new ArrayList<>();
        List<String> above = new ArrayList<>();
        List<String> unsigned = new ArrayList<>();
        for (int threads : settings.threads()) {
            for (String w : settings.roundWorkloads()) {
                for (String client : clients) {
                    if (client.equals("jedis")) {
                        continue;
                    }
                    Measured.Spread r = measured.pairedRatio(w, client, "jedis", threads, Measured.Fork::cpuPerOp);
                    if (r.count() == 0) {
                        continue;
                    }
                    String name = w + " " + threads + (client.equals("library") ? "" : " (" + client + ")");
                    (r.max() <= CPU_GOAL ? within : r.min() > CPU_GOAL ? above : inside).add(name);
                    if (r.min() < 1 && r.max() > 1) {
                        unsigned.add(name);
                    }
                }
            }
        }
        int n = settings.rounds();
        md.append("\nWhat the spread of the ").append(n).append(" rounds' CPU ratios settles (case = workload and "
                + "threads): within 3 % of Jedis in all ").append(n).append(" rounds: ").append(list(within))
                .append("; more than 3 % above Jedis in all ").append(n).append(" rounds: ").append(list(above))
                .append("; **inside the noise** (rounds on both sides of 1.03, so only the median decides the "
                        + "goal): ").append(list(inside)).append("; rounds on both sides of 1.00 (not even settled "
                        + "which client costs more): ").append(list(unsigned)).append(".\n");
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
