package io.pressflow.dashboard.model;

import java.util.List;

/** How many quotes a speaker has, and when the latest arrived. */
public record SpeakerCount(String speakerId, String speaker, long quotes, long lastQuoteAt) {
    public static final SpeakerCount NONE = new SpeakerCount(null, null, 0, 0);

    public SpeakerCount add(QuoteView q) {
        // keep a known name over a missing one: the unknown-speaker bucket has none
        String name = q.speaker() != null ? q.speaker() : speaker;
        return new SpeakerCount(q.speakerId(), name, quotes + 1, Math.max(lastQuoteAt, q.at()));
    }

    public SpeakerCount addAll(List<QuoteView> qs) {
        SpeakerCount c = this;
        for (QuoteView q : qs) {
            c = c.add(q);
        }
        return c;
    }
}
