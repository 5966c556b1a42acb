package io.pressflow.extract.quote;

/**
 * One attributed piece of speech.
 *
 * @param text           the words, without quote marks
 * @param start          first character (inclusive)
 * @param end            last character (exclusive)
 * @param kind           direct, partial or indirect
 * @param speaker        canonical speaker: the fullest form of the name used in the text; null when unknown
 * @param speakerType    what kind of source the speaker is
 * @param speakerMention the speaker as written next to this quote ("he", "the U.S. president"); null when none
 * @param cue            the reporting verb or phrase ("said", "according to"); null when none
 * @param confidence     0..1, how sure the attribution is
 */
public record Quote(
        String text,
        int start,
        int end,
        QuoteKind kind,
        String speaker,
        SpeakerType speakerType,
        String speakerMention,
        String cue,
        double confidence) {

    /** The same quote with offsets moved to another unit (used once, for code points). */
    public Quote withSpan(int newStart, int newEnd) {
        return new Quote(text, newStart, newEnd, kind, speaker, speakerType, speakerMention, cue, confidence);
    }
}
