package io.pressflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.LocalStack;
import io.pressflow.ingest.identity.StatementIdentity;
import io.pressflow.ingest.publish.Delivery;
import io.pressflow.ingest.publish.PublishSummary;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.read.StatementSource;
import io.pressflow.registry.AvroDeserializer;
import io.pressflow.registry.RegistryConfig;
import io.pressflow.schemas.PressTopics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The producer against a real single-node KRaft broker and the real schema registry (Apicurio,
 * Confluent API), read back with the project's Confluent wire-format deserializer.
 */
class PublishIT {
    private static final String SAMPLES_TOPIC = "it.samples";
    private static final String MIXED_TOPIC = "it.mixed";
    private static final String STDIN_TOPIC = "it.stdin";
    private static final String BULK_TOPIC = "it.bulk";

    @TempDir
    static Path dataDir;

    static LocalStack stack;

    @BeforeAll
    static void startStack() {
        List<NewTopic> topics = Stream.of(PressTopics.RAW, SAMPLES_TOPIC, MIXED_TOPIC, STDIN_TOPIC, BULK_TOPIC)
                .map(t -> new NewTopic(t, PressTopics.DEFAULT_PARTITIONS, (short) 1))
                .toList();
        stack = LocalStack.start(new LocalStack.Options(dataDir.resolve("stack"), null, topics));
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    static Path samples() {
        Path here = Path.of("").toAbsolutePath();
        Path samples = here.resolveSibling("samples").resolve("statements");
        return Files.isDirectory(samples) ? samples : here.resolve("samples").resolve("statements");
    }

    private static PublisherConfig config(String topic) {
        return PublisherConfig.of(stack.bootstrapServers(), stack.schemaRegistryUrl()).withTopic(topic);
    }

    private static <V> List<ConsumerRecord<String, V>> consumeAll(String topic, Deserializer<V> values, int expected) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // one more poll: anything beyond the expected count is a bug this test must see
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static AvroDeserializer<PressStatement> deserializer() {
        AvroDeserializer<PressStatement> d = new AvroDeserializer<>();
        d.configure(Map.of(RegistryConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(),
                RegistryConfig.SPECIFIC_AVRO_READER, "true"), false);
        return d;
    }

    @Test
    void samplesArriveKeyedByIdAndReadBackWithTheRegistry() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(samples())) {
            files = s.sorted().toList();
        }
        PublishSummary summary;
        try (StatementPublisher publisher = new StatementPublisher(config(SAMPLES_TOPIC))) {
            summary = publisher.publish(StatementSource.of(samples(), ReadOptions.defaults()));
        }
        assertEquals(files.size(), summary.sent(), summary::toString);
        assertTrue(summary.allDelivered(), summary::toString);

        List<ConsumerRecord<String, PressStatement>> records = consumeAll(SAMPLES_TOPIC, deserializer(), files.size());
        assertEquals(files.size(), records.size());
        Map<String, ConsumerRecord<String, PressStatement>> byKey = records.stream()
                .collect(Collectors.toMap(ConsumerRecord::key, r -> r));
        for (int i = 0; i < files.size(); i++) {
            Delivery d = summary.delivered().get(i);
            assertEquals(files.get(i).toString() + ":1", d.origin(), "deliveries in input order");
            ConsumerRecord<String, PressStatement> r = byKey.get(d.id());
            assertNotNull(r, "no record with key " + d.id());
            assertEquals(d.partition(), r.partition());
            assertEquals(d.offset(), r.offset());

            PressStatement s = r.value();
            String text = Files.readString(files.get(i));
            assertEquals(d.id(), s.getId());
            assertEquals(text, s.getBody(), "body as received, date prefix kept");
            assertEquals(LocalDate.parse(text.substring(5, 15)), s.getPublishedDate());
            assertEquals(files.get(i).getFileName().toString(), s.getSource());
            assertEquals("en", s.getLanguage());
            assertNull(s.getUrl());
            assertNotNull(s.getHeadline());
            assertTrue(text.startsWith("date " + s.getPublishedDate() + " " + s.getHeadline() + "\n"), s.getHeadline());
            assertEquals(StatementIdentity.contentHash(s.getHeadline(), text), s.getContentHash());
            assertEquals(StatementIdentity.derivedId(s.getContentHash()), s.getId());
        }

