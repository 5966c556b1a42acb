package io.pressflow.topology;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.extract.Extraction;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The baseline the enrichment topology is measured against: the same Avro decode of a raw statement,
 * the same enriched-shaped Avro record out (empty quotes, topics, entities), the same exactly-once
 * settings, but no extraction, no dedupe store and no aggregates. What it costs is the price of
 * moving a statement through Kafka Streams at all; the enrichment topology's rate as a fraction of
 * it is what extraction and state cost. Reads and writes topics of its own, so it never mixes with
 * the real pipeline's.
 */
public final class PassthroughTopology {
    /** Marks records that were passed through, in the extractor version field. */
    public static final String NO_EXTRACTION = "passthrough";

    private static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of(), NO_EXTRACTION);

    private PassthroughTopology() {}

    /**
     * @param inputTopic        raw statements (PressStatement), as on {@code press.statements.raw}
     * @param outputTopic       enriched-shaped records (EnrichedStatement)
     * @param streamsProperties the app's Streams config, for topology-level settings
     */
    public static Topology build(TopologySerdes serdes, Properties streamsProperties, String inputTopic, String outputTopic) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        builder.stream(inputTopic, Consumed.with(Serdes.String(), serdes.statement()).withName("read-raw-statements"))
                .processValues(PassThrough::new, Named.as("pass-through"))
                .to(outputTopic, Produced.with(Serdes.String(), serdes.enriched()).withName("write-passed-through"));
        return builder.build();
    }

    /** Wraps the raw statement as an enriched record with nothing extracted. */
    private static final class PassThrough implements FixedKeyProcessor<String, PressStatement, EnrichedStatement> {
        private FixedKeyProcessorContext<String, EnrichedStatement> context;

        @Override
        public void init(FixedKeyProcessorContext<String, EnrichedStatement> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, PressStatement> record) {
            if (record.value() == null) {
                throw new InvalidStatementException(String.valueOf(record.key()), "null value (tombstone) on the raw topic");
            }
            RecordMetadata meta = context.recordMetadata().orElse(null);
            Instant at = Instant.ofEpochMilli(record.timestamp());
            StatementMapping.SourcePosition position = meta == null
                    ? new StatementMapping.SourcePosition("", -1, -1L, at)
                    : new StatementMapping.SourcePosition(meta.topic(), meta.partition(), meta.offset(), at);
            context.forward(record.withValue(StatementMapping.toEnriched(record.value(), EMPTY, position)));
        }
    }
}
