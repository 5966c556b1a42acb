package io.pressflow.schemas;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The topic catalogue: every topic the pipeline reads or writes, declared once and used by the
 * topology, the local stack, the producer and docker-compose's init step alike.
 */
public final class PressTopics {
    private PressTopics() {}

    /** One topic: its name, partitions, and the configs it is created with. */
    public record TopicSpec(String name, int partitions, Map<String, String> configs, String doc) {}

    public static final String RAW = "press.statements.raw";
    public static final String ENRICHED = "press.statements.enriched";
    public static final String QUOTES = "press.quotes";
    public static final String TOPIC_TAGS = "press.topic-tags";
    public static final String DLQ = "press.statements.dlq";

    /** Default partition count; a deployment can create its topics with more. */
    public static final int DEFAULT_PARTITIONS = 3;

    /** How long every topic keeps its records (the state stores keyed by statement id follow it). */
    public static final Duration RETENTION = Duration.ofDays(30);

    private static final Map<String, String> COMPACTED_BY_ID = Map.of(
            "cleanup.policy", "compact,delete",
            "retention.ms", String.valueOf(RETENTION.toMillis()));
    private static final Map<String, String> EVENTS = Map.of(
            "retention.ms", String.valueOf(RETENTION.toMillis()));

    public static List<TopicSpec> all() {
        return List.of(
                new TopicSpec(RAW, DEFAULT_PARTITIONS, EVENTS, "raw press statements, Avro PressStatement, key = statement id"),
                new TopicSpec(ENRICHED, DEFAULT_PARTITIONS, COMPACTED_BY_ID, "enriched statements, Avro EnrichedStatement, key = statement id"),
                new TopicSpec(QUOTES, DEFAULT_PARTITIONS, EVENTS, "one event per quote, Avro QuoteEvent, key = speaker id"),
                new TopicSpec(TOPIC_TAGS, DEFAULT_PARTITIONS, EVENTS, "one event per topic tag, Avro TopicTagEvent, key = topic code"),
                new TopicSpec(DLQ, 1, EVENTS, "records that could not be read or processed, original bytes, reason in headers"));
    }
}
