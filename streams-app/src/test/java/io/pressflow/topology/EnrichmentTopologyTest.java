package io.pressflow.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.avro.TopicTagEvent;
import io.pressflow.extract.Extractor;
import io.pressflow.schemas.PressTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentTopologyTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, PressStatement> raw;
    private TestInputTopic<byte[], byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedStatement> enriched;
    private TestOutputTopic<String, QuoteEvent> quotes;
    private TestOutputTopic<String, TopicTagEvent> tags;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        TopologySerdes serdes = new TopologySerdes(
                new PlainAvroSerde<>(PressStatement.class), new PlainAvroSerde<>(EnrichedStatement.class),
                new PlainAvroSerde<>(QuoteEvent.class), new PlainAvroSerde<>(TopicTagEvent.class));
        Properties props = StreamsAppConfig.local("dummy:9092", "http://unused", stateDir).streamsProperties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(EnrichmentTopology.build(serdes, EXTRACTOR, props), props);
        raw = driver.createInputTopic(PressTopics.RAW, new StringSerializer(), serdes.statement().serializer());
        rawBytes = driver.createInputTopic(PressTopics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(PressTopics.ENRICHED, new StringDeserializer(), serdes.enriched().deserializer());
        quotes = driver.createOutputTopic(PressTopics.QUOTES, new StringDeserializer(), serdes.quote().deserializer());
        tags = driver.createOutputTopic(PressTopics.TOPIC_TAGS, new StringDeserializer(), serdes.topicTag().deserializer());
        dlq = driver.createOutputTopic(PressTopics.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static PressStatement statement(String id, String body) {
        return PressStatement.newBuilder()
                .setId(id)
                .setSource("test-desk")
                .setBody(body)
                .setLanguage("en")
                .setPublishedDate(LocalDate.of(2026, 3, 2))
                .setReceivedAt(Instant.parse("2026-03-02T10:00:00Z"))
                .setContentHash(Integer.toHexString(body.hashCode()))
                .build();
    }

    private static final String HARBOUR = "Port authority chief Maria Okafor said on Tuesday that the harbour would reopen. "
            + "\"We expect the first ferries to sail by Friday,\" Okafor told reporters in Lagos.\n\n"
            + "\"Safety comes first,\" she added.";

    @Test
    void enrichesAStatementAndFansOutItsQuotesAndTopics() {
        raw.pipeInput("st-1", statement("st-1", HARBOUR));

        List<KeyValue<String, EnrichedStatement>> out = enriched.readKeyValuesToList();
        assertEquals(1, out.size());
        EnrichedStatement e = out.get(0).value;
        assertEquals("st-1", out.get(0).key);
        assertEquals(HARBOUR, e.getStatement().getBody());
        assertEquals(Extractor.VERSION, e.getExtractorVersion());
        assertEquals(PressTopics.RAW, e.getSourceTopic());
        assertEquals(0L, e.getSourceOffset());
        assertFalse(e.getQuotes().isEmpty(), "the direct quotes of the fixture are found");

        List<KeyValue<String, QuoteEvent>> q = quotes.readKeyValuesToList();
        assertEquals(e.getQuotes().size(), q.size(), "one event per quote");
        for (int i = 0; i < q.size(); i++) {
            QuoteEvent event = q.get(i).value;
            assertEquals("st-1", event.getStatementId());
            assertEquals(i, event.getQuoteIndex());
            String expectedKey = event.getSpeakerId() == null ? StatementMapping.UNKNOWN_SPEAKER : event.getSpeakerId();
            assertEquals(expectedKey, q.get(i).key);
            // every quote's offsets point at its own words in the body
            String body = e.getStatement().getBody();
            assertTrue(body.substring(event.getStart(), event.getEnd()).contains(event.getText().strip().substring(0, 3)));
        }

        List<KeyValue<String, TopicTagEvent>> t = tags.readKeyValuesToList();
        assertEquals(e.getTopics().size(), t.size(), "one event per topic tag");
        for (KeyValue<String, TopicTagEvent> kv : t) {
            assertEquals(kv.value.getCode(), kv.key);
        }
        assertTrue(dlq.isEmpty());
    }

    @Test
    void aRepublishedStatementIsEnrichedOnce() {
        raw.pipeInput("st-2", statement("st-2", HARBOUR));
        raw.pipeInput("st-2", statement("st-2", HARBOUR));
        assertEquals(1, enriched.readValuesToList().size());

        // the same id with changed content is a correction and is enriched again
        raw.pipeInput("st-2", statement("st-2", HARBOUR + " The port will open at dawn."));
        assertEquals(1, enriched.readValuesToList().size());
    }

    @Test
    void undecodableBytesGoToTheDeadLetterTopicAndTheRestFlowOn() {
        rawBytes.pipeInput("bad-1".getBytes(StandardCharsets.UTF_8), new byte[] {0x7f, 0x01, 0x02});
        raw.pipeInput("st-3", statement("st-3", HARBOUR));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("bad-1", new String(dead.key(), StandardCharsets.UTF_8));
        assertNotNull(header(dead, "__streams.errors.exception"));
        assertEquals(PressTopics.RAW, header(dead, "__streams.errors.topic"));
        assertEquals(1, enriched.readValuesToList().size(), "the good statement after the bad one is enriched");
    }

    @Test
    void anEmptyStatementIsDeadLetteredWithItsReason() {
        raw.pipeInput("st-4", statement("st-4", "   "));
        raw.pipeInput("st-5", statement("st-5", HARBOUR));

        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("st-4", new String(dead.key(), StandardCharsets.UTF_8));
        assertTrue(header(dead, "__streams.errors.message").contains("body is empty"), header(dead, "__streams.errors.message"));
        assertEquals(InvalidStatementException.class.getName(), header(dead, "__streams.errors.exception"));
        List<EnrichedStatement> ok = enriched.readValuesToList();
        assertEquals(1, ok.size());
        assertEquals("st-5", ok.get(0).getStatement().getId());
    }

    private static String header(TestRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void speakerIdsAreStableAcrossAccentsAndCase() {
        assertEquals("recep-tayyip-erdogan", StatementMapping.speakerId("Recep Tayyip Erdoğan"));
        assertEquals(StatementMapping.speakerId("Jose Alvarez"), StatementMapping.speakerId("José Álvarez"));
        assertEquals(null, StatementMapping.speakerId("  "));
    }
}
