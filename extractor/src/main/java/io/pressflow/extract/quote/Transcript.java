package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Transcripts and interviews: paragraphs opened by a speaker's label ("PENCE:", "Q:", "A:"), with or
 * without quote marks. A labelled turn printed without marks is a direct quote of the one the label names;
 * an interview's answers are the interviewee's and its questions the interviewer's, when the story names one.
 */
final class Transcript {
    private final Tokens t;
    private final Cast cast;
    private final boolean[] quoted;
    private final int headlineEnd;
    private final Function<Phrase, Speaker> resolver;
    /** interview turns taken whole, [first token, end): quote marks inside them nest in the turn */
    private final List<int[]> turnEnds = new ArrayList<>(0);
    private int turns = -1;
    private int firstInterviewTurn = -2;
    /** 0 not yet known, 1 a transcript labelled in title case, -1 not */
    private int titled;

    Transcript(Tokens t, Cast cast, boolean[] quoted, int headlineEnd, Function<Phrase, Speaker> resolver) {
        this.t = t;
        this.cast = cast;
        this.quoted = quoted;
        this.headlineEnd = headlineEnd;
        this.resolver = resolver;
    }

    /**
     * The colon after a transcript's speaker label ("PENCE: Well, look, ..."), or -1: one to three
     * capitalised words opening a paragraph, and a person the story names or a transcript of several
     * turns, so that "CLARIFICATION:" or "UPDATE:" is no speaker.
     */
    int turnLabelColon(QuoteMarks.Span span) {
        int colon = labelColon(span.first());
        if (colon < 0 || !t.has(span.open(), Tokens.PARA_START)) {
            return -1;
        }
        Cast.Member m = cast.lookup(span.first(), colon - 1);
        return m != null && m.person || transcriptTurns() >= 3 ? colon : -1;
    }

    /**
     * Whose quote a transcript's label names: "PENCE: ..." inside the marks, or "Reporter: “...”"
     * before them, opening the paragraph; null when no label does.
     */
    Attributor.Found turnLabel(QuoteMarks.Span span) {
        int colon = turnLabelColon(span);
        if (colon > 0) {
            return label(span.first(), colon);
        }
        int ps = t.paragraphStart(t.paragraph(span.open()));
        colon = span.open() - 1;
        if (colon <= ps || labelColon(ps) != colon) {
            return null;
        }
        Cast.Member m = cast.lookup(ps, colon - 1);
        return m != null && m.person || transcriptTurns() >= 3 ? label(ps, colon) : null;
    }

    /**
     * A transcript printed without quote marks ("BERG: No. We have said that clearly."): each turn
     * of a named person, or of any label when the story has three or more, is a direct quote. Its
     * words are marked as quoted, so reported speech is not looked for inside them.
     */
    void unmarkedTurns(List<Quote> out) {
        for (int p = 0; p < t.paragraphs(); p++) {
            int ps = t.paragraphStart(p);
            int pe = t.paragraphEnd(p);
            if (ps < headlineEnd || quoted[ps] || t.kind(ps) == Tokens.MARK) {
                continue;
            }
            int colon = labelColon(ps);
            // an interview's or a briefing's answer may quote someone inside it ("my agent said, "Who's her son?"")
            boolean interview = colon == ps + 1 && interviewLabel(ps) || colon > ps && titleLabelColon(ps) == colon;
            if (colon < 0 || colon + 1 >= pe || !interview && anyQuoted(quoted, colon + 1, pe)
                    || t.kind(colon + 1) == Tokens.MARK) { // a turn in quote marks is read with its quote
                continue;
            }
            Cast.Member m = cast.lookup(ps, colon - 1);
            if (!(m != null && m.person || transcriptTurns() >= 3)) {
                continue;
            }
            Attributor.Found f = label(ps, colon);
            int s = t.start(colon + 1);
            int e = t.end(pe - 1);
            Speaker sp = f.speaker();
            // the questions of an interviewer the story does not name are the publication's, not a quote;
            // at a briefing, an unnamed "Q:" is one of the reporters present
            if (!interview || sp.name() != null || titledTranscript()) {
                out.add(new Quote(t.text().substring(s, e), s, e, QuoteKind.DIRECT, sp.name(), sp.type(), sp.mention(),
                        Attributor.DEBUG ? f.cue() + " |unmarked transcript turn" : f.cue(), f.confidence()));
            }
            for (int k = colon + 1; k < pe; k++) {
                quoted[k] = true;
            }
            if (interview) {
                turnEnds.add(new int[] {colon + 1, pe});
            }
        }
    }


    boolean insideTurn(int k) {
        for (int[] r : turnEnds) {
            if (k >= r[0] && k < r[1]) {
                return true;
            }
        }
        return false;
    }

