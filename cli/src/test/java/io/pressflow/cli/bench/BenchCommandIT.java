package io.pressflow.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressflow.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pressflow bench --embedded --json} on the real embedded broker and registry, small. */
class BenchCommandIT {
    private static final Path CORPUS = Path.of("..", "extractor", "src", "test", "resources", "corpus");

    @TempDir
    Path dir;

    @Test
    void drivesEveryStatementThroughBothTopologiesAndPrintsTheFiguresAsJson() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("bench", "--embedded", "--statements", "200", "--warmup", "0", "--json",
                "--corpus", CORPUS.toString(), "--data-dir", dir.toString(), "--timeout", "60");

        assertEquals(0, code, out.toString());
        List<String> lines = out.toString().lines().toList();
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        for (String key : List.of("statements", "throughput_statements_per_s", "mb_per_s", "p50_ms", "p99_ms",
                "passthrough_statements_per_s", "ratio_vs_passthrough", "heap_max_mb")) {
            assertTrue(figures.hasNonNull(key), "missing " + key + " in " + figures);
        }
        assertEquals(200, figures.get("statements").asInt());
        assertEquals(200, figures.get("enriched").asInt(), "every statement enriched, read committed");
        assertEquals(200, figures.get("passthrough_read").asInt());
        assertEquals(0, figures.get("dead_lettered").asInt());
        assertEquals(0, figures.get("warmup_statements").asInt(), "--warmup 0: no warm-up, and none added");
        double jit = figures.get("jit_cpu_share").asDouble();
        assertTrue(jit >= 0 && jit <= 1, "JIT share of the CPU " + jit);
        assertTrue(figures.get("dashboard_app").asBoolean(), "measured with the dashboard app alongside, as deployed");
        assertTrue(figures.get("throughput_statements_per_s").asDouble() > 0);
        assertTrue(figures.get("passthrough_statements_per_s").asDouble() > 0);
        assertTrue(figures.get("p99_ms").asDouble() >= figures.get("p50_ms").asDouble(), figures.toString());
        double ratio = figures.get("throughput_statements_per_s").asDouble() / figures.get("passthrough_statements_per_s").asDouble();
        assertEquals(ratio, figures.get("ratio_vs_passthrough").asDouble(), 0.02);
        // about 2 KB each, as the issue asks
        int size = figures.get("avg_statement_bytes").asInt();
        assertTrue(size > 1800 && size < 2600, "statement size " + size);
    }
}
