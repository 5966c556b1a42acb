package io.pressflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommand() {
        StringWriter help = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(help));
        assertEquals(0, cmd.execute("--help"));
        for (String name : List.of("demo", "pipeline", "extract", "streams", "publish", "bench", "serve", "poll", "watch")) {
            assertTrue(help.toString().contains(name), name + " is listed in:\n" + help);
        }
    }

    @Test
    void extractNamesAMissingFileOrAFolderInsteadOfFailingWithATrace() {
        for (Path input : List.of(dir.resolve("missing.jsonl"), dir)) {
            StringWriter err = new StringWriter();
            CommandLine cmd = Main.commandLine();
            cmd.setErr(new PrintWriter(err, true));
            assertEquals(1, cmd.execute("extract", "--input", input.toString()));
            assertTrue(err.toString().startsWith("extract: "), err.toString());
            assertTrue(err.toString().contains(input.toString()), err.toString());
            assertFalse(err.toString().contains("Exception"), err.toString());
        }
    }

    @Test
    void extractWritesOneLinePerInputLineAndNamesBadLines() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a\", \"text\": \"\\\"The bridge opens in May,\\\" Mayor Rita Holm said.\"}",
                "not json",
                "{\"id\": \"c\", \"text\": \"Nothing quoted here.\"}"), StandardCharsets.UTF_8);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.commandLine().execute("extract", "--input", in.toString(), "--output", out.toString());
        } finally {
            System.setErr(err);
        }
        assertEquals(2, code, "a bad line makes the exit code say so");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("a", first.get("id").asText());
        assertTrue(first.get("quotes").isArray() && first.get("topics").isArray() && first.get("entities").isArray());
        JsonNode bad = json.readTree(lines.get(1));
        assertEquals(2, bad.get("line").asInt());
        assertTrue(bad.get("error").asText().length() > 0);
        assertEquals("c", json.readTree(lines.get(2)).get("id").asText());
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("could not be read"));
    }
}
