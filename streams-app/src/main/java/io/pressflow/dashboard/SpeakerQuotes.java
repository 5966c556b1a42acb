package io.pressflow.dashboard;

import io.pressflow.dashboard.model.CompactSerde;
import io.pressflow.dashboard.model.QuoteView;
import io.pressflow.dashboard.model.SpeakerCount;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Each speaker's quote count and latest {@link #LIMIT} quotes, kept as a ring: the n-th quote of a
 * speaker goes to slot {@code n % LIMIT} under its own key ({@link #slotKey}), so a new quote is one
 * small write. A single value holding the 50-quote list had to be read, re-sorted and written back
 * whole (changelog included) for every statement that quoted the speaker, and was most of the
 * dashboard's cost per statement.
 *
 * <p>"Latest" is the order in which the dashboard processed the quotes: a statement arriving late
 * replaces the speaker's oldest-processed quote. Readers sort what they show by {@link QuoteView#NEWEST_FIRST}.
 */
public final class SpeakerQuotes implements Processor<String, List<QuoteView>, Void, Void> {
    /** Quotes kept per speaker. */
    public static final int LIMIT = 50;

    private final String countsStore;
    private final String quotesStore;
    private KeyValueStore<String, SpeakerCount> counts;
    private KeyValueStore<String, QuoteView> slots;

    SpeakerQuotes(String countsStore, String quotesStore) {
        this.countsStore = countsStore;
        this.quotesStore = quotesStore;
    }

    /** Speaker id to {@link SpeakerCount}; persistent, cached and changelogged like the DSL's aggregates. */
    static StoreBuilder<KeyValueStore<String, SpeakerCount>> countsStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), CompactSerde.SPEAKER_COUNT)
                .withCachingEnabled();
    }

    /** {@link #slotKey} to one {@link QuoteView}. */
    static StoreBuilder<KeyValueStore<String, QuoteView>> quotesStore(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), CompactSerde.QUOTE)
                .withCachingEnabled();
    }

    /**
     * The slot's key: the speaker id, {@code #} and the slot in two digits. The fixed-width suffix
     * keeps keys of different speakers apart even when an id itself contains {@code #}.
     */
    static String slotKey(String speakerId, int slot) {
        return speakerId + (slot < 10 ? "#0" : "#") + slot;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        counts = context.getStateStore(countsStore);
        slots = context.getStateStore(quotesStore);
    }

    @Override
    public void process(Record<String, List<QuoteView>> record) {
        String speakerId = record.key();
        SpeakerCount count = counts.get(speakerId);
        if (count == null) {
            count = SpeakerCount.NONE;
        }
        for (QuoteView q : record.value()) {
            slots.put(slotKey(speakerId, (int) (count.quotes() % LIMIT)), q);
            count = count.add(q);
        }
        counts.put(speakerId, count);
    }

    /** A speaker's kept quotes, newest first; empty when the speaker has none. */
    public static List<QuoteView> latest(String speakerId, SpeakerCount count, ReadOnlyKeyValueStore<String, QuoteView> slots) {
        if (count == null) {
            return List.of();
        }
        int kept = (int) Math.min(count.quotes(), LIMIT);
        List<QuoteView> out = new ArrayList<>(kept);
        for (int slot = 0; slot < kept; slot++) {
            QuoteView q = slots.get(slotKey(speakerId, slot));
            if (q != null) {
                out.add(q);
            }
        }
        out.sort(QuoteView.NEWEST_FIRST);
        return out;
    }
}
