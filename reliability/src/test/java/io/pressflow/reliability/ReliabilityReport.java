package io.pressflow.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * target/reliability-report.json: per scenario what was sent, enriched, missing, duplicated, killed
 * and dead-lettered, and the totals. Written before a scenario asserts, so a failing run still
 * leaves its numbers.
 */
final class ReliabilityReport {
    private ReliabilityReport() {}

    static final List<String> COUNTS = List.of("sent", "enriched", "missing", "duplicates", "kills", "dead_lettered");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, Map<String, Object>> SCENARIOS = new LinkedHashMap<>();

    /** One scenario's counts (any of {@link #COUNTS}, plus anything worth reading) and whether it held. */
    static synchronized void record(String scenario, Map<String, Object> values) {
        if (!loaded) {
            loadEarlierScenarios();
            loaded = true;
        }
        Map<String, Object> entry = new LinkedHashMap<>(values);
        entry.put("written", Instant.now().toString());
        SCENARIOS.put(scenario, entry);
        write();
    }

    private static boolean loaded;

    /**
     * Keeps the scenarios of earlier runs (each with its own "written" time), so that re-running one
     * scenario with -Dit.test updates its entry and leaves the others; `mvn clean` starts afresh.
     */
    @SuppressWarnings("unchecked")
    private static void loadEarlierScenarios() {
        Path file = reportFile();
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Map<String, Object> earlier = JSON.readValue(file.toFile(), Map.class);
            if (earlier.get("scenarios") instanceof Map<?, ?> scenarios) {
                scenarios.forEach((k, v) -> SCENARIOS.put(String.valueOf(k), (Map<String, Object>) v));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable earlier report is replaced
        }
    }

    private static Path reportFile() {
        return Paths.get(System.getProperty("reliability.report", "target/reliability-report.json"));
    }

    private static void write() {
        ObjectNode root = JSON.createObjectNode();
        root.put("suite", "pressflow reliability");
        root.put("written", Instant.now().toString());
        for (String count : COUNTS) {
            long total = 0;
            for (Map<String, Object> s : SCENARIOS.values()) {
                if (s.get(count) instanceof Number n) total += n.longValue();
            }
            root.put(count, total);
        }
        root.put("scenarios_passed", SCENARIOS.values().stream().filter(v -> Boolean.TRUE.equals(v.get("passed"))).count());
        root.put("scenarios_run", SCENARIOS.size());
        root.set("scenarios", JSON.valueToTree(SCENARIOS));
        Path file = reportFile();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
