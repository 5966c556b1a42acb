package io.pressflow.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures, as text for people and as one JSON object for scripts.
 *
 * @param rate          requested publish rate, statements/s (0 = unlimited)
 * @param threads       stream threads of each topology
 * @param dashboardApp  whether the dashboard application (the HTTP API's read model) ran alongside the
 *                      enrichment, as it does when deployed, competing for the same CPUs
 * @param guarantee     processing.guarantee the topologies ran with
 * @param enriched      the enrichment topology's pass
 * @param passthrough   the pass-through topology's pass
 * @param heapMaxBytes  the JVM's maximum heap
 * @param heapPeakBytes the most heap in use (sampled)
 * @param heapLiveBytes the most heap still in use right after a collection
 * @param loadStart     1-minute load average before the run
 * @param loadEnd       1-minute load average after it
 * @param cpus          processors the JVM sees
 */
public record BenchReport(
        double rate,
        int threads,
        boolean dashboardApp,
        String guarantee,
        PhaseResult enriched,
        PhaseResult passthrough,
        long heapMaxBytes,
        long heapPeakBytes,
        long heapLiveBytes,
        double loadStart,
        double loadEnd,
        int cpus) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public double ratioVsPassthrough() {
        return passthrough.statementsPerSecond() == 0 ? 0 : enriched.statementsPerSecond() / passthrough.statementsPerSecond();
    }

    public boolean complete() {
        return enriched.complete() && passthrough.complete();
    }

    public void printText(PrintWriter out) {
        out.printf(Locale.ROOT, "bench: %d statements per topology, %.0f bytes of body on average; publish rate %s; %d stream thread(s), %s; %d CPUs, load %.2f -> %.2f%n",
                enriched.statements(), (double) enriched.bodyBytes() / Math.max(1, enriched.statements()),
                rate > 0 ? String.format(Locale.ROOT, "%.0f/s", rate) : "unlimited", threads, guarantee, cpus, loadStart, loadEnd);
        out.println(dashboardApp
                ? "enriched: the enrichment topology, with the dashboard application consuming its output alongside (as deployed)"
                : "enriched: the enrichment topology alone (--no-dashboard: the dashboard application did not run)");
        line(out, enriched);
        line(out, passthrough);
        out.printf(Locale.ROOT, "enriched / pass-through throughput: %.2f%n", ratioVsPassthrough());
        out.printf(Locale.ROOT, "heap (whole JVM: broker, streams app, producer, reader): max %d MB, peak used %d MB, peak live after GC %d MB%n",
                mb(heapMaxBytes), mb(heapPeakBytes), mb(heapLiveBytes));
    }

    private static void line(PrintWriter out, PhaseResult r) {
        out.printf(Locale.ROOT, "%-12s %6d/%d read in %.2f s (published in %.2f s): %8.0f statements/s, %6.2f MB/s; latency ms p50 %.1f p90 %.1f p99 %.1f p99.9 %.1f max %.1f; JVM CPU %.2f ms/statement%s%n",
                r.name(), r.read(), r.statements(), r.seconds(), r.publishSeconds(), r.statementsPerSecond(), r.megabytesPerSecond(),
                r.percentileMillis(50), r.percentileMillis(90), r.percentileMillis(99), r.percentileMillis(99.9), r.maxMillis(),
                r.cpuMillisPerStatement(), problems(r));
    }

    private static String problems(PhaseResult r) {
        StringBuilder b = new StringBuilder();
        if (r.deadLettered() > 0) {
            b.append("; ").append(r.deadLettered()).append(" dead-lettered");
        }
        if (r.sendFailures() > 0) {
            b.append("; ").append(r.sendFailures()).append(" failed to send (").append(r.firstFailure()).append(')');
        }
        if (r.missingHeader() > 0) {
            b.append("; ").append(r.missingHeader()).append(" without the send-time header");
        }
        if (r.read() + r.deadLettered() < r.statements()) {
            b.append("; ").append(r.statements() - r.read() - r.deadLettered()).append(" NOT read before the timeout");
        }
        return b.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statements", enriched.statements());
        m.put("enriched", enriched.read());
        m.put("dead_lettered", enriched.deadLettered());
        m.put("send_failures", enriched.sendFailures() + passthrough.sendFailures());
        m.put("avg_statement_bytes", Math.round((double) enriched.bodyBytes() / Math.max(1, enriched.statements())));
        m.put("rate", rate);
        m.put("throughput_statements_per_s", round(enriched.statementsPerSecond()));
        m.put("mb_per_s", round(enriched.megabytesPerSecond()));
        m.put("p50_ms", round(enriched.percentileMillis(50)));
        m.put("p90_ms", round(enriched.percentileMillis(90)));
        m.put("p99_ms", round(enriched.percentileMillis(99)));
        m.put("p999_ms", round(enriched.percentileMillis(99.9)));
        m.put("max_ms", round(enriched.maxMillis()));
        m.put("cpu_ms_per_statement", round(enriched.cpuMillisPerStatement()));
        m.put("passthrough_statements", passthrough.statements());
        m.put("passthrough_read", passthrough.read());
        m.put("passthrough_statements_per_s", round(passthrough.statementsPerSecond()));
        m.put("passthrough_mb_per_s", round(passthrough.megabytesPerSecond()));
        m.put("passthrough_p50_ms", round(passthrough.percentileMillis(50)));
        m.put("passthrough_p99_ms", round(passthrough.percentileMillis(99)));
        m.put("passthrough_cpu_ms_per_statement", round(passthrough.cpuMillisPerStatement()));
        m.put("ratio_vs_passthrough", round(ratioVsPassthrough()));
        m.put("warmup_statements", enriched.warmedUp());
        m.put("jit_cpu_share", Math.round(enriched.jitShare() * 1000) / 1000.0);
        m.put("passthrough_warmup_statements", passthrough.warmedUp());
        m.put("stream_threads", threads);
        m.put("dashboard_app", dashboardApp);
        m.put("processing_guarantee", guarantee);
        m.put("heap_max_mb", mb(heapMaxBytes));
        m.put("heap_peak_used_mb", mb(heapPeakBytes));
        m.put("heap_peak_live_mb", mb(heapLiveBytes));
        m.put("cpus", cpus);
        m.put("load_average_start", round(loadStart));
        m.put("load_average_end", round(loadEnd));
        m.put("complete", complete());
        return m;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** Two decimals; NaN (no samples) becomes null in JSON. */
    private static Double round(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 100) / 100.0;
    }
}
