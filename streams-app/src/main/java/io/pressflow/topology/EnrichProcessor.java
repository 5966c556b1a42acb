package io.pressflow.topology;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.extract.Extraction;
import io.pressflow.extract.Extractor;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches one raw statement. Skips a statement whose id was already enriched with the same content
 * hash (a re-publish) within the retention, so downstream sees each statement's quotes and tags once. Invalid statements
 * throw {@link InvalidStatementException}, which the processing exception handler dead-letters.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, PressStatement, EnrichedStatement> {
    private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);

    private final Extractor extractor;
    private final String storeName;
    private final Duration seenRetention;
    private final int maxBodyChars;
    private final EnrichmentMetrics metrics;
    private FixedKeyProcessorContext<String, EnrichedStatement> context;
    private TimestampedKeyValueStore<String, String> seen;

    EnrichProcessor(Extractor extractor, String storeName, Duration seenRetention, int maxBodyChars, EnrichmentMetrics metrics) {
        this.extractor = extractor;
        this.storeName = storeName;
        this.seenRetention = seenRetention;
        this.maxBodyChars = maxBodyChars;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedStatement> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        RetentionSweep.schedule(context, seen, seenRetention);
    }

    @Override
    public void process(FixedKeyRecord<String, PressStatement> record) {
        PressStatement raw = record.value();
        if (raw == null) {
            // a tombstone on the raw topic deletes nothing downstream: say so rather than drop it silently
            throw new InvalidStatementException(String.valueOf(record.key()), "null value (tombstone) on the raw topic");
        }
        validate(raw);
        String id = raw.getId();
        if (raw.getContentHash().equals(ValueAndTimestamp.getValueOrNull(seen.get(id)))) {
            log.info("statement {} re-published with unchanged content: already enriched, skipped", id);
            return;
        }
        Extraction x = metrics.timeExtraction(() -> extractor.extract(StatementMapping.toStatement(raw)));
        EnrichedStatement enriched = StatementMapping.toEnriched(raw, x, position(record));
        seen.put(id, ValueAndTimestamp.make(raw.getContentHash(), record.timestamp()));
        context.forward(record.withValue(enriched));
        metrics.enriched(record.timestamp(), System.currentTimeMillis());
    }

    private void validate(PressStatement raw) {
        String id = raw.getId();
        if (id == null || id.isBlank()) {
            throw new InvalidStatementException("(none)", "id is empty");
        }
        if (raw.getBody() == null || raw.getBody().isBlank()) {
            throw new InvalidStatementException(id, "body is empty");
        }
        if (raw.getBody().length() > maxBodyChars) {
            throw new InvalidStatementException(id, "body has " + raw.getBody().length() + " chars, over the limit of " + maxBodyChars);
        }
        if (raw.getContentHash() == null || raw.getContentHash().isBlank()) {
            throw new InvalidStatementException(id, "contentHash is empty");
        }
    }

    private StatementMapping.SourcePosition position(FixedKeyRecord<String, PressStatement> record) {
        RecordMetadata meta = context.recordMetadata().orElse(null);
        Instant at = Instant.ofEpochMilli(record.timestamp());
        return meta == null
                ? new StatementMapping.SourcePosition("", -1, -1L, at)
                : new StatementMapping.SourcePosition(meta.topic(), meta.partition(), meta.offset(), at);
    }
}
