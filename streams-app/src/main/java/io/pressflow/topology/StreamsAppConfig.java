package io.pressflow.topology;

import io.pressflow.schemas.PressTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything the streams app can be configured with, in one typed place. The CLI fills it from flags
 * and environment; the defaults run against the local stack.
 *
 * @param bootstrapServers  Kafka brokers
 * @param schemaRegistryUrl Confluent-compatible schema registry base URL
 * @param registryUserInfo  "user:password" for the registry's basic auth, or null
 * @param applicationId     Kafka Streams application.id (consumer group, internal topic prefix)
 * @param stateDir          where state stores live
 * @param threads           stream threads in this instance
 * @param extra             any other Kafka Streams / client property, passed through unchanged (e.g. security.protocol)
 * @param stateRetention    how long stores keyed by statement id (the enrichment's dedupe hashes, the dashboard's
 *                          statement views) keep an entry, measured from its record's timestamp
 */
public record StreamsAppConfig(
        String bootstrapServers,
        String schemaRegistryUrl,
        String registryUserInfo,
        String applicationId,
        Path stateDir,
        int threads,
        Map<String, String> extra,
        Duration stateRetention) {

    public static final String DEFAULT_APPLICATION_ID = "pressflow-enricher";
    /** The streams producer's batch.size and linger.ms (see streamsProperties). */
    static final int BATCH_BYTES = 256 * 1024;
    static final int LINGER_MS = 10;
    /** Producer request limit: {@link EnrichmentTopology#MAX_BODY_CHARS} chars at up to 3 UTF-8 bytes each, plus the enrichment. */
    static final int MAX_REQUEST_BYTES = 3 * EnrichmentTopology.MAX_BODY_CHARS + 2 * 1024 * 1024;

    /** As long as the pipeline's topics keep their records ({@link PressTopics#RETENTION}). */
    public static final Duration DEFAULT_STATE_RETENTION = PressTopics.RETENTION;

    public StreamsAppConfig {
        extra = Map.copyOf(extra);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        java.util.Objects.requireNonNull(stateRetention, "stateRetention");
        if (stateRetention.isNegative() || stateRetention.isZero()) {
            throw new IllegalArgumentException("state retention must be positive, was " + stateRetention);
        }
    }

    /** With the default state retention. */
    public StreamsAppConfig(String bootstrapServers, String schemaRegistryUrl, String registryUserInfo, String applicationId,
            Path stateDir, int threads, Map<String, String> extra) {
        this(bootstrapServers, schemaRegistryUrl, registryUserInfo, applicationId, stateDir, threads, extra, DEFAULT_STATE_RETENTION);
    }

    /** The same settings under another application.id with other extra properties. */
    public StreamsAppConfig with(String applicationId, Map<String, String> extra) {
        return new StreamsAppConfig(bootstrapServers, schemaRegistryUrl, registryUserInfo, applicationId, stateDir, threads, extra, stateRetention);
    }

    public static StreamsAppConfig local(String bootstrapServers, String schemaRegistryUrl, Path stateDir) {
        return new StreamsAppConfig(bootstrapServers, schemaRegistryUrl, null, DEFAULT_APPLICATION_ID, stateDir, 1, Map.of());
    }

    /** The registry client's configs, with Confluent's key names. */
    public Map<String, Object> registryConfigs() {
        Map<String, Object> m = new HashMap<>();
        m.put("schema.registry.url", schemaRegistryUrl);
        m.put("auto.register.schemas", "true");
        if (registryUserInfo != null && !registryUserInfo.isBlank()) {
            m.put("basic.auth.credentials.source", "USER_INFO");
            m.put("basic.auth.user.info", registryUserInfo);
        }
        return m;
    }

    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        // Downstream services act on every event: no loss, no duplicates.
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Bad records go to the dead-letter topic with the reason in headers, and the rest flow on.
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, PressTopics.DLQ);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterUnlessTransient.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, RetryTransientProcessingErrors.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Uncompressed: under exactly-once every commit closes one small batch per partition written, and
        // compressing each (lz4 allocates two 64 KB buffers per batch; the broker decompresses to validate)
        // cost more CPU per statement than anything but extraction in the bench. Where the network is
        // the bottleneck rather than CPU, set producer.compression.type=lz4 (extra overrides this).
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "none");
        // Batches bounded by time, not by 16 KB (the default), which held three or four enriched
        // statements (4-5 KB each): the sender shipped a request for every few records and the broker
        // validated and appended each one. The streams producer's sender and the broker's threads cost
        // 0.32 ms of CPU per statement in the bench, 0.15 ms with these settings. linger.ms is 10, not
        // Kafka Streams' 100: with 100 the batches waited for the commit, which then had to send a whole
        // interval's output before committing (pass-through p50 +20 ms, p99 +70 ms at 1,000/s).
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), BATCH_BYTES);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), LINGER_MS);
        // Room for the largest record the topology writes: a body of up to MAX_BODY_CHARS enriched, or
        // dead-lettered as raw bytes. At the 1 MiB default an oversized dead letter fails to send, and
        // Kafka Streams then dead-letters that failure again and again until the thread overflows its stack.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_REQUEST_BYTES);
        p.putAll(extra);
        return p;
    }
}
