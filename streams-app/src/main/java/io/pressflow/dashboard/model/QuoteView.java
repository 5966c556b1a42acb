package io.pressflow.dashboard.model;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteItem;
import io.pressflow.topology.StatementMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;

/**
 * One quote as the API shows it: the words, the speaker, and the statement it came from.
 *
 * @param at the raw statement's record time, epoch millis (orders "latest quotes")
 */
public record QuoteView(String statementId, int index, String text, String kind, String speaker, String speakerId,
        String headline, String source, long at) {

    /** Newest first by record time; ties keep statement order. */
    public static final Comparator<QuoteView> NEWEST_FIRST = Comparator.comparingLong(QuoteView::at).reversed()
            .thenComparing(QuoteView::statementId).thenComparingInt(QuoteView::index);

    /** Keyed by speaker id ({@code unknown} when none), as on {@code press.quotes}. */
    public static List<KeyValue<String, QuoteView>> bySpeaker(EnrichedStatement e) {
        PressStatement s = e.getStatement();
        long at = e.getProcessedAt().toEpochMilli();
        List<KeyValue<String, QuoteView>> out = new ArrayList<>(e.getQuotes().size());
        int i = 0;
        for (QuoteItem q : e.getQuotes()) {
            String speakerId = q.getSpeakerId() == null ? StatementMapping.UNKNOWN_SPEAKER : q.getSpeakerId();
            out.add(KeyValue.pair(speakerId, new QuoteView(s.getId(), i++, q.getText(), q.getKind(), q.getSpeaker(),
                    speakerId, s.getHeadline(), s.getSource(), at)));
        }
        return out;
    }

    /**
     * A statement's quotes, one list per speaker id (in order of first quote), so each speaker's
     * aggregates are read and rewritten once per statement rather than once per quote.
     */
    public static List<KeyValue<String, List<QuoteView>>> groupedBySpeaker(EnrichedStatement e) {
        Map<String, List<QuoteView>> bySpeaker = new LinkedHashMap<>();
        for (KeyValue<String, QuoteView> kv : bySpeaker(e)) {
            bySpeaker.computeIfAbsent(kv.key, k -> new ArrayList<>(2)).add(kv.value);
        }
        List<KeyValue<String, List<QuoteView>>> out = new ArrayList<>(bySpeaker.size());
        bySpeaker.forEach((speaker, quotes) -> out.add(KeyValue.pair(speaker, quotes)));
        return out;
    }
}
