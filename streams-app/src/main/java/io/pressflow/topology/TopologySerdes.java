package io.pressflow.topology;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.avro.TopicTagEvent;
import io.pressflow.registry.AvroSerde;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/** The value serdes of every topic the topology touches. */
public record TopologySerdes(
        Serde<PressStatement> statement,
        Serde<EnrichedStatement> enriched,
        Serde<QuoteEvent> quote,
        Serde<TopicTagEvent> topicTag) {

    /** Confluent wire format through the schema registry the configs name. */
    public static TopologySerdes fromRegistry(Map<String, ?> registryConfigs) {
        return new TopologySerdes(
                AvroSerde.of(PressStatement.class, registryConfigs, false),
                AvroSerde.of(EnrichedStatement.class, registryConfigs, false),
                AvroSerde.of(QuoteEvent.class, registryConfigs, false),
                AvroSerde.of(TopicTagEvent.class, registryConfigs, false));
    }
}