    static boolean anyQuoted(boolean[] quoted, int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoted[k]) {
                return true;
            }
        }
        return false;
    }

    /** "Q:" and "A:", the interview's question and answer labels */
    private boolean interviewLabel(int k) {
        return k < t.size() && t.length(k) == 1 && (t.first(k) == 'Q' || t.first(k) == 'A');
    }

    /** the speaker a label names: the interviewer or interviewee for "Q:"/"A:", else the name in capitals */
    Attributor.Found label(int first, int colon) {
        if (colon == first + 1 && interviewLabel(first)) {
            Cast.Member m = t.first(first) == 'A' ? interviewee() : interviewer();
            Speaker s = m == null
                    ? new Speaker(null, SpeakerType.UNRESOLVED, t.string(first), first, null)
                    : new Speaker(m.name(), SpeakerType.PERSON, t.string(first), first, m);
            return new Attributor.Found(s, ":", colon, m == null ? 0.5 : 0.8, "interview label");
        }
        Speaker s = resolver.apply(new Phrase(first, colon - 1, Phrase.Form.NAME, first, colon - 1, null));
        if (s.member() == null || !s.member().org && s.name().equals(s.name().toUpperCase(Locale.ROOT))) {
            // a label the story never spells out: "WALLACE" reads as the surname "Wallace"
            s = new Speaker(titleCase(s.name()), SpeakerType.PERSON, s.mention(), s.token(), null);
        }
        return new Attributor.Found(s, ":", colon, 0.9, "transcript label");
    }


    /** the first token of the first "Q:"/"A:" paragraph, or -1 */
    private int firstInterviewTurn() {
        if (firstInterviewTurn == -2) {
            firstInterviewTurn = -1;
            for (int p = 0; p < t.paragraphs() && firstInterviewTurn < 0; p++) {
                int k = t.paragraphStart(p);
                if (interviewLabel(k) && t.is(k + 1, ':')) {
                    firstInterviewTurn = k;
                }
            }
        }
        return firstInterviewTurn;
    }

    /** who answers in a Q&A: the person the introduction names most often */
    private Cast.Member interviewee() {
        int until = firstInterviewTurn();
        Map<Cast.Member, Integer> counts = new HashMap<>();
        Cast.Member best = null;
        for (Cast.Mention x : cast.mentions) {
            if (x.first() >= until) {
                break;
            }
            if (x.member().person) {
                int n = counts.merge(x.member(), 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = x.member();
                }
            }
        }
        return best;
    }

    /** who asks: another person named in the paragraph that introduces the questions ("He spoke with X"), or null */
    private Cast.Member interviewer() {
        int until = firstInterviewTurn();
        if (until <= 0) {
            return null;
        }
        int intro = t.paragraph(until) - 1;
        if (labelColon(t.paragraphStart(intro)) > 0) {
            return null; // the turn before is a briefing's answer, no introduction of who asks
        }
        Cast.Member answers = interviewee();
        Cast.Member asks = null;
        for (Cast.Mention x : cast.mentions) {
            if (x.first() >= until) {
                break;
            }
            if (t.paragraph(x.first()) == intro && x.member().person && x.member() != answers
                    && (asks == null || asks.roles.isEmpty() && !x.member().roles.isEmpty())) {
                asks = x.member(); // one with a role ("books editor Nadia Bloom") before any other name
            }
        }
        return asks;
    }

    private static String titleCase(String label) {
        StringBuilder b = new StringBuilder(label.length());
        boolean start = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    int labelColon(int first) {
        if (interviewLabel(first) && t.is(first + 1, ':')) {
            return first + 1;
        }
        int titleColon = titleLabelColon(first);
        if (titleColon > 0) {
            return titledTranscript() ? titleColon : -1;
        }
        for (int k = first; k < first + 4 && k < t.size(); k++) {
            if (t.is(k, ':')) {
                return k > first ? k : -1;
            }
            if (!t.isWord(k) || !t.has(k, Tokens.ALL_CAPS) || t.length(k) < 2 && !t.is(k + 1, '.')) {
                if (!(t.is(k, '.') && k > first)) {
                    return -1;
                }
            }
        }
        return -1;
    }


    /**
     * The colon after a label in title case opening a paragraph ("Qiao Wenyu:", "Pacific Wire:"), or -1:
     * capitalised words (initials with their full stops, six tokens at most), at least one not in capitals
     * throughout, then the colon and more words.
     */
    private int titleLabelColon(int first) {
        if (first >= t.size() || !t.has(first, Tokens.PARA_START) || first < headlineEnd) {
            return -1;
        }
        boolean titleCase = false;
        for (int k = first; k < first + 6 && k + 1 < t.size(); k++) {
            if (t.is(k, ':')) {
                return titleCase && t.paragraph(k + 1) == t.paragraph(first) ? k : -1;
            }
            boolean word = t.isWord(k) && t.has(k, Tokens.CAP);
            if (!(word || t.is(k, '.') && k > first && t.length(k - 1) == 1)) {
                return -1;
            }
            titleCase |= word && !t.has(k, Tokens.ALL_CAPS); // "China Horizon TV", not "PENCE" (read above)
        }
        return -1;
    }

    /**
     * A briefing printed as a transcript with labels in title case: some person the story names opens
     * two or more paragraphs with their name and a colon, and three or more paragraphs open with a
     * label. Then every such label is a turn, the questioners' ("Pacific Wire:") too; without a
     * recurring named speaker, "Update:" or "Background:" opening a paragraph is no speaker.
     */
    private boolean titledTranscript() {
        if (titled == 0) {
            titled = -1;
            Map<Cast.Member, Integer> byPerson = new HashMap<>();
            int labels = 0;
            boolean person = false;
            for (int p = 0; p < t.paragraphs(); p++) {
                int k = t.paragraphStart(p);
                int colon = titleLabelColon(k);
                if (colon < 0) {
                    continue;
                }
                labels++;
                Cast.Member m = cast.lookup(k, colon - 1);
                if (m != null && m.person && byPerson.merge(m, 1, Integer::sum) >= 2) {
                    person = true;
                }
            }
            if (person && labels >= 3) {
                titled = 1;
            }
        }
        return titled > 0;
    }

    /** paragraphs of this statement that open with a speaker label, quoted or not */
    private int transcriptTurns() {
        if (turns < 0) {
            turns = 0;
            for (int p = 0; p < t.paragraphs(); p++) {
                int k = t.paragraphStart(p);
                if (t.kind(k) == Tokens.MARK) {
                    k++;
                }
                if (k < t.size() && labelColon(k) > 0) {
                    turns++;
                }
            }
        }
        return turns;
    }
}
