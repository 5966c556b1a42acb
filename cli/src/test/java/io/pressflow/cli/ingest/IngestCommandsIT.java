package io.pressflow.cli.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.pressflow.cli.Main;
import io.pressflow.embedded.LocalStack;
import io.pressflow.schemas.PressTopics;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve}, {@code poll} and {@code watch} as the CLI runs them: against one real local stack
 * given as an external cluster (--bootstrap-servers, --schema-registry-url), and once --embedded.
 */
class IngestCommandsIT {
    @TempDir
    static Path dir;

    static LocalStack stack;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(new LocalStack.Options(dir.resolve("stack"), null,
                List.of(new NewTopic(PressTopics.RAW, PressTopics.DEFAULT_PARTITIONS, (short) 1))));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    /** Runs a command; returns exit code, stdout and stderr. */
    record Run(int code, String out, String err) {}

    static Run run(StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String[] external(String dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", stack.bootstrapServers(), "--schema-registry-url", stack.schemaRegistryUrl(),
                "--data-dir", dir.resolve(dataDir).toString()));
        return all.toArray(String[]::new);
    }

    /** How many records each key has on the raw topic. */
    static Map<String, Integer> keysOnTopic(String bootstrap) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(PressTopics.RAW).stream().map(p -> new TopicPartition(PressTopics.RAW, p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && !end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                c.poll(Duration.ofMillis(200)).forEach(r -> counts.merge(r.key(), 1, Integer::sum));
            }
        }
        return counts;
    }

    @Test
    void watchOncePublishesAndSortsTheFilesAndASecondRunFindsNothing() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(drop.resolve("a.json"), "{\"id\": \"cli-watch-1\", \"body\": \"The council approved the budget.\"}");
        Files.writeString(drop.resolve("b.json"), "{\"id\": \"cli-watch-2\"}");
        Run first = run(new StringWriter(), external("data-watch", "watch", drop.toString(), "--once", "--settle-ms", "200"));
        assertEquals(2, first.code(), first.err());
        assertTrue(Files.exists(drop.resolve("done/a.json")));
        assertTrue(Files.readString(drop.resolve("failed/b.json.reason.txt")).contains("'body'"));
        Run second = run(new StringWriter(), external("data-watch", "watch", drop.toString(), "--once", "--settle-ms", "200"));
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("0 file(s) done, 0 failed"), second.err());
        assertEquals(1, keysOnTopic(stack.bootstrapServers()).get("cli-watch-1"));
    }

    @Test
    void pollOncePublishesEachItemOnceAcrossRuns() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>County Press Office</title><link>https://county.example/</link>
                  <item><guid>https://county.example/p/cli-1</guid><title>Libraries</title>
                    <description>&lt;p&gt;The county libraries open on Sundays from May.&lt;/p&gt;</description></item>
                  <item><guid>https://county.example/p/cli-2</guid><title>Buses</title>
                    <description>Two new bus routes start in June.</description></item>
                </channel></rss>
                """;
        HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        feed.createContext("/feed.xml", ex -> {
            try (ex) {
                byte[] b = rss.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, b.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(b);
                }
            }
        });
        feed.start();
        try {
            String url = "http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml";
            Run first = run(new StringWriter(), external("data-poll", "poll", url, "--once"));
            assertEquals(0, first.code(), first.err());
            assertTrue(first.out().contains("https://county.example/p/cli-1 -> "), first.out());
            Run second = run(new StringWriter(), external("data-poll", "poll", url, "--once"));
            assertEquals(0, second.code(), second.err());
            assertTrue(second.err().contains("published=0, seen=2"), second.err());
            Map<String, Integer> keys = keysOnTopic(stack.bootstrapServers());
            assertEquals(1, keys.get("https://county.example/p/cli-1"));
            assertEquals(1, keys.get("https://county.example/p/cli-2"));
        } finally {
            feed.stop(0);
        }
    }

    @Test
    void serveAnswers202AfterTheAcknowledgementAndRefusesToRunWithoutTokens() throws Exception {
        Run noTokens = run(new StringWriter(), external("data-serve-none", "serve", "--http-port", "0"));
        assertEquals(1, noTokens.code());
        assertTrue(noTokens.err().contains("no ingest tokens"), noTokens.err());

        Path tokens = Files.writeString(dir.resolve("tokens.txt"), "# test\ncli-token\n");
        StringWriter out = new StringWriter();
        CompletableFuture<Run> serving = CompletableFuture.supplyAsync(() -> run(out,
                external("data-serve", "serve", "--http-port", "0", "--token-file", tokens.toString(), "--run-seconds", "8")));
        Pattern listening = Pattern.compile("listening on (http://[0-9.:]+)");
        Matcher m = listening.matcher("");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !(m = listening.matcher(out.toString())).find()) {
            assertTrue(!serving.isDone(), () -> "serve ended early: " + serving.join());
            Thread.sleep(50);
        }
        String base = m.group(1);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/statements"))
                .header("Authorization", "Bearer cli-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"cli-serve-1\", \"body\": \"The ferry runs again.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/statements"))
                .header("Authorization", "Bearer wrong").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\": \"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, denied.statusCode());
        assertEquals(0, serving.get(60, TimeUnit.SECONDS).code());
        assertEquals(1, keysOnTopic(stack.bootstrapServers()).get("cli-serve-1"));
    }

    @Test
    void watchRunsOnTheEmbeddedStackToo() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop-embedded"));
        Files.writeString(drop.resolve("note.txt"), "The embedded stack took this statement.\n");
        Run r = run(new StringWriter(), "watch", drop.toString(), "--once", "--embedded", "--settle-ms", "100",
                "--data-dir", dir.resolve("data-embedded").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(drop.resolve("done/note.txt")));
        assertTrue(r.out().contains("note.txt -> done/ (1 published"), r.out());
    }
}
