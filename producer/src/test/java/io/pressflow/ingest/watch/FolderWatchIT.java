package io.pressflow.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.LocalStack;
import io.pressflow.ingest.TopicRecords;
import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.ingest.read.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop-folder surface against the real embedded broker and registry. */
class FolderWatchIT {
    private static final String TOPIC = "it.watch";
    private static final Duration SETTLE = Duration.ofMillis(400);

    @TempDir
    static Path dir;

    static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(new LocalStack.Options(dir.resolve("stack"), null, List.of(new NewTopic(TOPIC, 3, (short) 1))));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    /** One watcher "process" with its own publisher and accepted log. */
    record Watching(FolderWatcher watcher, StatementPublisher publisher, AcceptedLog log) implements AutoCloseable {
        static Watching open(Path drop, Path acceptedFile, StringWriter out) throws IOException {
            return open(drop, acceptedFile, out, SETTLE);
        }

        static Watching open(Path drop, Path acceptedFile, StringWriter out, Duration settle) throws IOException {
            StatementPublisher publisher = new StatementPublisher(
                    PublisherConfig.of(stack.bootstrapServers(), stack.schemaRegistryUrl()).withTopic(TOPIC));
            AcceptedLog log = AcceptedLog.open(acceptedFile);
            FolderWatcher w = new FolderWatcher(drop, new Ingestor(publisher, log), ReadOptions.defaults(), settle,
                    Duration.ofSeconds(60), new PrintWriter(out, true));
            return new Watching(w, publisher, log);
        }

        @Override
        public void close() throws IOException {
            publisher.close();
            log.close();
        }
    }

    static List<ConsumerRecord<String, PressStatement>> topic() {
        return TopicRecords.readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), TOPIC);
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesGoToDoneOrFailedWithAReasonAndARestartRepublishesNothing() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop-a"));
        Files.writeString(drop.resolve("bridge.txt"), "date 2026-06-01\nBridge reopens\n\nThe river bridge reopens to traffic on Monday.\n");
        Files.writeString(drop.resolve("two.ndjson"), "{\"id\": \"watch-a-1\", \"body\": \"The museum extends its opening hours.\"}\n"
                + "{\"id\": \"watch-a-2\", \"body\": \"The zoo welcomes two new otters.\"}\n");
        Files.writeString(drop.resolve("nobody.json"), "{\"id\": \"watch-a-3\", \"headline\": \"No text\"}");
        Files.writeString(drop.resolve("mixed.ndjson"), "{\"id\": \"watch-a-4\", \"body\": \"The market moves to the square.\"}\n"
                + "not json at all\n");
        Files.writeString(drop.resolve("scan.pdf"), "%PDF-1.4");
        Files.writeString(drop.resolve(".draft.txt"), "Hidden drafts are not statements yet.");
        Files.writeString(drop.resolve("incoming.tmp"), "A copy still in progress.");
        Path accepted = dir.resolve("accepted-a.tsv");
        StringWriter out = new StringWriter();

        try (Watching w = Watching.open(drop, accepted, out)) {
            List<FolderWatcher.Outcome> outcomes = w.watcher().processExisting();
            assertEquals(5, outcomes.size(), out.toString());
        }
        assertEquals(List.of("bridge.txt", "two.ndjson"), names(drop.resolve("done")));
        assertEquals(List.of("mixed.ndjson", "mixed.ndjson.reason.txt", "nobody.json", "nobody.json.reason.txt",
                "scan.pdf", "scan.pdf.reason.txt"), names(drop.resolve("failed")));
        assertTrue(Files.readString(drop.resolve("failed/nobody.json.reason.txt")).contains("'body'"));
        String mixedReason = Files.readString(drop.resolve("failed/mixed.ndjson.reason.txt"));
        assertTrue(mixedReason.contains(":2") && mixedReason.contains("unparseable JSON"), mixedReason);
        assertTrue(mixedReason.contains("watch-a-4"), "the reason says which statements did go out: " + mixedReason);
        assertTrue(Files.exists(drop.resolve(".draft.txt")) && Files.exists(drop.resolve("incoming.tmp")), "left alone");

        List<ConsumerRecord<String, PressStatement>> before = topic();
        for (String id : List.of("watch-a-1", "watch-a-2", "watch-a-4")) {
            assertEquals(1, TopicRecords.countKey(before, id), id);
        }
        assertEquals(0, TopicRecords.countKey(before, "watch-a-3"));
        assertTrue(before.stream().anyMatch(r -> "Bridge reopens".equals(r.value().getHeadline())));

        // restart: done files are not read again; the same statement dropped again is not produced again
        Files.copy(drop.resolve("done/two.ndjson"), drop.resolve("two-again.ndjson"));
        try (Watching w = Watching.open(drop, accepted, new StringWriter())) {
            List<FolderWatcher.Outcome> outcomes = w.watcher().processExisting();
            assertEquals(1, outcomes.size());
            assertEquals(0, outcomes.get(0).published());
            assertEquals(2, outcomes.get(0).duplicates());
        }
        assertEquals(List.of("bridge.txt", "two-again.ndjson", "two.ndjson"), names(drop.resolve("done")));
        assertEquals(before.size(), topic().size(), "nothing republished");
    }

    @Test
    void theWatcherWaitsForAFileToBeCompleteAndTakesAtomicRenames() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop-b"));
        AtomicBoolean keepGoing = new AtomicBoolean(true);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        // a long settle against short pauses of the writer: a loaded machine's late wake-ups stay well inside it
        Duration settle = Duration.ofMillis(1200);
        try (Watching w = Watching.open(drop, dir.resolve("accepted-b.tsv"), new StringWriter(), settle)) {
            Future<?> running = runner.submit(() -> {
                w.watcher().run(keepGoing::get);
                return null;
            });
            // a slow writer: the folder event comes with the first bytes; taking the file then would read half of it
            Path slow = drop.resolve("slow.json");
            try (Writer writer = Files.newBufferedWriter(slow, StandardCharsets.UTF_8)) {
                writer.write("{\"id\": \"watch-b-slow\", \"body\": \"The first half of the statement");
                writer.flush();
                Thread.sleep(settle.toMillis() / 4);
                writer.write(" and");
                writer.flush();
                Thread.sleep(settle.toMillis() / 4);
                writer.write(" its second half.\"}");
            }
            Path tmp = drop.resolve("renamed.json.tmp");
            Files.writeString(tmp, "{\"id\": \"watch-b-renamed\", \"body\": \"Written elsewhere, renamed in.\"}");
            Files.move(tmp, drop.resolve("renamed.json"), StandardCopyOption.ATOMIC_MOVE);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (names(drop.resolve("done")).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            keepGoing.set(false);
            running.get(10, TimeUnit.SECONDS);
        } finally {
            runner.shutdownNow();
        }
        assertEquals(List.of("renamed.json", "slow.json"), names(drop.resolve("done")));
        assertEquals(List.of(), names(drop.resolve("failed")));
        List<ConsumerRecord<String, PressStatement>> records = topic();
        assertEquals(1, TopicRecords.countKey(records, "watch-b-slow"));
        String body = records.stream().filter(r -> r.key().equals("watch-b-slow")).findFirst().orElseThrow().value().getBody();
        assertTrue(body.endsWith("its second half."), body);
        assertFalse(names(drop).contains("slow.json"));
    }
}
