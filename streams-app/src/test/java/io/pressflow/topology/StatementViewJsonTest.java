package io.pressflow.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.EntityItem;
import io.pressflow.avro.MentionItem;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteItem;
import io.pressflow.avro.TopicItem;
import io.pressflow.dashboard.DashboardTopology;
import io.pressflow.dashboard.model.JsonSerde;
import io.pressflow.dashboard.model.StatementView;
import io.pressflow.schemas.PressTopics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code /api/statements/{id}} answers for a statement read back from the dashboard's store:
 * the store's value format may change, the API's JSON may not. The expected answers in
 * {@code src/test/resources/dashboard} were written by the JSON-valued store this replaced.
 */
class StatementViewJsonTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStatement> enriched;

    @BeforeEach
    void start() {
        PlainAvroSerde<EnrichedStatement> serde = new PlainAvroSerde<>(EnrichedStatement.class);
        StreamsAppConfig config = StreamsAppConfig.local("dummy:9092", "http://unused", stateDir);
        Properties props = StreamsApp.dashboardConfig(config).streamsProperties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(DashboardTopology.build(serde, props), props, T0);
        enriched = driver.createInputTopic(PressTopics.ENRICHED, new StringSerializer(), serde.serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aFullStatementAnswersAsBefore() throws IOException {
        assertEquals(expected("statement-view-full.json"), answerFor(full()));
    }

    @Test
    void aStatementWithNothingFoundAnswersAsBefore() throws IOException {
        assertEquals(expected("statement-view-bare.json"), answerFor(bare()));
    }

    /** The store's value, written as the HTTP API writes its answers. */
    private String answerFor(EnrichedStatement e) throws IOException {
        String id = e.getStatement().getId();
        enriched.pipeInput(id, e, T0);
        KeyValueStore<String, StatementView> store = driver.getKeyValueStore(DashboardTopology.STATEMENTS_STORE);
        StatementView view = store.get(id);
        assertNotNull(view, id);
        return new String(JsonSerde.MAPPER.writeValueAsBytes(view), StandardCharsets.UTF_8);
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = StatementViewJsonTest.class.getResourceAsStream("/dashboard/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    /** Non-ASCII text (accents, a non-Latin script, an emoji), nulls where the schema allows them, awkward doubles. */
    private static EnrichedStatement full() {
        String body = "Die Ministerin Zoë Ærøskøbing-Łukasiewicz sagte: „Wir geben nicht nach.“ 🚢 "
                + "\"Rates will stay,\" said the bank. Официальный представитель сказал, что всё спокойно.\n\tEnd\\\u0001.";
        PressStatement s = PressStatement.newBuilder()
                .setId("st-ü-1")
                .setSource("desk-ñ")
                .setUrl(null)
                .setHeadline("Ærø: ferries „resume“ — 100 % on time")
                .setBody(body)
                .setLanguage("de")
                .setPublishedDate(LocalDate.of(2026, 2, 28))
                .setReceivedAt(T0)
                .setContentHash("abc123")
                .build();
        return EnrichedStatement.newBuilder()
                .setStatement(s)
                .setQuotes(List.of(
                        quote("Wir geben nicht nach.", "direct", "Zoë Ærøskøbing-Łukasiewicz", "zoe-aeroskobing-lukasiewicz"),
                        quote("rates will stay", "indirect", null, null),
                        quote("всё спокойно", "partial", "Официальный представитель", "официальный-представитель")))
                .setTopics(List.of(
                        new TopicItem("medtop:04000000", "economy, business and finance", 0.1 + 0.2, 1),
                        new TopicItem("medtop:20000349", "maritime transport", 1e-7, 3),
                        new TopicItem("medtop:11000000", "politics", 1.0, 1)))
                .setEntities(List.of(
                        new EntityItem("Zoë Ærøskøbing-Łukasiewicz", "person", null, "Ministerin", "Ærø",
                                List.of(new MentionItem(20, 46, "Zoë Ærøskøbing-Łukasiewicz"), new MentionItem(80, 83, "sie"))),
                        new EntityItem("Denmark", "country", "DK", null, null, List.of(new MentionItem(1, 4, "Ærø"))),
                        new EntityItem("Bank", "organisation", null, null, null, List.of())))
                .setKeyPhrases(List.of("ferries", "Zinssätze „stabil“", ""))
                .setExtractorVersion("test-1.2")
                .setSourceTopic(PressTopics.RAW)
                .setSourcePartition(2)
                .setSourceOffset(9_000_000_001L)
                .setProcessedAt(T0.plusMillis(123))
                .build();
    }

    /** No url, headline nor date; nothing found in it. */
    private static EnrichedStatement bare() {
        PressStatement s = PressStatement.newBuilder()
                .setId("st-2")
                .setSource("desk-a")
                .setUrl(null)
                .setHeadline(null)
                .setBody(" ")
                .setLanguage("en")
                .setPublishedDate(null)
                .setReceivedAt(T0)
                .setContentHash("0")
                .build();
        return EnrichedStatement.newBuilder()
                .setStatement(s)
                .setQuotes(List.of())
                .setTopics(List.of())
                .setEntities(List.of())
                .setKeyPhrases(List.of())
                .setExtractorVersion("test-1.2")
                .setSourceTopic(PressTopics.RAW)
                .setSourcePartition(0)
                .setSourceOffset(0)
                .setProcessedAt(T0)
                .build();
    }

    private static QuoteItem quote(String text, String kind, String speaker, String speakerId) {
        return QuoteItem.newBuilder().setText(text).setStart(0).setEnd(text.length()).setKind(kind).setSpeaker(speaker)
                .setSpeakerId(speakerId).setSpeakerType(speaker == null ? "none" : "person").setSpeakerMention(null).setCue("said")
                .setConfidence(0.5).build();
    }
}
