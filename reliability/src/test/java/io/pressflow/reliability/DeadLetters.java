package io.pressflow.reliability;

import io.pressflow.schemas.PressTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads press.statements.dlq (read_committed): each dead letter's headers, by key. */
final class DeadLetters {
    private DeadLetters() {}

    /**
     * Waits until every expected key is there (none expected: reads to the current end), then a few
     * quiet seconds, so late duplicates would be seen.
     */
    static Map<String, List<Map<String, String>>> read(String bootstrap, Map<String, String> clientProperties,
                                                       Collection<String> expected, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.putAll(clientProperties);
        Map<String, List<Map<String, String>>> byKey = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(PressTopics.DLQ, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietUntil = 0;
            while (System.nanoTime() < deadline) {
                boolean any = false;
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    any = true;
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                    }
                    byKey.computeIfAbsent(String.valueOf(r.key()), k -> new ArrayList<>()).add(headers);
                }
                boolean caughtUp = parts.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
                if (byKey.keySet().containsAll(expected) && caughtUp) {
                    if (any || quietUntil == 0) quietUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    if (System.nanoTime() > quietUntil) break;
                }
            }
        }
        return byKey;
    }

    /** How many of {@code ids} were dead-lettered. */
    static long among(Map<String, List<Map<String, String>>> letters, Collection<String> ids) {
        return ids.stream().filter(letters::containsKey).count();
    }
}
