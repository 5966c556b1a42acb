package io.pressflow.dashboard;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.dashboard.model.CompactSerde;
import io.pressflow.dashboard.model.DeadLetter;
import io.pressflow.dashboard.model.DeadLetterCount;
import io.pressflow.dashboard.model.JsonSerde;
import io.pressflow.dashboard.model.QuoteView;
import io.pressflow.dashboard.model.SpeakerCount;
import io.pressflow.dashboard.model.StatementView;
import io.pressflow.dashboard.model.TopicCount;
import io.pressflow.schemas.PressTopics;
import io.pressflow.topology.RetentionSweep;
import io.pressflow.topology.StreamsAppConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The read model behind the HTTP API and the dashboard, built from what the enrichment topology
 * publishes. It runs as an application of its own ({@link #applicationId}), so its stores,
 * repartitions and changelogs never slow the enrichment down: under a burst the dashboard lags, the
 * enriched topics do not.
 *
 * <pre>
 * press.statements.enriched ─► enriched-statements      (by statement id, each kept for the state retention)
 *                           ─► source-statement-counts  (by source)
 *                           ─► speaker-quote-totals, speaker-latest-quotes (by speaker id, via a repartition)
 *                           ─► trending-topics          (by topic code, 5-minute buckets; a query sums the hour's 12)
 * press.statements.dlq (bytes) ─► dead-letter-counts    (by exception class)
 * </pre>
 *
 * Stores are persistent and changelogged (restored on restart); internal topics and stores need no
 * registry: the statement views and the busy aggregates (per quote, per topic tag and window) use
 * {@link CompactSerde}, the rare dead letters JSON. Counts follow the enriched topic, on which an
 * unchanged re-publish never appears (the enrichment skips it), so a statement counts once.
 */
public final class DashboardTopology {
    /** Appended to the enrichment's application.id to make the dashboard's own. */
    public static final String APPLICATION_ID_SUFFIX = "-dashboard";

    /** Enriched statements by id, as {@link StatementView}. */
    public static final String STATEMENTS_STORE = "enriched-statements";
    /** Statements enriched per source (Long). */
    public static final String SOURCE_COUNTS_STORE = "source-statement-counts";
    /** Quotes per speaker id, as {@link SpeakerCount}. */
    public static final String SPEAKER_COUNTS_STORE = "speaker-quote-totals";
    /** Each speaker's latest quotes, one {@link QuoteView} per slot key (see {@link SpeakerQuotes}). */
    public static final String SPEAKER_QUOTES_STORE = "speaker-latest-quotes";
    /** Tags per topic code in five-minute buckets, as {@link TopicCount}; {@link TrendingHour} sums an hour of them. */
    public static final String TRENDING_STORE = "trending-topics";
    /** Dead letters per exception class, as {@link DeadLetterCount}. */
    public static final String DEAD_LETTERS_STORE = "dead-letter-counts";

    /** What "trending" covers: the past hour, ending at the end of the current bucket. */
    public static final Duration TRENDING_WINDOW = Duration.ofHours(1);
    public static final Duration TRENDING_BUCKET = Duration.ofMinutes(5);
    /** Windows are kept this long, so the last few hours can be looked back on. */
    public static final Duration TRENDING_RETENTION = Duration.ofHours(6);

    private DashboardTopology() {}

    /** The dashboard application's id, next to the enrichment application it reads. */
    public static String applicationId(String enrichmentApplicationId) {
        return enrichmentApplicationId + APPLICATION_ID_SUFFIX;
    }

    /**
     * @param enrichedSerde     the value serde of {@code press.statements.enriched}
     * @param streamsProperties the dashboard app's Streams config, for topology-level settings
     */
    public static Topology build(Serde<EnrichedStatement> enrichedSerde, Properties streamsProperties) {
        return build(enrichedSerde, streamsProperties, StreamsAppConfig.DEFAULT_STATE_RETENTION);
    }

    /** @param statementRetention how long a statement's view stays queryable by id */
    public static Topology build(Serde<EnrichedStatement> enrichedSerde, Properties streamsProperties, Duration statementRetention) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        KStream<String, EnrichedStatement> enriched = builder.stream(PressTopics.ENRICHED,
                Consumed.with(Serdes.String(), enrichedSerde).withName("read-enriched-statements"));
        addReadModel(builder, enriched, statementRetention);
        return builder.build();
    }

    /** The stores over the enriched statements and the dead letters. */
    static void addReadModel(StreamsBuilder builder, KStream<String, EnrichedStatement> enriched, Duration statementRetention) {
        // a store of its own rather than a KTable, so that views older than the retention are forgotten
        // (the enriched topic drops them too); each statement is one put, as the table's was
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(STATEMENTS_STORE),
                Serdes.String(), CompactSerde.STATEMENT_VIEW));
        enriched.processValues(() -> new KeepStatementView(statementRetention), Named.as("keep-statement-views"), STATEMENTS_STORE);

        enriched.map((id, e) -> KeyValue.pair(e.getStatement().getSource(), id), Named.as("key-by-source"))
                .groupByKey(Grouped.with("statements-by-source", Serdes.String(), Serdes.String()))
                .count(Named.as("count-by-source"), Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(SOURCE_COUNTS_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()));

        // one record per speaker and statement: a speaker quoted three times is one store read
        builder.addStateStore(SpeakerQuotes.countsStore(SPEAKER_COUNTS_STORE));
        builder.addStateStore(SpeakerQuotes.quotesStore(SPEAKER_QUOTES_STORE));
        enriched.flatMap((id, e) -> QuoteView.groupedBySpeaker(e), Named.as("quotes-by-speaker-key"))
                .repartition(Repartitioned.with(Serdes.String(), CompactSerde.QUOTES).withName("quotes-by-speaker"))
                .process(() -> new SpeakerQuotes(SPEAKER_COUNTS_STORE, SPEAKER_QUOTES_STORE), Named.as("keep-speaker-quotes"),
                        SPEAKER_COUNTS_STORE, SPEAKER_QUOTES_STORE);

        // Tumbling buckets rather than hour windows hopping every 5 minutes: a tag then updates one
        // window, not twelve (the hopping windows were a third of this app's stream thread in the bench),
        // and the hour is summed when asked for, which is rare next to the updates.
        enriched.flatMap((id, e) -> topicLabels(e), Named.as("topics-by-code-key"))
                .groupByKey(Grouped.with("topics-by-code", Serdes.String(), Serdes.String()))
                .windowedBy(TimeWindows.ofSizeAndGrace(TRENDING_BUCKET, TRENDING_BUCKET))
                .aggregate(() -> TopicCount.NONE, (code, label, agg) -> agg.add(code, label), Named.as("count-trending-topics"),
                        Materialized.<String, TopicCount, WindowStore<Bytes, byte[]>>as(TRENDING_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(CompactSerde.TOPIC_COUNT)
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

    /** Keeps each statement's latest view by id, for the retention. Forwards nothing. */
    private static final class KeepStatementView implements FixedKeyProcessor<String, EnrichedStatement, Void> {
        private final Duration retention;
        private TimestampedKeyValueStore<String, StatementView> views;

        KeepStatementView(Duration retention) {
            this.retention = retention;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Void> context) {
            views = context.getStateStore(STATEMENTS_STORE);
            RetentionSweep.schedule(context, views, retention);
        }

        @Override
        public void process(FixedKeyRecord<String, EnrichedStatement> record) {
            if (record.value() == null) {
                views.delete(record.key()); // a tombstone on the compacted topic: the statement is withdrawn
            } else {
                views.put(record.key(), ValueAndTimestamp.make(StatementView.of(record.value()), record.timestamp()));
            }
        }
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
