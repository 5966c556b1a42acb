package io.pressflow.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.avro.TopicTagEvent;
import io.pressflow.dashboard.DashboardTopology;
import io.pressflow.dashboard.SpeakerQuotes;
import io.pressflow.dashboard.TrendingHour;
import io.pressflow.dashboard.model.DeadLetterCount;
import io.pressflow.dashboard.model.QuoteView;
import io.pressflow.dashboard.model.SpeakerCount;
import io.pressflow.dashboard.model.StatementView;
import io.pressflow.dashboard.model.TopicCount;
import io.pressflow.extract.Extractor;
import io.pressflow.schemas.PressTopics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's aggregates, fed by the enrichment topology: what each store holds after known input. */
class EnrichmentAggregatesTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver enrichment;
    private TopologyTestDriver driver;
    private Pipe raw;
    private TestInputTopic<byte[], byte[]> dlqIn;
    private EnrichmentMetrics metrics;

    @BeforeEach
    void start() {
        TopologySerdes serdes = new TopologySerdes(
                new PlainAvroSerde<>(PressStatement.class), new PlainAvroSerde<>(EnrichedStatement.class),
                new PlainAvroSerde<>(QuoteEvent.class), new PlainAvroSerde<>(TopicTagEvent.class));
        StreamsAppConfig config = StreamsAppConfig.local("dummy:9092", "http://unused", stateDir);
        Properties props = config.streamsProperties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        Properties dashboardProps = StreamsApp.dashboardConfig(config).streamsProperties();
        dashboardProps.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        metrics = EnrichmentMetrics.none();
        enrichment = new TopologyTestDriver(EnrichmentTopology.build(serdes, EXTRACTOR, props, metrics), props, T0);
        driver = new TopologyTestDriver(DashboardTopology.build(serdes.enriched(), dashboardProps), dashboardProps, T0);
        raw = new Pipe(enrichment.createInputTopic(PressTopics.RAW, new StringSerializer(), serdes.statement().serializer()),
                enrichment.createOutputTopic(PressTopics.ENRICHED, new StringDeserializer(), serdes.enriched().deserializer()),
                driver.createInputTopic(PressTopics.ENRICHED, new StringSerializer(), serdes.enriched().serializer()));
        dlqIn = driver.createInputTopic(PressTopics.DLQ, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        enrichment.close();
    }

    /**
     * Raw statements into the enrichment topology, and what it writes to the enriched topic on into
     * the dashboard topology, as the two applications are wired through Kafka.
     */
    private record Pipe(TestInputTopic<String, PressStatement> raw, TestOutputTopic<String, EnrichedStatement> enrichedOut,
            TestInputTopic<String, EnrichedStatement> enrichedIn) {
        void pipeInput(String key, PressStatement value, Instant at) {
            raw.pipeInput(key, value, at);
            enrichedOut.readRecordsToList().forEach(enrichedIn::pipeInput);
        }
    }

    static PressStatement statement(String id, String source, String body) {
        return PressStatement.newBuilder()
                .setId(id)
                .setSource(source)
                .setHeadline("Headline " + id)
                .setBody(body)
                .setLanguage("en")
                .setPublishedDate(LocalDate.of(2026, 3, 2))
                .setReceivedAt(T0)
                .setContentHash(Integer.toHexString(body.hashCode()))
                .build();
    }

    private static final String HARBOUR = "Port authority chief Maria Okafor said on Tuesday that the harbour would reopen. "
            + "\"We expect the first ferries to sail by Friday,\" Okafor told reporters in Lagos.\n\n"
            + "\"Safety comes first,\" she added.";
    private static final String BANK = "Central bank governor Ivo Petrov said inflation was easing and that interest rates would stay at 4 percent. "
            + "\"We are not yet done,\" Petrov said at a news conference in Sofia.";

    @Test
    void countsStatementsPerSourceAndQuotesPerSpeakerOnce() {
        raw.pipeInput("st-1", statement("st-1", "port-desk", HARBOUR), T0);
        raw.pipeInput("st-1", statement("st-1", "port-desk", HARBOUR), T0.plusSeconds(1)); // unchanged re-publish
        raw.pipeInput("st-2", statement("st-2", "bank-desk", BANK), T0.plusSeconds(2));
        raw.pipeInput("st-3", statement("st-3", "bank-desk", BANK + " Rates stay."), T0.plusSeconds(3));

        KeyValueStore<String, Long> sources = driver.getKeyValueStore(DashboardTopology.SOURCE_COUNTS_STORE);
        assertEquals(1L, sources.get("port-desk"));
        assertEquals(2L, sources.get("bank-desk"));

        KeyValueStore<String, SpeakerCount> speakers = driver.getKeyValueStore(DashboardTopology.SPEAKER_COUNTS_STORE);
        SpeakerCount okafor = speakers.get("maria-okafor");
        assertNotNull(okafor, "the harbour chief is a speaker: " + all(speakers));
        assertEquals("Maria Okafor", okafor.speaker());
        StatementView st1 = this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("st-1");
        StatementView st2 = this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("st-2");
        StatementView st3 = this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("st-3");
        SpeakerCount petrov = speakers.get("ivo-petrov");
        assertNotNull(petrov, all(speakers).toString());
        long petrovQuotes = java.util.stream.Stream.of(st2, st3).flatMap(v -> v.quotes().stream())
                .filter(q -> "ivo-petrov".equals(q.speakerId())).count();
        assertTrue(petrovQuotes >= 2, "at least one quote in each bank statement");
        assertEquals(petrovQuotes, petrov.quotes());
        long totalQuotes = all(speakers).values().stream().mapToLong(SpeakerCount::quotes).sum();
        assertEquals(st1.quotes().size() + st2.quotes().size() + st3.quotes().size(), totalQuotes,
                "every quote counted once, the re-publish not at all");
        assertEquals("port-desk", st1.source());
        assertEquals(HARBOUR, st1.body());
        assertEquals(3, metrics.enrichedTotal(), "the metrics count what was enriched");
    }

    @Test
    void keepsTheLatestQuotesPerSpeakerBounded() {
        int statements = SpeakerQuotes.LIMIT + 5;
        for (int i = 0; i < statements; i++) {
            String body = BANK + " Statement number " + i + ".";
            raw.pipeInput("b-" + i, statement("b-" + i, "bank-desk", body), T0.plusSeconds(i));
        }
        SpeakerCount petrov = this.<SpeakerCount>kv(DashboardTopology.SPEAKER_COUNTS_STORE).get("ivo-petrov");
        List<QuoteView> recent = latestOf("ivo-petrov");
        assertEquals(SpeakerQuotes.LIMIT, recent.size());
        QuoteView newest = recent.get(0);
        assertEquals("b-" + (statements - 1), newest.statementId(), "newest first");
        assertEquals(T0.plusSeconds(statements - 1).toEpochMilli(), newest.at());
        for (int i = 1; i < recent.size(); i++) {
            assertTrue(QuoteView.NEWEST_FIRST.compare(recent.get(i - 1), recent.get(i)) < 0, "sorted newest first at " + i);
        }
        long perStatement = this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("b-0").quotes().stream()
                .filter(q -> "ivo-petrov".equals(q.speakerId())).count();
        assertEquals(perStatement * statements, petrov.quotes(), "the count is not bounded, only the list");
        long oldestKept = statements - (SpeakerQuotes.LIMIT + perStatement - 1) / perStatement;
        assertTrue(recent.stream().allMatch(q -> Long.parseLong(q.statementId().substring(2)) >= oldestKept),
                "only the latest statements' quotes are kept: " + recent.stream().map(QuoteView::statementId).distinct().toList());
        assertEquals(SpeakerQuotes.LIMIT, all(this.<QuoteView>kv(DashboardTopology.SPEAKER_QUOTES_STORE)).keySet().stream()
                .filter(k -> k.startsWith("ivo-petrov#")).count(), "one key per slot, no more");
    }

    @Test
    void aLateStatementTakesTheSlotsOfTheOldestProcessedQuotes() {
        for (int i = 0; i < SpeakerQuotes.LIMIT; i++) {
            raw.pipeInput("b-" + i, statement("b-" + i, "bank-desk", BANK + " Statement number " + i + "."), T0.plusSeconds(100 + i));
        }
        List<QuoteView> before = latestOf("ivo-petrov");
        raw.pipeInput("late", statement("late", "bank-desk", BANK + " Filed late."), T0);
        List<QuoteView> after = latestOf("ivo-petrov");

        List<QuoteView> late = after.stream().filter(q -> q.statementId().equals("late")).toList();
        assertTrue(!late.isEmpty(), "the late statement's quotes are kept");
        assertEquals(late, after.subList(after.size() - late.size(), after.size()), "and shown last, for their time");
        List<QuoteView> dropped = new ArrayList<>(before);
        dropped.removeAll(after);
        // times grow with processing order here, so the oldest-processed are the last shown
        assertEquals(before.subList(before.size() - late.size(), before.size()), dropped);
        assertEquals(SpeakerQuotes.LIMIT, after.size());
    }

    private List<QuoteView> latestOf(String speakerId) {
        SpeakerCount count = this.<SpeakerCount>kv(DashboardTopology.SPEAKER_COUNTS_STORE).get(speakerId);
        return SpeakerQuotes.latest(speakerId, count, this.<QuoteView>kv(DashboardTopology.SPEAKER_QUOTES_STORE));
    }

    @Test
    void countsTopicsInFiveMinuteBucketsAndSumsThePastHour() {
        raw.pipeInput("st-1", statement("st-1", "bank-desk", BANK), T0);
        raw.pipeInput("st-2", statement("st-2", "bank-desk", BANK + " More."), T0.plus(Duration.ofMinutes(30)));
        StatementView st1 = this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("st-1");
        assertTrue(!st1.topics().isEmpty(), "the bank statement has topics");
        String code = st1.topics().get(0).code();

        WindowStore<String, TopicCount> trending = driver.getWindowStore(DashboardTopology.TRENDING_STORE);
        Map<Long, Long> countByStart = new HashMap<>();
        try (KeyValueIterator<Windowed<String>, TopicCount> it = trending.fetchAll(T0.minus(Duration.ofHours(2)), T0.plus(Duration.ofHours(2)))) {
            it.forEachRemaining(kv -> {
                if (kv.key.key().equals(code)) {
                    assertEquals(Duration.ofMinutes(5).toMillis(), kv.key.window().end() - kv.key.window().start(), "five-minute buckets");
                    countByStart.put(kv.key.window().start(), kv.value.count());
                }
            });
        }
        long t0 = T0.toEpochMilli();
        long t30 = T0.plus(Duration.ofMinutes(30)).toEpochMilli();
        assertEquals(Map.of(t0, 1L, t30, 1L), countByStart, "one bucket per record");
        assertEquals(st1.topics().get(0).label(), trending.fetch(code, t0).label());

        // the hour ends with the end of the bucket holding the moment asked about
        assertEquals(2L, hourCount(trending, code, T0.plus(Duration.ofMinutes(31))));
        assertEquals(2L, hourCount(trending, code, T0.plus(Duration.ofMinutes(59).plusSeconds(59))), "at 10:59:59 the hour starts 10:00");
        assertEquals(1L, hourCount(trending, code, T0.plus(Duration.ofMinutes(60))), "at 11:00 it starts 10:05");
        assertEquals(1L, hourCount(trending, code, T0.plus(Duration.ofMinutes(89))));
        assertEquals(0L, hourCount(trending, code, T0.plus(Duration.ofMinutes(90))));
        assertEquals(0L, hourCount(trending, code, T0.minusMillis(1)));
        assertEquals(t0 - Duration.ofMinutes(55).toMillis(), TrendingHour.start(t0));
        assertEquals(st1.topics().get(0).label(), TrendingHour.counts(trending, t30).stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow().label());
    }

    private static long hourCount(WindowStore<String, TopicCount> store, String code, Instant at) {
        return TrendingHour.counts(store, at.toEpochMilli()).stream().filter(c -> c.code().equals(code)).mapToLong(TopicCount::count).sum();
    }

    @Test
    void countsDeadLettersByExceptionFromTheDeadLetterTopic() {
        RecordHeaders h = new RecordHeaders();
        h.add("__streams.errors.exception", "org.example.BrokenThing".getBytes(StandardCharsets.UTF_8));
        h.add("__streams.errors.message", "statement x: body is empty".getBytes(StandardCharsets.UTF_8));
        h.add("__streams.errors.topic", PressTopics.RAW.getBytes(StandardCharsets.UTF_8));
        h.add("__streams.errors.partition", "2".getBytes(StandardCharsets.UTF_8));
        h.add("__streams.errors.offset", "41".getBytes(StandardCharsets.UTF_8));
        dlqIn.pipeInput(new TestRecord<>("x".getBytes(StandardCharsets.UTF_8), new byte[] {1}, h, T0));
        dlqIn.pipeInput(new TestRecord<>("y".getBytes(StandardCharsets.UTF_8), new byte[] {2}, h, T0.plusSeconds(1)));
        dlqIn.pipeInput(new TestRecord<>(null, new byte[] {3}, new RecordHeaders(), T0.plusSeconds(2)));

        KeyValueStore<String, DeadLetterCount> dead = driver.getKeyValueStore(DashboardTopology.DEAD_LETTERS_STORE);
        DeadLetterCount broken = dead.get("org.example.BrokenThing");
        assertEquals(2, broken.count());
        assertEquals("y", broken.latest().get(0).key(), "latest first");
        assertEquals(41L, broken.latest().get(0).offset());
        assertEquals(2, broken.latest().get(0).partition());
        assertEquals("statement x: body is empty", broken.latest().get(0).message());
        assertEquals(1, dead.get("unknown").count(), "a record without the headers still counts");
        assertNull(dead.get("nothing"));
    }

    @Test
    void statementsOlderThanTheRetentionAreForgottenByBothApplications() {
        raw.pipeInput("old", statement("old", "port-desk", HARBOUR), T0);
        Instant later = T0.plus(StreamsAppConfig.DEFAULT_STATE_RETENTION).plusSeconds(60);
        raw.pipeInput("new", statement("new", "bank-desk", BANK), later);
        assertNotNull(this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("old"), "kept until a sweep runs");

        enrichment.advanceWallClockTime(RetentionSweep.EVERY);
        driver.advanceWallClockTime(RetentionSweep.EVERY);
        assertNull(this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("old"), "older than the retention in stream time");
        assertNotNull(this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("new"));

        // the enrichment forgot the old statement's hash, not the new one's
        raw.pipeInput("old", statement("old", "port-desk", HARBOUR), later.plusSeconds(1));
        raw.pipeInput("new", statement("new", "bank-desk", BANK), later.plusSeconds(2));
        KeyValueStore<String, Long> sources = driver.getKeyValueStore(DashboardTopology.SOURCE_COUNTS_STORE);
        assertEquals(2L, sources.get("port-desk"), "the forgotten statement is enriched again");
        assertEquals(1L, sources.get("bank-desk"), "a re-publish within the retention is still skipped");
        assertNotNull(this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get("old"));
    }

    private <V> KeyValueStore<String, V> kv(String name) {
        return driver.getKeyValueStore(name);
    }

    private static <V> Map<String, V> all(KeyValueStore<String, V> store) {
        Map<String, V> out = new HashMap<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            it.forEachRemaining(kv -> out.put(kv.key, kv.value));
        }
        return out;
    }
}