        // on the wire: Confluent framing, magic byte 0 then a 4-byte schema id the registry knows
        List<ConsumerRecord<String, byte[]>> raw = consumeAll(SAMPLES_TOPIC, new ByteArrayDeserializer(), files.size());
        Set<Integer> schemaIds = new TreeSet<>();
        for (ConsumerRecord<String, byte[]> r : raw) {
            assertEquals(0, r.value()[0]);
            schemaIds.add(ByteBuffer.wrap(r.value(), 1, 4).getInt());
        }
        assertEquals(1, schemaIds.size(), "one schema for all statements: " + schemaIds);
    }

    @Test
    void republishingTheSameStatementsGivesTheSameKeys() throws IOException {
        List<String> first;
        List<String> second;
        try (StatementPublisher publisher = new StatementPublisher(config(PressTopics.RAW))) {
            first = publisher.publish(StatementSource.of(samples(), ReadOptions.defaults()))
                    .delivered().stream().map(Delivery::id).toList();
            second = publisher.publish(StatementSource.of(samples(), ReadOptions.defaults()))
                    .delivered().stream().map(Delivery::id).toList();
        }
        assertEquals(first, second);
        assertEquals(first.size(), Set.copyOf(first).size(), "every sample has its own id");

        List<ConsumerRecord<String, PressStatement>> records = consumeAll(PressTopics.RAW, deserializer(), 2 * first.size());
        assertEquals(2 * first.size(), records.size());
        // same key, same partition: a compacted or deduplicating consumer sees each statement once
        Map<String, Set<Integer>> partitionsByKey = records.stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, Collectors.mapping(ConsumerRecord::partition, Collectors.toSet())));
        assertEquals(Set.copyOf(first), partitionsByKey.keySet());
        partitionsByKey.forEach((k, p) -> assertEquals(1, p.size(), k + " landed on " + p));
    }

    private static Path bad(String name) throws URISyntaxException {
        return Path.of(PublishIT.class.getResource("/bad/" + name).toURI());
    }

    private record CommandRun(int exit, List<String> out, List<String> err) {}

    private static CommandRun runCommand(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new PublishCommand(new ByteArrayInputStream(stdin)));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of(
                        "--bootstrap-servers", stack.bootstrapServers(),
                        "--schema-registry-url", stack.schemaRegistryUrl()), Arrays.stream(args))
                .toArray(String[]::new);
        int exit = cmd.execute(all);
        return new CommandRun(exit, out.toString().lines().toList(), err.toString().lines().toList());
    }

    @Test
    void mixedInputThroughTheCommandGoodOnesAllArriveBadOnesReported() throws Exception {
        Path in = dataDir.resolve("mixed");
        Files.createDirectories(in.resolve("wire"));
        Files.copy(samples().resolve("06-football-match-report.txt"), in.resolve("a-good.txt"));
        Files.copy(bad("empty.txt"), in.resolve("b-empty.txt"));
        Files.copy(bad("broken.json"), in.resolve("c-broken.json"));
        Files.copy(bad("latin1-not-utf8.txt"), in.resolve("d-latin1.txt"));
        Files.writeString(in.resolve("e-good.json"), """
                {"id": "ministry-2026-031", "source": "Ministry of Finance", "headline": "Budget outline",
                 "body": "The minister said that the outline would be published on Friday.", "published": "2026-03-09"}
                """);
        Files.write(in.resolve("f-too-big.txt"), "All words. ".repeat(200).getBytes(StandardCharsets.UTF_8));
        Files.writeString(in.resolve("wire/g-feed.ndjson"), String.join("\n",
                "{\"id\": \"wire-1\", \"body\": \"\\u201cWe are ready,\\u201d the spokesperson said.\"}",
                "{\"id\": \"wire-2\", \"headline\": \"no body\"}",
                "{\"id\": \"wire-3\", \"body\": \"The agency said the alert would stay in place.\", \"url\": \"https://example.org/w3\"}",
                "{\"id\": \"wire-4\", \"body\": "));

        CommandRun run = runCommand(new byte[0], "--input", in.toString(), "--topic", MIXED_TOPIC,
                "--source", "newsroom-test", "--max-bytes", "2000");

        assertEquals(PublishCommand.SOME_REJECTED, run.exit(), () -> String.join("\n", run.err()));
        // stdout: one "id -> partition@offset" line per acknowledged statement, in input order
        assertEquals(4, run.out().size(), run.out()::toString);
        List<String> ids = run.out().stream().map(l -> l.substring(0, l.indexOf(" -> "))).toList();
        assertTrue(ids.get(0).matches("st-[0-9a-f]{16}"), ids.get(0));
        assertEquals(List.of("ministry-2026-031", "wire-1", "wire-3"), ids.subList(1, 4));
        run.out().forEach(l -> assertTrue(l.matches("\\S+ -> \\d+@\\d+"), l));

        // stderr: every bad input by file and line, then the counts
        String err = String.join("\n", run.err());
        for (String origin : List.of(in.resolve("b-empty.txt") + ":1", in.resolve("c-broken.json") + ":",
                in.resolve("d-latin1.txt") + ":3", in.resolve("f-too-big.txt") + ":1",
                in.resolve("wire/g-feed.ndjson") + ":2", in.resolve("wire/g-feed.ndjson") + ":4")) {
            assertTrue(err.contains("rejected " + origin), "missing " + origin + " in\n" + err);
        }
        assertEquals(6, run.err().stream().filter(l -> l.startsWith("rejected ")).count(), err);
        assertTrue(err.contains("publish: sent=4 rejected=6 failed=0"), err);

        List<ConsumerRecord<String, PressStatement>> records = consumeAll(MIXED_TOPIC, deserializer(), 4);
        Map<String, PressStatement> byKey = records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
        assertEquals(Set.copyOf(ids), byKey.keySet());
        assertEquals(4, records.size());
        assertEquals("Ministry of Finance", byKey.get("ministry-2026-031").getSource());
        assertEquals(LocalDate.of(2026, 3, 9), byKey.get("ministry-2026-031").getPublishedDate());
        assertEquals("newsroom-test", byKey.get("wire-1").getSource(), "--source fills in where the input names none");
        assertEquals("\u201cWe are ready,\u201d the spokesperson said.", byKey.get("wire-1").getBody());
        assertEquals("https://example.org/w3", byKey.get("wire-3").getUrl());
        assertEquals("newsroom-test", byKey.get(ids.get(0)).getSource());
    }

    @Test
    void stdinThroughTheCommand() {
        byte[] ndjson = ("{\"id\": \"s-1\", \"body\": \"First.\"}\n{\"id\": \"s-2\", \"body\": \"Second.\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        CommandRun run = runCommand(ndjson, "--topic", STDIN_TOPIC);
        assertEquals(PublishCommand.OK, run.exit(), () -> String.join("\n", run.err()));
        assertEquals(2, run.out().size());
        List<ConsumerRecord<String, PressStatement>> records = consumeAll(STDIN_TOPIC, deserializer(), 2);
        assertEquals(Set.of("s-1", "s-2"), records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        records.forEach(r -> assertEquals("stdin", r.value().getSource()));
    }

    @Test
    void bulkNdjsonBeyondTheInFlightWindowAllArrivesInOrder() throws IOException {
        int n = 5000; // more than StatementPublisher.MAX_PENDING, so the reader waits on acknowledgements
        Path file = dataDir.resolve("bulk.ndjson");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String body = ("Statement " + i + ". The ministry said on Tuesday that talks with the union would "
                    + "resume next week, and the spokesperson described them as \\\"constructive\\\". ").repeat(8);
            sb.append("{\"body\": \"").append(body).append("\", \"published\": \"2026-03-0").append(1 + i % 9).append("\"}\n");
        }
        Files.writeString(file, sb);
        long bytes = Files.size(file);

        long start = System.nanoTime();
        PublishSummary summary;
        try (StatementPublisher publisher = new StatementPublisher(config(BULK_TOPIC))) {
            summary = publisher.publish(StatementSource.of(file, ReadOptions.defaults()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("PublishIT bulk: %d statements, %.1f MB in %.2f s: %.0f statements/s, %.1f MB/s (acks=all, lz4)%n",
                n, bytes / 1e6, seconds, n / seconds, bytes / 1e6 / seconds);

        assertEquals(n, summary.sent(), summary::toString);
        for (int i = 0; i < n; i++) {
            assertEquals(file + ":" + (i + 1), summary.delivered().get(i).origin(), "input order");
        }
        Map<Integer, List<Long>> offsetsByPartition = summary.delivered().stream().collect(Collectors.groupingBy(
                Delivery::partition, Collectors.mapping(Delivery::offset, Collectors.toList())));
        offsetsByPartition.forEach((p, offsets) -> {
            for (int i = 0; i < offsets.size(); i++) {
                assertEquals((long) i, offsets.get(i), "partition " + p + ": no gaps, no duplicates");
            }
        });
        assertEquals(n, consumeAll(BULK_TOPIC, new ByteArrayDeserializer(), n).size());
    }
}
