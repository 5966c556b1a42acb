package io.pressflow.dashboard.model;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteItem;
import io.pressflow.topology.StatementMapping;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * One quote as the API shows it: the words, the speaker, and the statement it came from.
 *
 * @param at the raw statement's record time, epoch millis (orders "latest quotes")
 */
public record QuoteView(String statementId, int index, String text, String kind, String speaker, String speakerId,
        String headline, String source, long at) {

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
}
