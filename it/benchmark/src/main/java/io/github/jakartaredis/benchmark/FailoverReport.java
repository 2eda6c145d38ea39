package io.github.jakartaredis.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The report's failover section: every run, the median per client, the errors callers saw. Not thread-safe. */
final class FailoverReport {

    private final List<Failover.Result> runs;
    private final StringBuilder md = new StringBuilder();

    FailoverReport(List<Failover.Result> runs) {
        this.runs = runs;
    }

    String markdown() {
        if (runs.isEmpty()) {
            return "";
        }
        md.append("\n## Failover\n\n");
        md.append(Failover.THREADS + " caller threads write 100-byte values over the 10,000 keys (a caller that gets "
                + "an error pauses 10 ms and goes on); after 2 s the primary serving slot 0 is SIGKILLed. *Recovery* "
                + "is the time from the SIGKILL to the end of the first successful write, started once the process "
                + "was gone, on a key of the killed primary's slots. *All slots served* is when every live node "
                + "reports `cluster_state:ok` and all 16,384 slots served by other primaries (asked about every "
                + SlotsServedClock.POLL_MILLIS + " ms over open connections; cluster-node-timeout 1000 ms). *First "
                + "write after all slots served* is the difference: how long the client took to notice a failover "
                + "the cluster had finished (negative: it wrote to the new primary before every node agreed). Each "
                + "run has a fresh client; between runs the killed node is restarted, rejoins as a replica and the "
                + "cluster is healthy again, and the next run kills the primary serving slot 0 then.\n\n");
        md.append("| client | run | killed port | recovery ms | all slots served ms | **first write after all "
                + "slots served ms** | ok writes | failed writes | slowest ok write ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Set<String> clients = new LinkedHashSet<>();
        runs.forEach(r -> clients.add(r.client()));
        for (String client : clients) {
            List<Failover.Result> mine = runs.stream().filter(r -> r.client().equals(client)).toList();
            int n = 0;
            for (Failover.Result r : mine) {
                md.append("| ").append(client).append(" | ").append(++n).append(" | ").append(r.victimPort())
                        .append(" | ").append(r.recovered() ? r.recoveryMillis() : "no write").append(" | ")
                        .append(r.clusterFailoverMillis()).append(" | **")
                        .append(r.recovered() ? Long.toString(r.afterAllServedMillis()) : "n/a").append("** | ")
                        .append(r.okWrites()).append(" | ").append(r.failedWrites()).append(" | ")
                        .append(r.maxOkWriteMillis()).append(" |\n");
            }
            if (mine.size() > 1) {
                md.append("| ").append(client).append(" | median of ").append(mine.size()).append(" | | ")
                        .append(median(mine, r -> (double) r.recoveryMillis())).append(" | ")
                        .append(median(mine, r -> (double) r.clusterFailoverMillis())).append(" | **")
                        .append(median(mine, r -> (double) r.afterAllServedMillis())).append("** | | ")
                        .append(mine.stream().mapToLong(Failover.Result::failedWrites).sum()).append(" (sum) | |\n");
            }
        }
        for (String client : clients) {
            Map<String, Long> errors = new TreeMap<>();
            runs.stream().filter(r -> r.client().equals(client))
                    .forEach(r -> r.errors().forEach((e, c) -> errors.merge(e, c, Long::sum)));
            md.append("\nErrors callers saw, ").append(client).append(", all runs: ");
            if (errors.isEmpty()) {
                md.append("none.\n");
            } else {
                md.append("\n\n| count | error (digits blanked as N) |\n|---:|---|\n");
                errors.forEach((error, count) -> md.append("| ").append(count).append(" | `")
                        .append(error.replace("|", "\\|").replace("`", "'")).append("` |\n"));
            }
        }
        return md.toString();
    }

    /** The median over the runs that saw a write after the kill. */
    private static String median(List<Failover.Result> runs,
            java.util.function.ToDoubleFunction<Failover.Result> value) {
        List<Double> values = new ArrayList<>();
        runs.stream().filter(Failover.Result::recovered).forEach(r -> values.add(value.applyAsDouble(r)));
        return Report.fmt(Measured.Spread.of(values).median(), 0);
    }
}
