package io.pressflow.cli;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.registry.AvroDeserializer;
import io.pressflow.schemas.PressTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows what the topology writes: enriched statements and dead letters, committed only
 * (read_committed), from the moment the feed was opened. No consumer group: it reads, never commits.
 */
final class EnrichedFeed implements AutoCloseable {
    /** One outcome of one statement. */
    sealed interface Outcome permits Enriched, DeadLettered {
        String id();
    }

    record Enriched(String id, EnrichedStatement statement) implements Outcome {}

    /** @param reason the exception message Kafka Streams put in the record's headers */
    record DeadLettered(String id, String exception, String reason) implements Outcome {}

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AvroDeserializer<EnrichedStatement> enriched;

    private EnrichedFeed(KafkaConsumer<byte[], byte[]> consumer, AvroDeserializer<EnrichedStatement> enriched) {
        this.consumer = consumer;
        this.enriched = enriched;
    }

    /** Opens the feed positioned at the current end of both topics. */
    static EnrichedFeed openAtEnd(Connection connection) {
        Properties p = connection.clientProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        for (String topic : List.of(PressTopics.ENRICHED, PressTopics.DLQ)) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                parts.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(parts);
        consumer.seekToEnd(parts);
        parts.forEach(consumer::position); // fix the positions now, before anything is published
        AvroDeserializer<EnrichedStatement> d = new AvroDeserializer<>(EnrichedStatement.class);
        d.configure(connection.registryConfigs(), false);
        return new EnrichedFeed(consumer, d);
    }

    /** Polls once and hands each outcome to the sink. */
    void poll(Duration timeout, Consumer<Outcome> sink) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(timeout)) {
            String id = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
            if (r.topic().equals(PressTopics.DLQ)) {
                sink.accept(new DeadLettered(id, header(r, "__streams.errors.exception"), header(r, "__streams.errors.message")));
            } else {
                sink.accept(new Enriched(id, enriched.deserialize(r.topic(), r.headers(), r.value())));
            }
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        enriched.close();
    }
}
