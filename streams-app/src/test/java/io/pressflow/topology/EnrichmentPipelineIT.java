package io.pressflow.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.avro.TopicTagEvent;
import io.pressflow.embedded.LocalStack;
import io.pressflow.embedded.RegistryProcess;
import io.pressflow.extract.Extractor;
import io.pressflow.registry.AvroDeserializer;
import io.pressflow.registry.AvroSerializer;
import io.pressflow.schemas.PressTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole topology on a real KRaft broker and a real schema registry: statements published in the
 * Confluent wire format come out enriched on every output topic, decoded through the registry; a
 * malformed record is dead-lettered with its reason while the rest flow on.
 */
class EnrichmentPipelineIT {
    @TempDir
    static Path dir;

    static LocalStack stack;
    static StreamsApp app;
    static Map<String, Object> registry;

    @BeforeAll
    static void start() throws Exception {
        List<NewTopic> topics = PressTopics.all().stream()
                .map(t -> new NewTopic(t.name(), Optional.of(t.partitions()), Optional.of((short) 1)).configs(t.configs()))
                .toList();
        stack = LocalStack.start(new LocalStack.Options(dir.resolve("stack"), RegistryProcess.defaultHome(), topics));
        StreamsAppConfig config = StreamsAppConfig.local(stack.bootstrapServers(), stack.schemaRegistryUrl(), dir.resolve("streams"));
        registry = config.registryConfigs();
        app = new StreamsApp(config, new Extractor()).start();
        app.awaitRunning(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    static PressStatement statement(String id, String body) {
        return PressStatement.newBuilder()
                .setId(id)
                .setSource("it-desk")
                .setHeadline("Test statement " + id)
                .setBody(body)
                .setLanguage("en")
                .setPublishedDate(LocalDate.of(2026, 4, 14))
                .setReceivedAt(Instant.now())
                .setContentHash(Integer.toHexString(body.hashCode()) + id)
                .build();
    }

    private static final String[] BODIES = {
        "The Ministry of Fisheries said on Monday it would close the northern banks to trawlers for six weeks. "
                + "\"Stocks need time to recover,\" Fisheries Minister Lena Sorensen told reporters in Bergen.",
        "Coach Daniel Mbeki praised his side after the 3-1 league win. \"We defended as a team and scored when it mattered,\" "
                + "Mbeki said after the match.\n\n\"The supporters carried us,\" he added.",
        "Central bank governor Ivo Petrov said inflation was easing and that interest rates would stay at 4 percent. "
                + "\"We are not yet done,\" Petrov said at a news conference in Sofia."
    };

    @Test
    void statementsFlowToEveryOutputTopicAndBadRecordsAreDeadLettered() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, PressStatement> producer = new KafkaProducer<>(producerConfig, new StringSerializer(), serializer());
                KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
            // a poison pill first: it must not stop the statements behind it
            raw.send(new ProducerRecord<>(PressTopics.RAW, ("poison-" + run).getBytes(StandardCharsets.UTF_8),
                    new byte[] {0, 0, 0, 0x7f, 0x11, 1, 2, 3})).get();
            for (int i = 0; i < BODIES.length; i++) {
                String id = "it-" + run + "-" + i;
                ids.add(id);
                producer.send(new ProducerRecord<>(PressTopics.RAW, id, statement(id, BODIES[i]))).get();
            }
            // decodes fine but has nothing to enrich: dead-lettered by the processing handler
            producer.send(new ProducerRecord<>(PressTopics.RAW, "empty-" + run, statement("empty-" + run, " "))).get();
        }

        List<ConsumerRecord<String, EnrichedStatement>> enriched = readUntil(PressTopics.ENRICHED,
                deserializer(EnrichedStatement.class), r -> ids.contains(r.key()), ids.size());
        Set<String> got = new HashSet<>();
        int quoteCount = 0;
        int topicCount = 0;
        for (ConsumerRecord<String, EnrichedStatement> r : enriched) {
            EnrichedStatement e = r.value();
            got.add(r.key());
            assertEquals(r.key(), e.getStatement().getId());
            assertEquals(PressTopics.RAW, e.getSourceTopic());
            assertEquals(Extractor.VERSION, e.getExtractorVersion());
            assertFalse(e.getQuotes().isEmpty(), "every fixture has a direct quote: " + e.getStatement().getBody());
            quoteCount += e.getQuotes().size();
            topicCount += e.getTopics().size();
        }
        assertEquals(Set.copyOf(ids), got);

        List<ConsumerRecord<String, QuoteEvent>> quotes = readUntil(PressTopics.QUOTES,
                deserializer(QuoteEvent.class), r -> ids.contains(r.value().getStatementId()), quoteCount);
        assertEquals(quoteCount, quotes.size());
        for (ConsumerRecord<String, QuoteEvent> q : quotes) {
            assertEquals(q.value().getSpeakerId() == null ? StatementMapping.UNKNOWN_SPEAKER : q.value().getSpeakerId(), q.key());
        }
        assertTrue(quotes.stream().anyMatch(q -> "Lena Sorensen".equals(q.value().getSpeaker())),
                "the minister's quote is attributed to her full name");

        if (topicCount > 0) {
            List<ConsumerRecord<String, TopicTagEvent>> tags = readUntil(PressTopics.TOPIC_TAGS,
                    deserializer(TopicTagEvent.class), r -> ids.contains(r.value().getStatementId()), topicCount);
            assertEquals(topicCount, tags.size());
            tags.forEach(t -> assertEquals(t.value().getCode(), t.key()));
        }

        List<ConsumerRecord<byte[], byte[]>> dead = readUntil(PressTopics.DLQ, new ByteArrayDeserializer(),
                r -> new String(r.key(), StandardCharsets.UTF_8).endsWith(run), 2);
        Map<String, ConsumerRecord<byte[], byte[]>> byKey = new HashMap<>();
        dead.forEach(r -> byKey.put(new String(r.key(), StandardCharsets.UTF_8), r));
        ConsumerRecord<byte[], byte[]> poison = byKey.get("poison-" + run);
        assertNotNull(poison, "the poison pill is dead-lettered");
        assertNotNull(header(poison, "__streams.errors.exception"));
        assertNotNull(header(poison, "__streams.errors.message"));
        assertEquals(PressTopics.RAW, header(poison, "__streams.errors.topic"));
        ConsumerRecord<byte[], byte[]> empty = byKey.get("empty-" + run);
        assertNotNull(empty, "the empty statement is dead-lettered");
        assertTrue(header(empty, "__streams.errors.message").contains("body is empty"));
    }

    private static AvroSerializer<PressStatement> serializer() {
        AvroSerializer<PressStatement> s = new AvroSerializer<>();
        s.configure(registry, false);
        return s;
    }

    private static <T extends org.apache.avro.specific.SpecificRecord> Deserializer<T> deserializer(Class<T> type) {
        AvroDeserializer<T> d = new AvroDeserializer<>(type);
        d.configure(registry, false);
        return d;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Reads the topic with read_committed until {@code count} wanted records arrived (or 60 s passed). */
    @SuppressWarnings("unchecked")
    private static <K, V> List<ConsumerRecord<K, V>> readUntil(String topic, Deserializer<V> values,
            java.util.function.Predicate<ConsumerRecord<K, V>> wanted, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Deserializer<K> keys = (Deserializer<K>) (topic.equals(PressTopics.DLQ) ? new ByteArrayDeserializer() : new StringDeserializer());
        List<ConsumerRecord<K, V>> out = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(p, keys, values)) {
            consumer.subscribe(List.of(topic));
            while (out.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<K, V> r : consumer.poll(Duration.ofMillis(250))) {
                    if (wanted.test(r)) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }
}
