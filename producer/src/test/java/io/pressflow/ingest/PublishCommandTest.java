package io.pressflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command's own failures, found before any connection is made. PublishIT runs it against a broker. */
class PublishCommandTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new PublishCommand(new ByteArrayInputStream(new byte[0])));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void missingInputIsFatal() {
        Run r = run("--input", "/no/such/folder/statements", "--bootstrap-servers", "127.0.0.1:1");
        assertEquals(PublishCommand.FATAL, r.exit());
        assertTrue(r.err().contains("no such file or folder: /no/such/folder/statements"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void nonPositiveSizeLimitIsFatal() {
        Run r = run("--max-bytes", "0");
        assertEquals(PublishCommand.FATAL, r.exit());
        assertTrue(r.err().contains("--max-bytes must be positive"), r.err());
    }

    @Test
    void unreachableClusterStopsTheRunInsteadOfTimingOutOnEveryStatement(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("three.ndjson");
        Files.writeString(in, "{\"body\": \"one\"}\n{\"body\": \"two\"}\n{\"body\": \"three\"}\n");
        long start = System.nanoTime();
        // port 1 on loopback: nothing listens, so no metadata ever arrives
        Run r = run("--input", in.toString(), "--bootstrap-servers", "127.0.0.1:1",
                "--kafka-property", "max.block.ms=1500", "--kafka-property", "reconnect.backoff.max.ms=200");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(PublishCommand.FATAL, r.exit());
        assertTrue(r.err().contains("publish: fatal: cannot publish to press.statements.raw"), r.err());
        assertTrue(r.err().contains("failed " + in + ":1"), r.err());
        assertTrue(r.err().contains("stopped after 1 inputs"), r.err());
        assertTrue(seconds < 20, "took " + seconds + " s");
        assertEquals("", r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("--no-such-option");
        assertEquals(CommandLine.ExitCode.USAGE, r.exit());
    }

    @Test
    void helpNamesTheOptions() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        for (String option : new String[] {"--input", "--bootstrap-servers", "--schema-registry-url", "--topic", "--source", "--max-bytes"}) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
