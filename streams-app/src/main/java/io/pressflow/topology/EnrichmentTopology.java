package io.pressflow.topology;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.extract.Extractor;
import io.pressflow.schemas.PressTopics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * Raw statements in; enriched statements, one event per quote and one per topic tag out.
 *
 * <pre>
 * press.statements.raw ─► enrich (dedupe, validate, extract) ─► press.statements.enriched
 *                                                          ├──► press.quotes      (key = speaker id)
 *                                                          └──► press.topic-tags  (key = topic code)
 * records that fail to decode or to enrich ─► press.statements.dlq (Kafka Streams' dead-letter support)
 * </pre>
 *
 * Only what every consumer needs happens here, each statement's one dedupe lookup its only state (each entry
 * kept for the state retention, {@link RetentionSweep}): the dashboard's read model is an application of its
 * own ({@link io.pressflow.dashboard.DashboardTopology}) that reads the enriched topic, so its aggregates cost
 * this topology nothing per statement.
 */
public final class EnrichmentTopology {
    /** State store of content hashes already enriched, by statement id. */
    public static final String SEEN_STORE = "enriched-statement-hashes";
    /** Bodies above this are dead-lettered rather than enriched (the producer's own limit is lower). */
    public static final int MAX_BODY_CHARS = 2 * 1024 * 1024;

    private EnrichmentTopology() {}

    public static Topology build(StreamsAppConfig config, Extractor extractor) {
        return build(config, extractor, EnrichmentMetrics.none());
    }

    public static Topology build(StreamsAppConfig config, Extractor extractor, EnrichmentMetrics metrics) {
        return build(TopologySerdes.fromRegistry(config.registryConfigs()), extractor, config.streamsProperties(), metrics,
                config.stateRetention());
    }

    /** @param streamsProperties the app's Streams config, for topology-level settings */
    public static Topology build(TopologySerdes serdes, Extractor extractor, Properties streamsProperties) {
        return build(serdes, extractor, streamsProperties, EnrichmentMetrics.none());
    }

    public static Topology build(TopologySerdes serdes, Extractor extractor, Properties streamsProperties, EnrichmentMetrics metrics) {
        return build(serdes, extractor, streamsProperties, metrics, StreamsAppConfig.DEFAULT_STATE_RETENTION);
    }

    /** @param seenRetention how long a statement's content hash is kept for spotting re-publishes */
    public static Topology build(TopologySerdes serdes, Extractor extractor, Properties streamsProperties, EnrichmentMetrics metrics,
            Duration seenRetention) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        builder.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(SEEN_STORE), Serdes.String(), Serdes.String()));

        KStream<String, PressStatement> raw = builder.stream(PressTopics.RAW,
                Consumed.with(Serdes.String(), serdes.statement()).withName("read-raw-statements"));

        KStream<String, EnrichedStatement> enriched = raw.processValues(
                () -> new EnrichProcessor(extractor, SEEN_STORE, seenRetention, MAX_BODY_CHARS, metrics), Named.as("enrich"), SEEN_STORE);

        enriched.to(PressTopics.ENRICHED,
                Produced.with(Serdes.String(), serdes.enriched()).withName("write-enriched"));
        enriched.flatMap((id, e) -> StatementMapping.quoteEvents(e), Named.as("split-quotes"))
                .to(PressTopics.QUOTES, Produced.with(Serdes.String(), serdes.quote()).withName("write-quotes"));
        enriched.flatMap((id, e) -> StatementMapping.topicTagEvents(e), Named.as("split-topic-tags"))
                .to(PressTopics.TOPIC_TAGS, Produced.with(Serdes.String(), serdes.topicTag()).withName("write-topic-tags"));
        return builder.build();
    }
}
