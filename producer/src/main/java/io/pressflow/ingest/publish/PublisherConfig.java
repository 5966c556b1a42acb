package io.pressflow.ingest.publish;

import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.registry.AvroSerializer;
import io.pressflow.registry.RegistryConfig;
import io.pressflow.schemas.PressTopics;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Where and how statements are published.
 *
 * @param bootstrapServers   Kafka brokers
 * @param schemaRegistryUrl  Confluent-compatible schema registry
 * @param topic              target topic, {@link PressTopics#RAW} by default
 * @param maxStatementBytes  the reader's size limit; the producer's request size is raised to fit it
 * @param properties         any producer or serializer property, applied last (overrides the defaults)
 */
public record PublisherConfig(
        String bootstrapServers,
        String schemaRegistryUrl,
        String topic,
        long maxStatementBytes,
        Map<String, String> properties) {

    /**
     * The project's Confluent wire-format serializer; a deployment can swap in another
     * implementation (Confluent's own) with {@code value.serializer=...} in the properties.
     */
    public static final String AVRO_SERIALIZER = AvroSerializer.class.getName();
    public static final String SCHEMA_REGISTRY_URL = RegistryConfig.SCHEMA_REGISTRY_URL;

    /** Room for the record's other fields and the Avro and batch framing around the body. */
    private static final int ENVELOPE_BYTES = 64 * 1024;

    public PublisherConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(schemaRegistryUrl, "schemaRegistryUrl");
        topic = topic == null || topic.isBlank() ? PressTopics.RAW : topic;
        properties = Map.copyOf(properties == null ? Map.of() : properties);
    }

    public static PublisherConfig of(String bootstrapServers, String schemaRegistryUrl) {
        return new PublisherConfig(bootstrapServers, schemaRegistryUrl, PressTopics.RAW, ReadOptions.DEFAULT_MAX_BYTES, Map.of());
    }

    public PublisherConfig withTopic(String t) {
        return new PublisherConfig(bootstrapServers, schemaRegistryUrl, t, maxStatementBytes, properties);
    }

    public PublisherConfig withProperties(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putAll(extra);
        return new PublisherConfig(bootstrapServers, schemaRegistryUrl, topic, maxStatementBytes, all);
    }

    /**
     * Durable, ordered, deduplicated by the broker: acks=all with idempotence means a retried batch
     * is written once, and per-key order holds.
     *
     * <p>linger.ms 25, not the client's 5: at 1,000 statements/s a send every 5 ms per partition woke
     * every consumer of the raw topic as often, and in the bench (broker, publisher and streams app
     * on 2 cores) the pass-through used 0.81-0.93 ms of CPU per statement at linger 5 against 0.41-0.54
     * at 25 (2 and 3 runs), mostly the broker's request handling. A statement waits 25 ms at most, which
     * a newsroom feed does not notice; {@code linger.ms} in the properties changes it.
     *
     * <p>lz4, not zstd: a batch here holds a few statements, and zstd sets up a fresh
     * compression context for every batch, which made it the publisher's largest cost (0.15-0.2 ms of
     * CPU per 2 KB statement in the bench against 0.01 ms with lz4, plus the broker's and the stream
     * thread's decompression); lz4 still shrinks a batch of prose by about a third (zstd: half).
     * Where the network or disk is short rather than CPU, {@code compression.type=zstd} in the
     * properties brings zstd back.
     */
    public Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pressflow-producer");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AVRO_SERIALIZER);
        p.put(SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "25");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        // how long send() waits for metadata: an unreachable cluster is reported after this
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(
                Math.max(1024 * 1024, Math.min(Integer.MAX_VALUE - ENVELOPE_BYTES, maxStatementBytes) + ENVELOPE_BYTES)));
        p.putAll(properties);
        return p;
    }
}
