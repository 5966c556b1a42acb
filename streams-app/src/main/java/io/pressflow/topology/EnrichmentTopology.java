package io.pressflow.topology;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.dashboard.model.DeadLetter;
import io.pressflow.dashboard.model.DeadLetterCount;
import io.pressflow.dashboard.model.JsonSerde;
import io.pressflow.dashboard.model.QuoteView;
import io.pressflow.dashboard.model.RecentQuotes;
import io.pressflow.dashboard.model.SpeakerCount;
import io.pressflow.dashboard.model.StatementView;
import io.pressflow.dashboard.model.TopicCount;
import io.pressflow.avro.PressStatement;
import io.pressflow.extract.Extractor;
import io.pressflow.schemas.PressTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Raw statements in; enriched statements, one event per quote and one per topic tag out.
 *
 * <pre>
 * press.statements.raw ─► enrich (dedupe, validate, extract) ─► press.statements.enriched
 *                                                          ├──► press.quotes      (key = speaker id)
 *                                                          └──► press.topic-tags  (key = topic code)
 * records that fail to decode or to enrich ─► press.statements.dlq (Kafka Streams' dead-letter support)
 *
 * aggregates for the HTTP API and dashboard (persistent stores, changelogged, restored on restart):
 *   enriched ─► enriched-statements      (by statement id)
 *            ─► source-statement-counts  (by source)
 *            ─► speaker-quote-counts, speaker-recent-quotes (by speaker id, via a repartition)
 *            ─► trending-topics          (by topic code, 1-hour windows advancing every 5 minutes)
 *   press.statements.dlq (bytes) ─► dead-letter-counts (by exception class)
 * </pre>
 */
public final class EnrichmentTopology {
    /** State store of content hashes already enriched, by statement id. */
    public static final String SEEN_STORE = "enriched-statement-hashes";
    /** Bodies above this are dead-lettered rather than enriched (the producer's own limit is lower). */
    public static final int MAX_BODY_CHARS = 2 * 1024 * 1024;

    /** Enriched statements by id, as {@link StatementView}. */
    public static final String STATEMENTS_STORE = "enriched-statements";
    /** Statements enriched per source (Long). */
    public static final String SOURCE_COUNTS_STORE = "source-statement-counts";
    /** Quotes per speaker id, as {@link SpeakerCount}. */
    public static final String SPEAKER_COUNTS_STORE = "speaker-quote-counts";
    /** The latest quotes per speaker id, as {@link RecentQuotes}. */
    public static final String SPEAKER_QUOTES_STORE = "speaker-recent-quotes";
    /** Tags per topic code in hopping windows, as {@link TopicCount}. */
    public static final String TRENDING_STORE = "trending-topics";
    /** Dead letters per exception class, as {@link DeadLetterCount}. */
    public static final String DEAD_LETTERS_STORE = "dead-letter-counts";

    public static final Duration TRENDING_WINDOW = Duration.ofHours(1);
    public static final Duration TRENDING_ADVANCE = Duration.ofMinutes(5);
    /** Windows are kept this long, so the last few hours can be looked back on. */
    public static final Duration TRENDING_RETENTION = Duration.ofHours(6);

    private EnrichmentTopology() {}

    public static Topology build(StreamsAppConfig config, Extractor extractor) {
        return build(config, extractor, EnrichmentMetrics.none());
    }

    public static Topology build(StreamsAppConfig config, Extractor extractor, EnrichmentMetrics metrics) {
        return build(TopologySerdes.fromRegistry(config.registryConfigs()), extractor, config.streamsProperties(), metrics);
    }

    /** @param streamsProperties the app's Streams config, for topology-level settings */
    public static Topology build(TopologySerdes serdes, Extractor extractor, Properties streamsProperties) {
        return build(serdes, extractor, streamsProperties, EnrichmentMetrics.none());
    }

    public static Topology build(TopologySerdes serdes, Extractor extractor, Properties streamsProperties, EnrichmentMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_STORE), Serdes.String(), Serdes.String()));

        KStream<String, PressStatement> raw = builder.stream(PressTopics.RAW,
                Consumed.with(Serdes.String(), serdes.statement()).withName("read-raw-statements"));

        KStream<String, EnrichedStatement> enriched = raw.processValues(
                () -> new EnrichProcessor(extractor, SEEN_STORE, MAX_BODY_CHARS, metrics), Named.as("enrich"), SEEN_STORE);

        enriched.to(PressTopics.ENRICHED,
                Produced.with(Serdes.String(), serdes.enriched()).withName("write-enriched"));
        enriched.flatMap((id, e) -> StatementMapping.quoteEvents(e), Named.as("split-quotes"))
                .to(PressTopics.QUOTES, Produced.with(Serdes.String(), serdes.quote()).withName("write-quotes"));
        enriched.flatMap((id, e) -> StatementMapping.topicTagEvents(e), Named.as("split-topic-tags"))
                .to(PressTopics.TOPIC_TAGS, Produced.with(Serdes.String(), serdes.topicTag()).withName("write-topic-tags"));
        addAggregates(builder, enriched);
        return builder.build();
    }

    /**
     * The read side for the HTTP API and dashboard. Internal topics and stores use JSON (no registry).
     * Counts follow the enriched stream, which skips unchanged re-publishes, so a statement counts once.
     */
    private static void addAggregates(StreamsBuilder builder, KStream<String, EnrichedStatement> enriched) {
        enriched.mapValues(StatementView::of, Named.as("view-statement"))
                .toTable(Named.as("table-statements"), Materialized.<String, StatementView, KeyValueStore<Bytes, byte[]>>as(STATEMENTS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(StatementView.class)));

        enriched.map((id, e) -> KeyValue.pair(e.getStatement().getSource(), id), Named.as("key-by-source"))
                .groupByKey(Grouped.with("statements-by-source", Serdes.String(), Serdes.String()))
                .count(Named.as("count-by-source"), Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(SOURCE_COUNTS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()));

        JsonSerde<QuoteView> quoteSerde = JsonSerde.of(QuoteView.class);
        KGroupedStream<String, QuoteView> bySpeaker = enriched
                .flatMap((id, e) -> QuoteView.bySpeaker(e), Named.as("quotes-by-speaker-key"))
                .repartition(Repartitioned.with(Serdes.String(), quoteSerde).withName("quotes-by-speaker"))
                .groupByKey(Grouped.with(Serdes.String(), quoteSerde));
        bySpeaker.aggregate(() -> SpeakerCount.NONE, (speaker, q, agg) -> agg.add(q), Named.as("count-speaker-quotes"),
                Materialized.<String, SpeakerCount, KeyValueStore<Bytes, byte[]>>as(SPEAKER_COUNTS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(SpeakerCount.class)));
        bySpeaker.aggregate(() -> RecentQuotes.NONE, (speaker, q, agg) -> agg.add(q), Named.as("keep-recent-quotes"),
                Materialized.<String, RecentQuotes, KeyValueStore<Bytes, byte[]>>as(SPEAKER_QUOTES_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(RecentQuotes.class)));

        enriched.flatMap((id, e) -> topicLabels(e), Named.as("topics-by-code-key"))
                .groupByKey(Grouped.with("topics-by-code", Serdes.String(), Serdes.String()))
                .windowedBy(TimeWindows.ofSizeAndGrace(TRENDING_WINDOW, TRENDING_ADVANCE).advanceBy(TRENDING_ADVANCE))
                .aggregate(() -> TopicCount.NONE, (code, label, agg) -> agg.add(code, label), Named.as("count-trending-topics"),
                        Materialized.<String, TopicCount, WindowStore<Bytes, byte[]>>as(TRENDING_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(TopicCount.class))
                                .withRetention(TRENDING_RETENTION));

        // Dead letters are counted from the topic itself, as bytes: the DLQ stays exactly what Kafka
        // Streams' own dead-letter support writes, and this branch cannot fail to decode it.
        builder.stream(PressTopics.DLQ, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-dead-letters"))
                .processValues(DeadLetterReader::new, Named.as("read-dead-letter-headers"))
                .groupBy((key, d) -> d.exception(), Grouped.with("dead-letters-by-exception", Serdes.String(), JsonSerde.of(DeadLetter.class)))
                .aggregate(() -> DeadLetterCount.NONE, (exception, d, agg) -> agg.add(d), Named.as("count-dead-letters"),
                        Materialized.<String, DeadLetterCount, KeyValueStore<Bytes, byte[]>>as(DEAD_LETTERS_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(JsonSerde.of(DeadLetterCount.class)));
    }

    private static List<KeyValue<String, String>> topicLabels(EnrichedStatement e) {
        List<KeyValue<String, String>> out = new ArrayList<>(e.getTopics().size());
        e.getTopics().forEach(t -> out.add(KeyValue.pair(t.getCode(), t.getLabel())));
        return out;
    }

    /** Turns a dead-lettered record's headers into a {@link DeadLetter}; never throws. */
    private static final class DeadLetterReader implements FixedKeyProcessor<byte[], byte[], DeadLetter> {
        private FixedKeyProcessorContext<byte[], DeadLetter> context;

        @Override
        public void init(FixedKeyProcessorContext<byte[], DeadLetter> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<byte[], byte[]> record) {
            context.forward(record.withValue(DeadLetter.of(record.key(), record.headers(), record.timestamp())));
        }
    }
}
