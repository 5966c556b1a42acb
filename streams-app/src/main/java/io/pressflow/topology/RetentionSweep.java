package io.pressflow.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets what a key-value store has held for longer than the retention, so stores keyed by statement
 * id stay as bounded as the topics they follow. Each sweep reads at most {@code slice} entries, going
 * on from where the last one stopped and starting over at the end, so a store of millions never holds
 * up the stream thread for long. Deletes reach the changelog as tombstones: a restore shrinks too.
 *
 * <p>Age is measured in stream time (the newest record timestamp the task has seen), so an idle
 * pipeline forgets nothing and a replay forgets what it would have forgotten then.
 */
public final class RetentionSweep<K, V> {
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    /** How often each task sweeps (wall-clock). */
    public static final Duration EVERY = Duration.ofMinutes(1);
    /** Entries read per sweep: a store of 3 million is read through in under an hour at one sweep a minute. */
    public static final int SLICE = 50_000;

    private final TimestampedKeyValueStore<K, V> store;
    private final long retentionMs;
    private final int slice;
    private K resumeAt;

    public RetentionSweep(TimestampedKeyValueStore<K, V> store, Duration retention, int slice) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive, was " + retention);
        }
        if (slice < 1) {
            throw new IllegalArgumentException("slice must be at least 1, was " + slice);
        }
        this.store = store;
        this.retentionMs = retention.toMillis();
        this.slice = slice;
    }

    /** Sweeps every {@link #EVERY} of wall-clock time, ageing entries by the task's stream time. */
    public static <K, V> void schedule(ProcessingContext context, TimestampedKeyValueStore<K, V> store, Duration retention) {
        RetentionSweep<K, V> sweep = new RetentionSweep<>(store, retention, SLICE);
        context.schedule(EVERY, PunctuationType.WALL_CLOCK_TIME, wallClock -> sweep.sweep(context.currentStreamTimeMs()));
    }

    /**
     * Deletes the expired entries among the next slice.
     *
     * @param now the stream time; entries stamped before {@code now - retention} go
     * @return how many were deleted
     */
    public int sweep(long now) {
        if (now < 0) {
            return 0; // no record seen yet: no notion of now
        }
        long oldest = now - retentionMs;
        List<K> expired = new ArrayList<>();
        int read = 0;
        try (KeyValueIterator<K, ValueAndTimestamp<V>> it = resumeAt == null ? store.all() : store.range(resumeAt, null)) {
            while (it.hasNext() && read < slice) {
                KeyValue<K, ValueAndTimestamp<V>> entry = it.next();
                read++;
                if (entry.value != null && entry.value.timestamp() < oldest) {
                    expired.add(entry.key);
                }
            }
            // the next sweep starts at the first entry not read; past the end it starts over
            resumeAt = it.hasNext() ? it.next().key : null;
        }
        for (K key : expired) {
            store.delete(key);
        }
        if (!expired.isEmpty()) {
            log.debug("{}: forgot {} of {} entries read, older than {} ms of stream time", store.name(), expired.size(), read, retentionMs);
        }
        return expired.size();
    }
}
