package io.pressflow.ingest;

import io.pressflow.avro.PressStatement;
import io.pressflow.registry.AvroDeserializer;
import io.pressflow.registry.RegistryConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic back (up to its end offsets at the time of the call), decoded through the registry. */
public final class TopicRecords {
    private TopicRecords() {}

    public static List<ConsumerRecord<String, PressStatement>> readAll(String bootstrap, String registryUrl, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        AvroDeserializer<PressStatement> values = new AvroDeserializer<>();
        values.configure(Map.of(RegistryConfig.SCHEMA_REGISTRY_URL, registryUrl, RegistryConfig.SPECIFIC_AVRO_READER, "true"), false);
        List<ConsumerRecord<String, PressStatement>> records = new ArrayList<>();
        try (KafkaConsumer<String, PressStatement> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            if (!reached(consumer, end)) {
                throw new AssertionError("could not read " + topic + " to its end " + end);
            }
        }
        return records;
    }

    public static long countKey(List<ConsumerRecord<String, PressStatement>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).count();
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
