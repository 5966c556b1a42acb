package io.pressflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    @TempDir
    Path dir;

    private static final ReadOptions DEFAULTS = ReadOptions.defaults();

    static Path badFile(String name) throws URISyntaxException {
        return Path.of(SourcesTest.class.getResource("/bad/" + name).toURI());
    }

    static Path samples() {
        // the reactor root is the producer module's parent
        Path p = Path.of("").toAbsolutePath();
        Path samples = p.resolveSibling("samples").resolve("statements");
        return Files.isDirectory(samples) ? samples : p.resolve("samples").resolve("statements");
    }

    private static Rejection onlyRejection(List<ReadResult> results) {
        assertEquals(1, results.size(), results::toString);
        return assertInstanceOf(ReadResult.Rejected.class, results.get(0)).rejection();
    }

    private static IncomingStatement onlyStatement(List<ReadResult> results) {
        assertEquals(1, results.size(), results::toString);
        return assertInstanceOf(ReadResult.Accepted.class, results.get(0)).statement();
    }

    private List<ReadResult> read(Path p) throws IOException {
        return StatementSource.of(p, DEFAULTS).readAll();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    // --- the bad inputs kept under src/test/resources/bad ---

    @Test
    void emptyFileIsRejectedWithItsName() throws Exception {
        Path p = badFile("empty.txt");
        Rejection r = onlyRejection(read(p));
        assertEquals(p + ":1", r.origin());
        assertTrue(r.reason().startsWith("empty statement"), r.reason());
    }

    @Test
    void latin1FileIsRejectedAsNotUtf8WithLineAndOffset() throws Exception {
        Path p = badFile("latin1-not-utf8.txt");
        Rejection r = onlyRejection(read(p));
        assertEquals(p + ":3", r.origin());
        assertTrue(r.reason().startsWith("not valid UTF-8: malformed byte sequence 0xE9"), r.reason());
        assertTrue(r.reason().contains("byte offset 59"), r.reason());
    }

    @Test
    void brokenJsonIsRejectedWithTheLineOfTheError() throws Exception {
        Path p = badFile("broken.json");
        Rejection r = onlyRejection(read(p));
        assertTrue(r.origin().startsWith(p + ":"), r.origin());
        int line = Integer.parseInt(r.origin().substring(r.origin().lastIndexOf(':') + 1));
        assertTrue(line >= 2, "error is past the first line: " + r);
        assertTrue(r.reason().startsWith("unparseable JSON"), r.reason());
    }

    @Test
    void dateOnlyFileIsRejected() throws Exception {
        assertTrue(onlyRejection(read(badFile("date-only.txt"))).reason().contains("only a date line"));
    }

    // --- validation with inputs written here ---

    @Test
    void invalidUtf8BytesWrittenByTheTestAreRejected() throws IOException {
        byte[] bytes = {'O', 'k', '\n', 'b', (byte) 0xC3, (byte) 0x28, 'x', '\n'}; // C3 needs a continuation byte
        Rejection r = onlyRejection(read(write("bad.txt", bytes)));
        assertEquals(dir.resolve("bad.txt") + ":2", r.origin());
        assertTrue(r.reason().contains("0xC3") && r.reason().contains("byte offset 4"), r.reason());
    }

    @Test
    void overlongAndSurrogateEncodingsAreNotUtf8() throws IOException {
        // C0 AF is an overlong '/', ED A0 80 an encoded surrogate: lenient decoders accept both
        assertTrue(onlyRejection(read(write("a.txt", new byte[] {'a', (byte) 0xC0, (byte) 0xAF})))
                .reason().startsWith("not valid UTF-8"));
        assertTrue(onlyRejection(read(write("b.txt", new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80})))
                .reason().startsWith("not valid UTF-8"));
    }

    @Test
    void fileOverTheLimitIsRejectedWithItsSize() throws IOException {
        Path p = write("big.txt", "x".repeat(101));
        Rejection r = onlyRejection(StatementSource.of(p, DEFAULTS.withMaxBytes(100)).readAll());
        assertEquals("statement is 101 bytes, over the limit of 100 bytes per statement (--max-bytes)", r.reason());
        onlyStatement(StatementSource.of(write("fits.txt", "x".repeat(100)), DEFAULTS.withMaxBytes(100)).readAll());
    }

    @Test
    void jsonStatementWithAllFields() throws IOException {
        Path p = write("one.json", """
                {"id": "gov-17", "source": "Ministry of Transport", "url": "https://example.org/17",
                 "headline": "Night trains", "body": "The minister said trains would run.",
                 "language": "en-IE", "published": "2026-01-20", "extra": [1, 2]}
                """);
        IncomingStatement s = onlyStatement(read(p));
        assertEquals("gov-17", s.id());
        assertEquals("Ministry of Transport", s.source());
        assertEquals("https://example.org/17", s.url());
        assertEquals("Night trains", s.headline());
        assertEquals("The minister said trains would run.", s.body());
        assertEquals("en-IE", s.language());
        assertEquals(LocalDate.of(2026, 1, 20), s.publishedDate());
        assertEquals(p + ":1", s.origin());
    }

    @Test
    void jsonAlternativeFieldNamesAndDefaults() throws IOException {
        IncomingStatement s = onlyStatement(read(write("alt.json",
                "{\"title\": \"T\", \"text\": \"date 2026-02-03 Some words.\", \"id\": 42}")));
        assertEquals("42", s.id());
        assertEquals("T", s.headline());
        assertEquals("en", s.language());
        assertEquals("alt.json", s.source());
        assertEquals(LocalDate.of(2026, 2, 3), s.publishedDate(), "date prefix inside the body counts");
        IncomingStatement t = onlyStatement(read(write("dt.json",
                "{\"body\": \"x\", \"date\": \"2026-02-03T23:30:00-05:00\"}")));
        assertEquals(LocalDate.of(2026, 2, 3), t.publishedDate(), "a date-time's date at its own offset");
    }

    @Test
    void jsonFieldProblemsAreRejectedWithTheField() throws IOException {
        assertEquals("missing field 'body' (or 'text') with the statement's text",
                onlyRejection(read(write("a.json", "{\"headline\": \"only a title\"}"))).reason());
        assertEquals("field 'body' must be a string, found a number",
                onlyRejection(read(write("b.json", "{\"body\": 12}"))).reason());
        assertEquals("empty statement: field 'body' is blank",
                onlyRejection(read(write("c.json", "{\"body\": \"  \\n \"}"))).reason());
        assertTrue(onlyRejection(read(write("d.json", "{\"body\": \"x\", \"published\": \"yesterday\"}")))
                .reason().startsWith("field 'published' is not an ISO date"));
        assertTrue(onlyRejection(read(write("e.json", "[{\"body\": \"x\"}]")))
                .reason().startsWith("expected one JSON object per statement, found an array"));
        assertTrue(onlyRejection(read(write("f.json", "{\"body\": \"x\"} {\"body\": \"y\"}")))
                .reason().startsWith("unparseable JSON"));
        assertEquals("field 'id' is 201 characters, over the limit of 200",
                onlyRejection(read(write("g.json", "{\"body\": \"x\", \"id\": \"" + "i".repeat(201) + "\"}"))).reason());
        assertEquals("field 'id' contains control characters",
                onlyRejection(read(write("h.json", "{\"body\": \"x\", \"id\": \"a\\u0000b\"}"))).reason());
        assertEquals("field 'id' must be a string or an integer, found an object",
                onlyRejection(read(write("i.json", "{\"body\": \"x\", \"id\": {}}"))).reason());
    }

    @Test
    void ndjsonBadLinesAreRejectedByLineAndTheOthersStillRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a\", \"body\": \"First.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"b\", \"body\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xE9, '"', '}', '\n'}); // Latin-1 é inside a JSON line
        bytes.writeBytes("\n{\"id\": \"c\", \"body\": \n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"d\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("{\"id\": \"e\", \"body\": \"" + "y".repeat(300) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"f\", \"body\": \"Last, no newline.\"}".getBytes(StandardCharsets.UTF_8));
        Path p = write("mixed.ndjson", bytes.toByteArray());

        List<ReadResult> results = StatementSource.of(p, DEFAULTS.withMaxBytes(200)).readAll();

        assertEquals(List.of(p + ":1", p + ":2", p + ":4", p + ":5", p + ":6", p + ":7"),
                results.stream().map(ReadResult::origin).toList(), "blank line 3 is a separator");
        assertEquals("a", ((ReadResult.Accepted) results.get(0)).statement().id());
        assertTrue(((ReadResult.Rejected) results.get(1)).rejection().reason().startsWith("not valid UTF-8"));
        assertTrue(((ReadResult.Rejected) results.get(2)).rejection().reason().startsWith("unparseable JSON"));
        assertTrue(((ReadResult.Rejected) results.get(3)).rejection().reason().startsWith("missing field 'body'"));
        assertTrue(((ReadResult.Rejected) results.get(4)).rejection().reason().contains("over the limit of 200"));
        IncomingStatement last = ((ReadResult.Accepted) results.get(5)).statement();
        assertEquals("Last, no newline.", last.body());
        assertEquals("mixed.ndjson", last.source());
    }

    @Test
    void unknownFileTypeIsRejectedNotIgnored() throws IOException {
        Rejection r = onlyRejection(read(write("notes.docx", "x")));
        assertTrue(r.reason().startsWith("not a statement file"), r.reason());
    }

    @Test
    void missingPathThrows() {
        assertThrows(NoSuchFileException.class, () -> StatementSource.of(dir.resolve("nope.txt"), DEFAULTS));
    }

    // --- folders ---

    @Test
    void folderIsReadRecursivelyInPathOrderSkippingHiddenFiles() throws IOException {
        write("b/2.txt", "Second folder.\n");
        write("a/z.json", "{\"body\": \"JSON in a.\"}");
        write("a/b.txt", "Text in a.\n");
        write("c.ndjson", "{\"body\": \"one\"}\n{\"body\": \"two\"}\n");
        write(".git/config", "not a statement");
        write("a/.DS_Store", "junk");
        write("a/empty.md", "");

        List<ReadResult> results = StatementSource.of(dir, DEFAULTS).readAll();

        assertEquals(List.of(
                        dir.resolve("a/b.txt") + ":1",
                        dir.resolve("a/empty.md") + ":1",
                        dir.resolve("a/z.json") + ":1",
                        dir.resolve("b/2.txt") + ":1",
                        dir.resolve("c.ndjson") + ":1",
                        dir.resolve("c.ndjson") + ":2"),
                results.stream().map(ReadResult::origin).toList());
        assertInstanceOf(ReadResult.Rejected.class, results.get(1));
        assertEquals(5, results.stream().filter(r -> r instanceof ReadResult.Accepted).count());
    }

    @Test
    void unreadableFileInAFolderIsRejectedAndTheOthersStillRead() throws IOException {
        Files.createDirectories(dir.resolve("u"));
        // a link whose target is gone: listed in the folder, fails when read (permissions would not, as root)
        Files.createSymbolicLink(dir.resolve("u/a-gone.txt"), dir.resolve("nowhere.txt"));
        write("u/b-open.txt", "Open.\n");
        List<ReadResult> results = StatementSource.of(dir.resolve("u"), DEFAULTS).readAll();
        assertEquals(2, results.size(), results::toString);
        Rejection r = ((ReadResult.Rejected) results.get(0)).rejection();
        assertEquals(dir.resolve("u/a-gone.txt") + ":1", r.origin());
        assertTrue(r.reason().startsWith("cannot read file"), r.reason());
        assertEquals("Open.\n", ((ReadResult.Accepted) results.get(1)).statement().body());
    }

    @Test
    void sourceOptionAppliesWhereTheInputNamesNone() throws IOException {
        write("x/plain.txt", "Text.\n");
        write("x/named.json", "{\"body\": \"b\", \"source\": \"Wire A\"}");
        List<ReadResult> results = StatementSource.of(dir.resolve("x"), DEFAULTS.withSource("Press office")).readAll();
        assertEquals("Wire A", ((ReadResult.Accepted) results.get(0)).statement().source());
        assertEquals("Press office", ((ReadResult.Accepted) results.get(1)).statement().source());
    }

    @Test
    void theProjectSamplesAllReadWithDatesAndHeadlines() throws IOException {
        Path samples = samples();
        List<ReadResult> results = StatementSource.of(samples, DEFAULTS).readAll();
        assertTrue(results.size() >= 12, "samples: " + results.size());
        for (ReadResult r : results) {
            IncomingStatement s = assertInstanceOf(ReadResult.Accepted.class, r, r::toString).statement();
            assertNotNull(s.publishedDate(), s.origin());
            assertNotNull(s.headline(), s.origin());
            assertTrue(s.body().length() > 1000 && s.sizeBytes() <= 3 * 1024, s.origin() + " " + s.sizeBytes());
        }
    }

    // --- stdin ---

    private static List<ReadResult> stdin(String text) throws IOException {
        return stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ReadResult> stdin(byte[] bytes) throws IOException {
        return StatementSource.of(new ByteArrayInputStream(bytes), "stdin", DEFAULTS).readAll();
    }

    @Test
    void stdinRawTextIsSniffed() throws IOException {
        IncomingStatement s = onlyStatement(stdin("date 2026-07-08 Heat alert\n\nThe agency said {it} was hot.\n"));
        assertEquals("stdin:1", s.origin());
        assertEquals("stdin", s.source());
        assertEquals("Heat alert", s.headline());
        assertEquals(LocalDate.of(2026, 7, 8), s.publishedDate());
    }

    @Test
    void stdinNdjsonIsSniffed() throws IOException {
        List<ReadResult> results = stdin("\n{\"body\": \"one\"}\n{\"body\": \"two\"}\n{oops\n");
        assertEquals(List.of("stdin:2", "stdin:3", "stdin:4"), results.stream().map(ReadResult::origin).toList());
        assertInstanceOf(ReadResult.Rejected.class, results.get(2));
    }

    @Test
    void stdinPrettyPrintedJsonIsOneStatement() throws IOException {
        IncomingStatement s = onlyStatement(stdin("{\n  \"headline\": \"H\",\n  \"body\": \"Pretty.\"\n}\n"));
        assertEquals("Pretty.", s.body());
        assertNull(s.id());
    }

    @Test
    void stdinEmptyAndNotUtf8AreRejected() throws IOException {
        assertTrue(onlyRejection(stdin("")).reason().startsWith("empty statement"));
        Rejection r = onlyRejection(stdin(new byte[] {'H', 'i', ' ', (byte) 0xFF}));
        assertEquals("stdin:1", r.origin());
        assertTrue(r.reason().startsWith("not valid UTF-8"));
    }

    @Test
    void stdinOverTheLimitIsRejected() throws IOException {
        List<ReadResult> results = StatementSource.of(new ByteArrayInputStream("z".repeat(5000).getBytes()),
                "stdin", DEFAULTS.withMaxBytes(1000)).readAll();
        assertTrue(onlyRejection(results).reason().contains("more than 1000 bytes"));
    }
}
