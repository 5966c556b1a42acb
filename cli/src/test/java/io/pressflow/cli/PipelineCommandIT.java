package io.pressflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pressflow pipeline --embedded} end to end: real broker, real registry, real topology. */
class PipelineCommandIT {
    @TempDir
    Path dir;

    @Test
    void publishesAFolderThroughTheTopologyAndWritesEachEnrichedStatement() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "date 2026-02-03 Water board approves new reservoir\n\n"
                + "The regional water board approved a new reservoir on Tuesday. "
                + "\"This secures supply for twenty years,\" board chair Tomas Lind said.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("two.json"), "{\"id\": \"st-json-1\", \"source\": \"wire\", \"body\": "
                + "\"Rail unions called off Friday's strike after talks. \\\"We have a fair offer,\\\" union leader Ana Ruiz told reporters.\"}",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        int code = Main.commandLine().execute("pipeline", "--embedded", "--input", in.toString(),
                "--output", out.toString(), "--data-dir", dir.resolve("data").toString(), "--timeout", "90");

        assertEquals(0, code);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            ids.add(o.get("id").asText());
            assertFalse(o.get("quotes").isEmpty(), "each statement has a direct quote: " + line);
            assertTrue(o.get("topics").isArray());
            assertTrue(o.get("entities").isArray());
            assertEquals("press.statements.raw", o.get("source_topic").asText());
        }
        assertTrue(ids.contains("st-json-1"), ids.toString());
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("2026-02-03", first.get("published").asText());
    }
}
