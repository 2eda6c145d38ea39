package io.github.jakartaredis.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The report's goal table: client CPU and allocation per command next to Jedis (GET, SET), cross-slot MGET
 * throughput, failover noticed after all slots are served. Not thread-safe.
 */
final class Goals {

    static final double MGET_VS_JEDIS = 2.5;
    static final double MGET_VS_LETTUCE = 1.2;
    static final long FAILOVER_MILLIS = 200;

    private final Settings settings;
    private final Measured measured;
    private final StringBuilder md = new StringBuilder();

    Goals(Settings settings, Measured measured) {
        this.settings = settings;
        this.measured = measured;
    }

    static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    /** "2.50x", or "n/a". */
    private static String times(double a, double b) {
        String ratio = ratio(a, b);
        return ratio.equals("n/a") ? ratio : ratio + "x";
    }

    String markdown() {
        md.append("\n## Goals\n\n| goal | case | measured | met? |\n|---|---|---|---|\n");
        for (int threads : settings.threads()) {
            for (String w : settings.roundWorkloads()) {
                String name = w + ", " + threads + (threads == 1 ? " thread" : " threads");
                Measured.Spread cpu = measured.pairedRatio(w, "library", "jedis", threads, Measured.Fork::cpuPerOp);
                boolean noisy = cpu.min() <= CpuSection.CPU_GOAL && cpu.max() > CpuSection.CPU_GOAL;
                row("client CPU per command", name + ": library within 3 % of Jedis (median of the rounds' "
                        + "ratios ≤ 1.03)", Report.fmt(cpu, 3), verdict(cpu.median() <= CpuSection.CPU_GOAL,
                        cpu.median()) + (noisy ? " (inside the noise)" : ""));
                double a = measured.spread(w, "jedis", threads, Measured.Fork::allocPerOp).median();
                double b = measured.spread(w, "library", threads, Measured.Fork::allocPerOp).median();
                row("allocation per command", name + ": library not above Jedis", Report.fmt(a, 0) + " → "
                        + Report.fmt(b, 0) + " B/op", verdict(b <= a, b - a));
            }
        }
        for (int threads : settings.threads()) {
            for (String w : settings.mgetWorkloads()) {
                mget(w, threads);
            }
        }
        failover();
        return md.toString();
    }

    private void mget(String w, int threads) {
        Measured.Fork a = measured.single(w, "jedis", threads);
        Measured.Fork b = measured.single(w, "library", threads);
        String name = w + ", " + threads + (threads == 1 ? " thread" : " threads");
        double vsJedis = b.opsPerSec() / a.opsPerSec();
        String worst = " (slowest library iteration / fastest Jedis iteration: " + times(b.opsMin(), a.opsMax()) + ")";
        if (threads != 1) {
            row("cross-slot MGET", name + ": library / Jedis", times(b.opsPerSec(), a.opsPerSec()) + worst,
                    "information, no goal");
            return;
        }
        row("cross-slot MGET", name + ": library ≥ 2.5x Jedis", times(b.opsPerSec(), a.opsPerSec()) + worst,
                verdict(vsJedis >= MGET_VS_JEDIS, vsJedis) + (b.opsMin() / a.opsMax() < MGET_VS_JEDIS
                        && vsJedis >= MGET_VS_JEDIS ? " (inside the noise)" : ""));
        Measured.Fork c = measured.single(w, "lettuce", threads);
        double vsLettuce = b.opsPerSec() / c.opsPerSec();
        row("cross-slot MGET", name + ": library ≥ 1.2x Lettuce", times(b.opsPerSec(), c.opsPerSec()),
                verdict(vsLettuce >= MGET_VS_LETTUCE, vsLettuce));
    }

    private void failover() {
        for (String client : List.of(Report.LIBRARY_FAILOVER, Report.JEDIS_FAILOVER)) {
            List<Failover.Result> runs = measured.failovers.stream().filter(f -> f.client().equals(client)).toList();
            if (runs.isEmpty()) {
                continue;
            }
            Measured.Spread after = Measured.Spread.of(runs.stream().filter(Failover.Result::recovered)
                    .map(f -> (double) f.afterAllServedMillis()).toList());
            long errors = runs.stream().mapToLong(Failover.Result::failedWrites).sum();
            boolean allRecovered = runs.stream().allMatch(Failover.Result::recovered);
            String each = String.join(", ", runs.stream()
                    .map(f -> f.recovered() ? Long.toString(f.afterAllServedMillis()) : "no write").toList());
            String measuredText = "median " + Report.fmt(after.median(), 0) + " ms (runs: " + each + "); " + errors
                    + " failed writes";
            if (client.equals(Report.LIBRARY_FAILOVER)) {
                row("failover noticed", "library: first write ≤ 200 ms after every live node reports all slots "
                        + "served (median of " + runs.size() + " runs), zero caller errors", measuredText,
                        verdict(allRecovered && after.median() <= FAILOVER_MILLIS && errors == 0, after.median()));
            } else {
                row("failover noticed", "Jedis: first write after every live node reports all slots served (median "
                        + "of " + runs.size() + " runs)", measuredText, "information, no goal");
            }
        }
    }

    private void row(String goal, String what, String value, String met) {
        md.append("| ").append(goal).append(" | ").append(what).append(" | ").append(value).append(" | ")
                .append(met).append(" |\n");
    }

    private static String verdict(boolean met, double value) {
        return Double.isNaN(value) ? "not measured" : met ? "yes" : "**no**";
    }
}
