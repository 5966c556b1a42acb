package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Attribution for one statement: finds the cue and speaker of every quoted span and of reported
 * speech, in text order, so that a quote standing alone can continue the last speaker and a
 * pronoun can take the nearest fitting one. One instance per statement, not thread-safe.
 */
final class Attributor {

    /** paragraphs (after a headline's) where a description may name someone introduced only later: a lede's */
    private static final int LEDE_PARAGRAPHS = 1;

    private final Tokens t;
    private final LowerWords lower;
    private final Cast cast;
    private final Phrases phrases;
    private final List<QuoteMarks.Span> spans;
    private final boolean[] quoted;
    private final int headlineEnd;
    /** by span, the length of the list of quoted words it stands in; filled on first use */
    private int[] listLengths;
    /** attribution of each span, filled in text order */
    private final Found[] found;
    private final Transcript transcript;
    private final QuotedNames names;

    private Speaker lastSpeaker;
    /** the last quote when it was a question, else null: '"Did you?" Fontaine asked. "I did," she replied' answers it */
    private QuoteMarks.Span lastQuestion;
    /** the one who spoke before the last speaker, someone else: who answers the last speaker's question */
    private Speaker previousSpeaker;
    /** the last speaker found through a document ("The statement said"), whom "It added" goes on with */
    private Speaker documentVoice;

    /** A cue and speaker for one quote or clause, with why it was chosen. */
    record Found(Speaker speaker, String cue, int cueToken, double confidence, String reason) {}

    Attributor(Tokens t, List<QuoteMarks.Span> spans, boolean[] quoted, int headlineEnd, int castFrom) {
        this.t = t;
        this.spans = spans;
        this.quoted = quoted;
        this.headlineEnd = headlineEnd;
        this.lower = new LowerWords(t);
        this.cast = Cast.build(t, quoted, castFrom, lower);
        this.phrases = new Phrases(t, lower);
        this.found = new Found[spans.size()];
        this.transcript = new Transcript(t, cast, quoted, headlineEnd, this::resolve);
        this.names = new QuotedNames(t, spans);
    }

    List<Quote> run() {
        List<Quote> out = new ArrayList<>();
        transcript.unmarkedTurns(out);
        Reported reported = new Reported(t, this, quoted, headlineEnd);
        int si = 0;
        for (int s = 0; s < t.sentences(); s++) {
            int ss = t.sentenceStart(s);
            int se = t.sentenceEnd(s);
            // quotes opening in this sentence
            while (si < spans.size() && spans.get(si).open() < se) {
                QuoteMarks.Span span = spans.get(si);
                if (transcript.insideTurn(span.open())) {
                    si++;
                    continue;
                }
                Found f = notTheOneNamedInside(span, attribute(si));
                found[si] = f;
                if (!marksSpeech(si, span, f)) {
                    si++;
                    continue;
                }
                if (f.speaker() == null || f.speaker().name() == null && f.speaker().mention() == null) {
                    // a report around it may yet say whose words they are; a term with nobody in sight goes if none does
                    boolean speech = !nobodyInSight(span, f);
                    unattributed.add(new Unattributed(span, f, speech));
                    if (speech) {
                        lastQuestion = f.cueToken() >= 0 && t.is(f.cueToken(), "asked") || asksAQuestion(span) ? span : null;
                    }
                    si++;
                    continue;
                }
                if (f.speaker() != null && f.speaker().name() != null && f.confidence() >= 0.6 && !"in the words of".equals(f.reason())) {
                    heard(f.speaker()); // (words cited "in the words of" someone bring no one into the story's conversation)
                }
                lastQuestion = f.cueToken() >= 0 && t.is(f.cueToken(), "asked") || asksAQuestion(span) ? span : null;
                if (f.cueToken() >= 0) {
                    cued.add(new Cued(out.size(), span, f));
                } else if ("sentence subject".equals(f.reason())) {
                    guessed.add(new Cued(out.size(), span, f)); // a report around it may say whose words they are
                }
                out.add(toQuote(span, f));
                si++;
            }
            // reported speech in this sentence
            List<Reported.Item> items = reported.inSentence(s, ss, se);
            for (Reported.Item item : items) {
                out.add(item.quote());
                Speaker sp = item.found().speaker();
                if (sp != null && sp.name() != null && (sp.member() != null || sp.type() == SpeakerType.ORGANISATION)) {
                    heard(sp);
                }
            }
            insideReports(items, out);
            nestedInReports(items, out);
            guessedInReports(items, out);
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return out;
    }

    /**
     * "The woman, who later gave her name as Nomvula Sithole, said", "said the woman who sorted the box,
     * who gave her name as Marguerite Nakashima": the name she gave is who speaks.
     */
    private Speaker nameGivenAfter(Phrase p, String mention) {
        int end = Math.min(t.size() - 2, p.last() + 14);
        for (int k = p.last() + 1; k < end; k++) {
            if (t.is(k, '.') || t.is(k, ';') || t.kind(k) == Tokens.MARK || quoted[k]) {
                return null;
            }
            if (t.is(k, "name") && t.is(k + 1, "as") || t.is(k, "name") && t.is(k + 1, "only") && t.is(k + 2, "as")) {
                int at = t.is(k + 1, "as") ? k + 2 : k + 3;
                Phrase given = phrases.startingAt(at, Math.min(t.size(), at + 5));
                if (given == null || given.form() != Phrase.Form.NAME) {
                    return null;
                }
                Cast.Member m = cast.lookup(given.headFirst(), given.headLast());
                String name = m != null ? m.name() : t.span(given.headFirst(), given.headLast());
                return new Speaker(name, SpeakerType.PERSON, mention, p.first(), m);
            }
        }
        return null;
    }

    /** how far back "a man" is looked for before "the man" (tokens) */
    private static final int UNNAMED_REACH = 200;

    /** "A man was arrested ... The man told police": the same noun after "a" or "an" not long before */
    private boolean introducedUnnamed(int noun, int at) {
        String word = Cast.key(t, noun);
        for (int k = at - 1; k >= 0 && k > at - UNNAMED_REACH; k--) {
            if (t.is(k, word)) {
                for (int d = k - 1; d >= 0 && d >= k - 3 && t.isWord(d); d--) {
                    if (t.is(d, "a") || t.is(d, "an")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** quoted words of the current sentence with no speaker of their own, waiting for its reports */
    private final List<Unattributed> unattributed = new ArrayList<>(4);

    /** @param speech whether the words stand as a quote even when no report claims them */
    private record Unattributed(QuoteMarks.Span span, Found found, boolean speech) {}

    /** a quote of this sentence whose cue was found: its place in the output, its span and attribution */
    private record Cued(int at, QuoteMarks.Span span, Found found) {}

    /** the sentence's quotes with a cue, until its reports have been read */
    private final List<Cued> cued = new ArrayList<>();

    /** the sentence's quotes given only to the words that open it, until its reports have been read */
    private final List<Cued> guessed = new ArrayList<>();

    /**
     * "Trump said ... that Clinton once described the deal as "the gold standard"": the words and
     * their cue lie inside what Trump is reported to have said, so the quote is his claim; the
     * outermost source speaks for all that is nested in the report, as the newsroom annotates it.
     */
    private void nestedInReports(List<Reported.Item> items, List<Quote> out) {
        for (Cued c : cued) {
            int cue = t.start(c.found().cueToken());
            int s = t.start(c.span().first());
            int e = t.end(c.span().last());
            for (Reported.Item item : items) {
                Quote r = item.quote();
                Found f = item.found();
                // the quote inside the report, and its cue either inside too or the report's own cue (which
                // the report's reading of the subject, appositions and all, may have resolved better)
                boolean sameCue = f.cueToken() == c.found().cueToken();
                // (or between the report's cue and its content: "According to the readout, X told Y that "..."")
                boolean inside = r.start() <= s && e <= r.end() && (sameCue ? cue < s : cue <= r.end());
                if (inside && f.cueToken() >= 0 && f.cueToken() <= c.found().cueToken() && f.speaker() != null && f.speaker().name() != null
                        && anotherSource(f.speaker(), c.found().speaker())) {
                    out.set(c.at(), toQuote(c.span(), new Found(f.speaker(), f.cue(), f.cueToken(), f.confidence() * 0.9, "nested in the report")));
                    break;
                }
            }
        }
        cued.clear();
    }

    /**
     * 'Blame ... rests "squarely" with the Senate, House Speaker Curtis Mabry said': marked words the quote pass could only
     * give the sentence's opening words for, inside a report with a source, are that source's
     */
    private void guessedInReports(List<Reported.Item> items, List<Quote> out) {
        for (Cued g : guessed) {
            int s = t.start(g.span().first());
            int e = t.end(g.span().last());
            for (Reported.Item item : items) {
                Quote r = item.quote();
                Found f = item.found();
                if (r.start() <= s && e <= r.end() && f.speaker() != null && f.speaker().name() != null) {
                    Found theirs = new Found(f.speaker(), f.cue(), f.cueToken(), f.confidence() * 0.9, "inside the report");
                    out.set(g.at(), toQuote(g.span(), theirs));
                    break;
                }
            }
        }
        guessed.clear();
    }

    /**
     * whether the quote's own speaker is someone other than the report's source. In "X said she wanted to
     * speak "..."" the pronoun is most often the source itself, and the quote's reading of it (resolved
     * through the cast) is the better name.
     */
    private boolean anotherSource(Speaker source, Speaker own) {
        return own == null || !source.name().equals(own.name()) && !(own.token() >= 0 && own.token() < t.size() && phrases.isPronoun(own.token()));
    }

    /**
     * 'According to a complaint filed by the regulator, the developers ran a "massive scheme"': words
     * marked inside a report, with no speaker of their own, are the report's source's words.
     */
    private void insideReports(List<Reported.Item> items, List<Quote> out) {
        for (Unattributed u : unattributed) {
            int s = t.start(u.span().first());
            int e = t.end(u.span().last());
            Found claimed = null;
            for (Reported.Item item : items) {
                Quote r = item.quote();
                if (r.start() <= s && e <= r.end()) {
                    Found f = item.found();
                    claimed = new Found(f.speaker(), f.cue(), f.cueToken(), f.confidence() * 0.9, "inside the report");
                    break;
                }
            }
            if (claimed != null) {
                out.add(toQuote(u.span(), claimed));
            } else if (u.speech()) {
                out.add(toQuote(u.span(), u.found()));
            }
        }
        unattributed.clear();
    }

    // ---- what is not speech ----

    /**
     * Quote marks also wrap nicknames (Robert "Bobby" Scott), markup
     * attributes and scare quotes. Those without a speaker in sight are not quotes.
     */
    private boolean marksSpeech(int si, QuoteMarks.Span span, Found f) {
        int open = span.open();
        if (open > 0 && (t.is(open - 1, '=') || t.is(open - 1, '<'))) {
            return false; // markup: attr="value"
        }
        int words = names.words(span);
        if (names.named(span, words)) {
            return false; // a stage direction, a work's title (even one ending in a comma) or a term, not words said
        }
        if (kind(span) == QuoteKind.DIRECT) {
            return true;
        }
        if (span.close() >= 0 && words <= 2 && Cast.namePart(t, open - 1) && Cast.namePart(t, span.close() + 1)
                && t.paragraph(span.close() + 1) == t.paragraph(open) && !Lexicon.NOT_NAMES.contains(t, open - 1)) {
            return false; // a nickname between given name and surname
        }
        if (f.cueToken() < 0 && words == 1 && t.isCap(span.first()) && span.first() >= headlineEnd && besideTitle(si)) {
            return false; // licenses "Politicking" and "Larry King Now": one of a list of names
        }
        if (f.cueToken() < 0 && words <= 2 && listed(si) >= 3) {
            return false; // Words such as "expects," "intends," "plans" and "will": words mentioned, not said
        }
        if (f.cueToken() < 0 && words <= 3 && modifiesNoun(span)) {
            return false; // the "carried interest" loophole, "quack" cures: a marked term before its noun, no cue
        }
        if (words >= 2 && words <= 6 && span.first() >= headlineEnd && titleCased(span) && (f.cueToken() < 0 || eventAfterPreposition(span))
                && !labelGiven(span)) {
            return false; // the "Contract with America", during a "Commander-in-Chief Forum": a name, not words said
        }
        return true;
    }

    /** a quoted term with nobody in sight: no cue, no speaker, three words at most */
    private boolean nobodyInSight(QuoteMarks.Span span, Found f) {
        return f.cueToken() < 0 && f.speaker() == null && names.words(span) <= 3;
    }

    /** a title-cased span of two words or more next to span si, joined to it by "and", "or" or a comma */
    private boolean besideTitle(int si) {
        for (int other = si - 1; other <= si + 1; other += 2) {
            if (other < 0 || other >= spans.size()) {
                continue;
            }
            QuoteMarks.Span x = spans.get(Math.min(si, other));
            QuoteMarks.Span y = spans.get(Math.max(si, other));
            QuoteMarks.Span o = spans.get(other);
            if (y.open() - x.close() <= 2 && names.words(o) >= 2 && titleCased(o) && joinedOnlyByListWords(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** "was labeled "Mostly True."", "rated it "Pants on Fire"": a label someone gave, even in the passive */
    private boolean labelGiven(QuoteMarks.Span span) {
        int p = span.open() - 1;
        while (p > 0 && (t.is(p, "as") || t.is(p, "a") || t.is(p, "an") || t.is(p, "the") || t.is(p, "it") || t.is(p, "them"))) {
            p--;
        }
        return p >= 0 && t.isWord(p) && !t.isCap(p) && (Lexicon.CUES.value(t, p) & Lexicon.NAMING) != 0 || t.is(p, "rated");
    }

    /** "during a "Commander-in-Chief Forum"", "at the "Rally for Jobs"": a named event after a preposition */
    private boolean eventAfterPreposition(QuoteMarks.Span span) {
        int d = span.open() - 1;
        return (t.is(d, "a") || t.is(d, "an") || t.is(d, "the")) && (t.is(d - 1, "during") || t.is(d - 1, "at") || t.is(d - 1, "in")
                || t.is(d - 1, "on") || t.is(d - 1, "for") || t.is(d - 1, "to") || t.is(d - 1, "from"));
    }

    /**
     * Every word capitalised but the short joining ones, two of them names' words: "War on Drugs",
     * "Larry King Now"; not a chant ("U-S-A!") nor a sentence ("We're America.")
     */
    private boolean titleCased(QuoteMarks.Span span) {
        int named = 0;
        for (int k = span.first(); k <= span.last(); k++) {
            if (t.is(k, '!') || t.is(k, '?')) {
                return false;
            }
            if (!t.isWord(k)) {
                continue;
            }
            boolean joining = t.length(k) <= (t.isCap(k) ? 3 : 4) && Lexicon.NOT_NAMES.contains(t, k); // "On", "with"
            if (!t.isCap(k) && !joining || !joining && Lexicon.NOT_NAMES.contains(t, k) || phrases.isPronoun(k)) {
                return false;
            }
            if (t.isCap(k) && t.length(k) >= 2 && !joining) {
                named++;
            }
        }
        return named >= 2;
    }

    /**
     * How many short quoted spans run in a list with span si, joined only by commas, "and" and "or";
     * worked out for all spans in one pass, so a text of endless lists stays linear.
     */
    private int listed(int si) {
        if (listLengths == null) {
            listLengths = new int[spans.size()];
            for (int a = 0; a < spans.size(); ) {
                int b = a;
                while (b + 1 < spans.size() && joinedInList(spans.get(b), spans.get(b + 1))) {
                    b++;
                }
                Arrays.fill(listLengths, a, b + 1, b - a + 1);
                a = b + 1;
            }
        }
        return listLengths[si];
    }

    private boolean joinedInList(QuoteMarks.Span x, QuoteMarks.Span y) {
        return y.open() - x.close() <= 3 && names.words(x) <= 2 && names.words(y) <= 2 && joinedOnlyByListWords(x, y);
    }

    /** x closes, and only commas, "and" and "or" stand between it and y */
    private boolean joinedOnlyByListWords(QuoteMarks.Span x, QuoteMarks.Span y) {
        if (x.close() < 0) {
            return false;
        }
        for (int k = x.close() + 1; k < y.open(); k++) {
            if (!t.is(k, ',') && !t.is(k, "and") && !t.is(k, "or")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the span ends on a word and the next word is a lower-case noun it modifies, as far as a
     * word list can tell: not a function word, verb, adverb ("-ly") or participle ("-ed", "-ing").
     */
    private boolean modifiesNoun(QuoteMarks.Span span) {
        int c = span.close();
        int n = c + 1;
        if (c < 0 || !t.isWord(span.last()) || n >= t.size() || !t.isWord(n) || t.isCap(n)
                || t.paragraph(n) != t.paragraph(c) || !t.spaceAfter(c)) {
            return false;
        }
        return !(Lexicon.NOT_NAMES.contains(t, n) || Lexicon.AUX.contains(t, n) || Lexicon.CUES.contains(t, n)
                || Lexicon.DETERMINERS.contains(t, n) || Lexicon.RELATIVE.contains(t, n)
                || t.endsWith(n, "ly") || t.endsWith(n, "ed") || t.endsWith(n, "ing"));
    }

    // ---- cues ----

    /** the cue bits of token i when it works as a cue here, else 0 */
    int cueAt(int i) {
        if (i < 0 || i >= t.size() || !t.isWord(i)) {
            return 0;
        }
        int bits = Lexicon.CUES.value(t, i);
        if (bits == 0) {
            return 0;
        }
        if (t.isCap(i) && i >= headlineEnd && !t.has(i, Tokens.ALL_CAPS)) {
            return 0;
        }
        if (t.is(i, "states") && !t.is(i + 1, "that")) {
            return 0; // "four member states": the noun, unless "The filing states that"
        }
        int p = i - 1;
        if (p >= 0 && t.isWord(p) && (Lexicon.DETERMINERS.contains(t, p) && !t.is(p, "that") && !t.is(p, "which")
                || t.is(p, "to") || t.is(p, "'s") || t.is(p, "\u2019s"))) {
            return 0; // "the statement", "to say", "Trump's claims": not a verb here
        }
        if (p > 0 && t.isWord(p) && t.isCap(p) && !t.has(p, Tokens.SENT_START) && !Lexicon.ROLE_NOUNS.contains(t, p) // ("His Highness stressed")
                && (t.is(p - 1, "a") || t.is(p - 1, "an")
                || t.is(p - 1, "his") || t.is(p - 1, "her") || t.is(p - 1, "their") || t.is(p - 1, "its"))) {
            return 0; // "in a Facebook post", "her Senate testimony": a noun after a named modifier
        }
        if ((bits & (Lexicon.PRESENT | Lexicon.PARTICIPLE)) == 0 && (afterBe(i) || t.is(i + 1, "by"))) {
            return 0; // passive: "was dubbed", "were admitted", "a video posted by the club"
        }
        if (p > 1 && Lexicon.NOUN_CUES.contains(t, i) && t.isWord(p) && !t.isCap(p) && (t.is(p - 1, "a") || t.is(p - 1, "an") || t.is(p - 1, "the")
                || t.is(p - 1, "his") || t.is(p - 1, "her") || t.is(p - 1, "its") || t.is(p - 1, "their"))
                && (t.is(p - 2, "in") || t.is(p - 2, "on") || t.is(p - 2, "via") || t.is(p - 2, "through") || t.is(p - 2, "during"))) {
            return 0; // "said in a blog post that": a noun inside a place where something was said
        }
        if (Lexicon.NOUN_CUES.contains(t, i) && possessedNoun(i)) {
            return 0; // "said in his Rose Garden remarks": a possessive and names before a noun
        }
        if ((Lexicon.NOUN_CUES.contains(t, i) || t.is(i, "plan") || t.is(i, "plans")) && p > 0 && t.isWord(p) && !t.isCap(p)
                && (t.is(p - 1, "'s") || t.is(p - 1, "\u2019s"))) {
            return 0; // "calling Halvorsen's energy plan "..."": a noun after a possessive and its modifier
        }
        if ((t.is(i, "call") || t.is(i, "plan")) && p > 0 && t.isWord(p) && !t.isCap(p) && !Lexicon.CUES.contains(t, p)
                && (t.is(p - 1, "a") || t.is(p - 1, "an") || t.is(p - 1, "the") || t.is(p - 1, "his") || t.is(p - 1, "her")
                || t.is(p - 1, "their") || t.is(p - 1, "its"))) {
            return 0; // "on a conference call", "the energy plan": a singular noun after its article and modifier
        }
        return bits;
    }

    /** "his Rose Garden remarks", "their joint statement": a possessive, then up to two modifiers, then i */
    private boolean possessedNoun(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3 && t.isWord(k); k--) {
            if (t.is(k, "his") || t.is(k, "her") || t.is(k, "its") || t.is(k, "their") || t.is(k, "our") || t.is(k, "my")) {
                return k < i - 1;
            }
            if (!t.isCap(k) && (Lexicon.CUES.contains(t, k) || Lexicon.AUX.contains(t, k)) || phrases.isPronoun(k)) {
                return false; // a verb between: "his aide rose and remarked"
            }
        }
        return false;
    }

    boolean isAccordingTo(int i) {
        return t.is(i, "according") && t.is(i + 1, "to");
    }


    // ---- quotes ----

    private Found attribute(int si) {
        QuoteMarks.Span span = spans.get(si);
        Found labelled = transcript.turnLabel(span);
        if (labelled != null) {
            return labelled;
        }
        Found after = span.close() >= 0 ? after(span) : null;
        if (after != null && after.cueToken() >= 0 && t.sentence(after.cueToken()) != t.sentence(span.open())) {
            // 'Japan branded it an "outlaw nation." Russia insisted ...': the next sentence is another's
            Found before = before(si);
            if (before != null && before.cueToken() >= 0 && before.speaker() != null) {
                return before;
            }
        }
        if (after != null && after.cueToken() >= 0 && span.open() >= 2 && (t.is(span.open() - 1, ',') || t.is(span.open() - 1, ':'))
                && t.isWord(after.cueToken() + 1) && (cueAt(span.open() - 2) & Lexicon.SPEECH) != 0) {
            // 'When a reporter asked, "...?" the chief said it had been': the cue before the quote introduced it,
            // the one after reports something of its own
            Found before = before(si);
            if (before != null && before.cueToken() == span.open() - 2 && before.speaker() != null) {
                return before;
            }
        }
        if (after != null) {
            return after;
        }
        Found wordsOf = inTheWordsOf(span);
        if (wordsOf != null) {
            return wordsOf;
        }
        if (span.continued() && si > 0 && found[si - 1] != null && found[si - 1].speaker() != null) {
            Found prev = found[si - 1];
            return new Found(prev.speaker(), prev.cue(), prev.cueToken(), prev.confidence(), "continued paragraph");
        }
        Found before = before(si);
        if (before != null) {
            return before;
        }
        Found introduced = colonIntroduced(span);
        if (introduced != null) {
            return introduced;
        }
        // a later quote of the same paragraph, joined only by punctuation, may carry the attribution
        if (si + 1 < spans.size() && span.close() >= 0) {
            QuoteMarks.Span next = spans.get(si + 1);
            if (t.paragraph(next.open()) == t.paragraph(span.open()) && next.open() - span.close() <= 2 && next.close() >= 0) {
                Found nf = after(next);
                if (nf != null) {
                    return new Found(nf.speaker(), nf.cue(), nf.cueToken(), nf.confidence() * 0.9, "next quote's cue");
                }
            }
        }
        // a quote that runs on over paragraphs may name its speaker only where it ends
        for (int n = si + 1; span.close() < 0 && n < spans.size() && n <= si + 5 && spans.get(n).continued(); n++) {
            if (spans.get(n).close() >= 0) {
                Found end = after(spans.get(n));
                if (end != null && end.speaker() != null) {
                    return new Found(end.speaker(), end.cue(), end.cueToken(), end.confidence() * 0.9, "cue where the quote ends");
                }
                break;
            }
        }
        if (kind(span) == QuoteKind.PARTIAL) {
            Found subject = sentenceSubject(span.open());
            if (subject != null) {
                return subject;
            }
        }
        Found beat = actionBeat(span);
        if (beat != null) {
            return beat;
        }
        Cast.Member answering = answersInExchange(span) ? answerer() : null;
        if (answering != null) {
            // placed at this quote, so that a further paragraph of the answer continues from here
            String mention = answering == member(previousSpeaker) ? previousSpeaker.mention() : null;
            return new Found(new Speaker(answering.name(), SpeakerType.PERSON, mention, span.open(), answering), null, -1, 0.5,
                    "answers the question before");
        }
        if (lastSpeaker != null && t.paragraph(span.open()) - t.paragraph(Math.max(0, lastSpeaker.token())) <= 2) {
            return new Found(lastSpeaker, null, -1, 0.5, "continues last speaker");
        }
        return new Found(null, null, -1, 0.2, "no cue");
    }

    /** "..., in the words of then-mayor Gordon Whitsell, "..."": the one whose words they are */
    private Found inTheWordsOf(QuoteMarks.Span span) {
        int k = span.open() - 1;
        if (k < 4 || !(t.is(k, ',') || t.is(k, ':'))) {
            return null;
        }
        for (int of = k - 2; of >= 1 && of >= k - 9; of--) {
            if (t.is(of, "of") && t.is(of - 1, "words") && t.is(of - 2, "the") && of >= 3 && t.is(of - 3, "in")) {
                Phrase p = phrases.startingAt(of + 1, k);
                return p != null && p.last() + 1 == k && p.form() != Phrase.Form.PRONOUN ? found(p, "in the words of", of, 0.85, "in the words of") : null;
            }
            if (!t.isWord(of) && !t.is(of, '-') && !t.is(of, '.')) {
                return null;
            }
        }
        return null;
    }

    /** the named subject that opens the sentence of token at, past a fronted phrase ("In July, Gingrich ...") */
    private Found sentenceSubject(int at) {
        int ss = phrases.afterDateline(Math.max(t.sentenceStart(t.sentence(at)), t.paragraphStart(t.paragraph(at))), at);
        int from = ss;
        for (int k = ss; k < at && k < ss + 8; k++) {
            if (t.is(k, ',')) {
                from = k + 1;
                break;
            }
        }
        for (int start : new int[] {ss, from}) {
            if (start >= at || quoted[start]) {
                continue;
            }
            Phrase p = phrases.startingAt(start, at);
            if (p != null && p.form() == Phrase.Form.NAME) {
                Cast.Member m = cast.lookup(p.headFirst(), p.headLast());
                if (m == null || !(m.person || m.org || m.inner > 0)) {
                    continue; // "Check out ...", "Correction: ...": a capitalised opener, not a name
                }
            }
            if (p != null && (p.form() == Phrase.Form.NAME || p.form() == Phrase.Form.PRONOUN && !t.is(p.first(), "it"))
                    && p.last() + 1 < at && !t.is(p.last() + 1, ',')
                    || p != null && p.form() == Phrase.Form.NAME && t.is(p.last() + 1, ',') && start == ss) {
                return found(p, null, -1, 0.55, "sentence subject");
            }
        }
        return null;
    }

    /** a cue right after the closing mark: "...," he said / "...," said Smith / "..." ― Smith */
    private Found after(QuoteMarks.Span span) {
        int k = span.close() + 1;
        int para = t.paragraph(span.close());
        if (k < t.size() && t.paragraph(k) == para + 1 && (t.is(k, '\u2015') || t.is(k, '\u2014')) && paragraphEnd(k) - k <= 16) {
            // the sign-off on a line of its own: '"Vote early. Just vote."' then '― Gov. Teresa Halvorsen (@TeresaHalvorsen)'
            Phrase p = phrases.startingAt(k + 1, paragraphEnd(k));
            if (p != null && p.form() == Phrase.Form.NAME) {
                return found(p, t.string(k), k, 0.8, "dash byline");
            }
        }
        if (k >= t.size() || t.paragraph(k) != para) {
            return null;
        }
        int lastInside = span.last();
        while (lastInside > span.first() && t.kind(lastInside) == Tokens.MARK) {
            lastInside--; // a nested quote closing with the outer one: ...,'"
        }
        boolean headlineColon = t.is(k, ':') && k < headlineEnd; // "'We will not back down': Mayor vows ..."
        boolean clauseEnds = t.is(lastInside, ',') || t.is(lastInside, '.') || t.is(lastInside, '!') || t.is(lastInside, '?')
                || t.is(lastInside, '\u2014') || t.is(lastInside, '-') || t.is(k, ',') || t.is(k, '\u2015') || t.is(k, '\u2014')
                || t.is(k, '\u2013') || t.is(k, '-') || headlineColon;
        if (!clauseEnds) {
            return null;
        }
        boolean dash = false;
        if (headlineColon) {
            k++;
        }
        while (k < t.size() && t.kind(k) == Tokens.PUNCT && (t.is(k, ',') || t.is(k, '\u2015') || t.is(k, '\u2014')
                || t.is(k, '-') || t.is(k, '\u2013'))) {
            dash |= !t.is(k, ',');
            k++;
        }
        if (k >= t.size() || t.paragraph(k) != para) {
            return null;
        }
        if (Lexicon.SUBORDINATORS.contains(t, k)) {
            return null; // '"That makes me smart," when Clinton blasted him': a clause of its own, not the attribution
        }
        if (dash) {
            Phrase p = phrases.startingAt(k, paragraphEnd(k));
            if (p != null && p.form() == Phrase.Form.NAME) {
                return found(p, t.string(k - 1), k - 1, 0.8, "dash byline");
            }
        }
        if (t.has(k, Tokens.SENT_START)) {
            int s = t.sentence(k);
            if (t.sentenceEnd(s) - t.sentenceStart(s) > 12) {
                // a new sentence of its own, not "He said.", unless all it says is who spoke: '"...."
                // Scott's niece, state Del. Marcia Price (D-Newport News), shouted to the crowd.'
                return attributionSentence(s);
            }
        }
        // long appositions reach far: '"...," Scott Pruitt, the attorney general of Oklahoma, one of the
        // states suing, said' (past 14 tokens only a speaker right after the quote counts)
        int limit = Math.min(t.size(), k + 30);
        int stop = limit;
        for (int j = k; j < limit; j++) {
            if (Cast.nicknameEnd(t, j) > 0) {
                j = Cast.nicknameEnd(t, j); // 'said Walter "Wally" Kessel': the nickname's marks end nothing
                continue;
            }
            if (t.paragraph(j) != para || t.kind(j) == Tokens.MARK || t.is(j, ';') || t.is(j, '?') || t.is(j, '!')
                    || t.is(j, '.') && (j + 1 >= t.size() || t.has(j + 1, Tokens.SENT_START))) {
                stop = j;
                break;
            }
        }
        if (isAccordingTo(k)) {
            Phrase p = phrases.nounPhraseAt(k + 2, stop); // who or what "according to" names, known words or not
            if (p != null) {
                return found(p, "according to", k, 0.85, "according to after quote");
            }
        }
        for (int j = k; j < stop; j++) {
            int bits = cueAt(j);
            if (bits == 0 || (bits & Lexicon.SPEECH) == 0) {
                continue;
            }
            if ((bits & Lexicon.PARTICIPLE) != 0) {
                // '"...," he was quoted as saying': the one quoted speaks; '"...," adding that ...': more
                // from the speaker named before the quote
                return quotedAsSaying(j, k);
            }
            if (j == k) {
                Phrase p = phrases.startingAt(j + 1, stop);
                Phrase named = nameInApposition(p, j, stop);
                if (named != null) {
                    return found(named, cueText(j), j, 0.9, "cue, description, name after quote");
                }
                if (p == null) {
                    // "said 9/11 widow Terry Strada": the first name after the cue
                    for (int n = j + 1; n < stop && n < j + 7 && !t.is(n, ','); n++) {
                        if (Cast.namePart(t, n) && !Lexicon.NOT_NAMES.contains(t, n)) {
                            p = phrases.startingAt(n, stop);
                            break;
                        }
                    }
                }
                if (p != null) {
                    return found(p, cueText(j), j, 0.9, "cue then speaker after quote");
                }
                return null;
            }
            Phrase p = phrases.subjectOf(j, k);
            if (p != null && p.first() <= k + 1) {
                return found(p, cueText(j), j, 0.95, "speaker then cue after quote");
            }
            Phrase named = (p == null || j - k > 14) && t.is(j - 1, ',') ? phrases.startingAt(k, j) : null;
            if (named != null && named.form() == Phrase.Form.NAME && t.is(named.last() + 1, ',')) {
                return found(named, cueText(j), j, 0.9, "speaker, apposition, cue after quote");
            }
            if (j - k > 14) {
                return null;
            }
            if (p != null) {
                return found(p, cueText(j), j, 0.7, "speaker then cue after quote, loose");
            }
            return null;
        }
        return null;
    }

    /**
     * 'Marchetti waves this off. "June learns faster than I ever did."': a quote opening a sentence after
     * one, in its paragraph, whose subject is a named person and which quotes nothing, is that person's.
     */
    private Found actionBeat(QuoteMarks.Span span) {
        int s = t.sentence(span.open());
        if (s == 0 || t.sentenceStart(s) != span.open() || t.has(span.open(), Tokens.PARA_START)) {
            return null;
        }
        int ps = t.sentenceStart(s - 1);
        if (t.paragraph(ps) != t.paragraph(span.open())
                || anyIn(ps, span.open(), k -> quoted[k] || t.kind(k) == Tokens.MARK && !phrases.pluralPossessive(k))) {
            return null; // (an apostrophe of "voters' exhaustion" quotes nothing)
        }
        Phrase p = phrases.startingAt(ps, span.open());
        if (p == null || p.form() == Phrase.Form.DESCRIPTION) {
            // "His former partner at Lenox, Lawrence B. Cummings, called him a master ...": the name in apposition
            int comma = ps + 1;
            while (comma < span.open() && comma < ps + 10 && !t.is(comma, ',')) {
                comma++;
            }
            Phrase named = t.is(comma, ',') ? phrases.startingAt(comma + 1, span.open()) : null;
            if (named != null && named.form() == Phrase.Form.NAME && t.is(named.last() + 1, ',') && t.isWord(named.last() + 2)
                    && !t.isCap(named.last() + 2)) {
                p = named;
            }
        }
        if (p != null && p.form() == Phrase.Form.PRONOUN && (t.is(p.first(), "he") || t.is(p.first(), "she"))) {
            // "She has heard it. She smiles. "Neither is ..."": the one the pronoun stands for
            Found f = found(p, null, -1, 0.55, "action beat before quote");
            return f.speaker() != null && f.speaker().member() != null && f.speaker().member().person ? f : null;
        }
        if (p == null || p.form() != Phrase.Form.NAME) {
            return null;
        }
        Found f = found(p, null, -1, 0.6, "action beat before quote");
        return f.speaker() != null && f.speaker().member() != null && f.speaker().member().person ? f : null;
    }

    /** whether any token in [from, to) passes the test */
    private static boolean anyIn(int from, int to, IntPredicate test) {
        for (int k = from; k < to; k++) {
            if (test.test(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Quintero puts it plainly:" / "Seale spoke briefly: "..."": a sentence ending in a colon right
     * before the quote, in its paragraph or closing the one before, whose subject is a name or a pronoun,
     * introduces what that one says, whatever its verb.
     */
    private Found colonIntroduced(QuoteMarks.Span span) {
        int colon = span.open() - 1;
        if (colon < 1 || !t.is(colon, ':')) {
            return null;
        }
        int ss = t.sentenceStart(t.sentence(colon));
        if (transcript.labelColon(ss) > 0) {
            return null; // a transcript's label, read elsewhere
        }
        Phrase p = phrases.startingAt(ss, colon);
        for (int c = ss + 1; (p == null || p.form() == Phrase.Form.DESCRIPTION) && c < colon && c < ss + 10; c++) {
            if (t.is(c, ',')) {
                // "In court, Brandon Seale spoke briefly:", "On July 6, 2015, Sanders made the following comment:"
                Phrase q = phrases.startingAt(c + 1, colon);
                p = q != null ? q : p;
            }
        }
        if (p == null || p.form() == Phrase.Form.DESCRIPTION && resolve(p).member() == null) {
            return null; // (a description that names someone will do: "Asked ..., the 52-year-old paused ...:")
        }
        int verb = p.last() + 1;
        if (t.is(verb, ',') && (t.is(verb + 1, "who") || t.is(verb + 1, "which"))) {
            // "Seale, who kept his eyes on the table, spoke briefly:": past the relative clause
            int close = verb + 2;
            while (close < colon && !t.is(close, ',')) {
                close++;
            }
            verb = close + 1;
        } else if (t.is(verb, ',') && t.is(p.first() - 1, ',')) {
            verb++; // "The hospital's president, Richard Lowell, laid out ...:"
        }
        if (colon - verb > 14) {
            return null; // "laid out management's position in an email to employees on Monday night:"
        }
        for (int k = verb; k < colon; k++) {
            if (!t.isWord(k) || quoted[k]) {
                return null; // only a verb and its adverbs between the subject and the colon
            }
        }
        return found(p, ":", colon, 0.75, "sentence ending in a colon before the quote");
    }

    /** a sentence that only names a speaker: a subject, a speech cue, at most a short adjunct, the end */
    private Found attributionSentence(int s) {
        int ss = t.sentenceStart(s);
        int se = t.sentenceEnd(s);
        for (int j = ss + 1; j < se; j++) {
            if (Cast.nicknameEnd(t, j) > 0) {
                j = Cast.nicknameEnd(t, j);
                continue;
            }
            if (quoted[j] || t.kind(j) == Tokens.MARK) {
                return null;
            }
            int bits = cueAt(j);
            if (bits == 0 || (bits & Lexicon.SPEECH) == 0 || (bits & Lexicon.PARTICIPLE) != 0) {
                continue;
            }
            int rest = se - j - 1;
            // a listener may take more words: '"...?" Justice X asked the state's solicitor general, Marcus Hale.'
            // ... or a place and a time: '"...?" X wrote on Twitter within an hour of the report.'
            boolean listener = Lexicon.TELLING.contains(t, j) || t.is(j, "asked") || t.is(j, "asks") || Lexicon.PREPOSITIONS.contains(t, j + 1);
            if (rest > (listener ? 12 : 5) || anyIn(j + 1, se, k -> t.is(k, "that") || cueAt(k) != 0)) {
                return null;
            }
            Phrase p = phrases.subjectOf(j, ss);
            return p != null && p.form() == Phrase.Form.NAME ? found(p, cueText(j), j, 0.8, "attribution sentence after quote") : null;
        }
        return null;
    }

    /**
     * '"...," said the shop owner, Ivo Brandt.' / 'said her neighbour, Tom Reed.': the name set beside
     * the description after the cue is the speaker. Null unless a name follows the description's comma
     * and closes the clause.
     */
    private Phrase nameInApposition(Phrase description, int cue, int stop) {
        int comma = -1;
        if (description != null && description.form() == Phrase.Form.DESCRIPTION) {
            comma = description.last() + 1;
        } else if (description != null && description.form() == Phrase.Form.NAME && description.first() < description.headFirst()) {
            // "said a Halvorsen campaign spokeswoman, Tamsin Reilly": a name qualifying the role words after it
            int k = description.last() + 1;
            while (k < stop && k < description.last() + 4 && t.isWord(k) && !t.isCap(k)
                    && (Lexicon.ROLE_NOUNS.contains(t, k) || Lexicon.ORG_WORDS.contains(t, k))) {
                k++;
            }
            comma = k > description.last() + 1 ? k : -1;
        } else if (description == null) {
            for (int n = cue + 1; n < stop && n < cue + 6; n++) {
                if (t.is(n, ',')) {
                    comma = n > cue + 1 ? n : -1;
                    break;
                }
                if (!t.isWord(n) || t.isCap(n) && !Lexicon.TITLES.contains(t, n)) {
                    break; // only a lower-case description before the comma: "her neighbour"
                }
            }
        }
        if (comma < 0 || !t.is(comma, ',')) {
            return null;
        }
        Phrase name = phrases.startingAt(comma + 1, stop);
        if (name == null || name.form() != Phrase.Form.NAME) {
            return null;
        }
        int after = name.last() + 1;
        return after >= stop || t.is(after, ',') || t.is(after, '.') ? name : null;
    }

    private int paragraphEnd(int k) {
        return t.paragraphEnd(t.paragraph(k));
    }

    /** a cue before the opening mark in the same sentence: Smith said, "..." / X branded it "..." */
    private Found before(int si) {
        QuoteMarks.Span span = spans.get(si);
        int open = span.open();
        int sentStart = t.sentenceStart(t.sentence(open));
        int paraStart = t.paragraphStart(t.paragraph(open));
        int limit = phrases.afterDateline(Math.max(sentStart, paraStart), open);
        // a previous quote of the same sentence bounds the search; its speaker carries over
        QuoteMarks.Span prev = si > 0 ? spans.get(si - 1) : null;
        int prevClose = prev != null && prev.close() >= 0 && prev.close() >= limit && prev.close() < open ? prev.close() : -1;
        int from = prevClose >= 0 ? prevClose + 1 : limit;
        // "according to" a source of words the lists do not know ("according to the emails") yields to a
        // speaker with a cue of their own in the sentence ("X replied ..., according to the emails:")
        Found unknownSource = null;
        for (int j = open - 1; j >= from; j--) {
            if (t.is(j, "by") && j - 1 >= from && Lexicon.ANSWERS_ASKED.contains(t, j - 1) && afterBe(j - 1)) {
                // 'X was asked by a reporter in Tulsa: "Have you voted yet?"': the one who asks
                Phrase asker = phrases.plainNounPhrase(j + 1, open);
                Phrase named = phrases.startingAt(j + 1, open);
                Phrase p = named != null ? named : asker;
                if (p != null) {
                    return found(p, t.string(j - 1), j - 1, 0.75, "asked by");
                }
            }
            if (isAccordingTo(j)) {
                Phrase p = phrases.startingAt(j + 2, open);
                if (p != null) {
                    return found(p, "according to", j, 0.85, "according to before quote");
                }
                Phrase any = unknownSource == null ? phrases.plainNounPhrase(j + 2, open) : null;
                if (any != null) {
                    unknownSource = found(any, "according to", j, 0.75, "according to before quote");
                }
            }
            int bits = cueAt(j);
            if (bits == 0 || quoted[j]) {
                continue;
            }
            Found quotedAs = quotedAsSaying(j, limit);
            if (quotedAs != null) {
                return quotedAs;
            }
            if ((bits & Lexicon.PARTICIPLE) != 0 && (t.is(j - 1, ',') || t.is(j - 1, "also") && t.is(j - 2, ','))) {
                Found main = mainClause(j, limit, prevClose, si);
                if (main != null) {
                    return new Found(main.speaker(), cueText(j), j, main.confidence(), "participle of " + main.reason());
                }
                // "The billionaire shot back on Twitter, calling her "a liar."": whoever opens the sentence
                Phrase opener = prevClose < 0 && !quoted[limit] ? sentenceOpener(limit, j) : null;
                if (opener != null && (opener.form() == Phrase.Form.NAME || opener.form() == Phrase.Form.DESCRIPTION
                        && speakingHead(opener.headLast())) && opener.last() + 1 < j && !t.is(opener.last() + 1, ',')) {
                    return found(opener, cueText(j), j, 0.7, "participle of sentence opener");
                }
                continue;
            }
            Phrase p = phrases.subjectOf(j, prevClose >= 0 ? prevClose + 1 : limit);
            if (p == null && prevClose >= 0) {
                p = phrases.subjectOf(j, limit);
            }
            if (p == null && j - 1 > limit && (t.is(j - 1, "and") || t.is(j - 1, "but"))) {
                // "Diallo said Senegal welcomed investors and described the deal as "...": the sentence's
                // first report goes on
                Found main = mainClause(j, limit, prevClose, si);
                if (main != null) {
                    return new Found(main.speaker(), cueText(j), j, main.confidence() * 0.9, "coordinated cue");
                }
            }
            if (p != null && p.form() == Phrase.Form.DESCRIPTION && Lexicon.DOCUMENTS.contains(t, p.headLast())
                    && (t.is(p.first(), "a") || t.is(p.first(), "an")) && p.first() - 1 > limit) {
                // "the Security Council issued a statement calling it "..."": whoever issued it speaks
                Phrase issuer = phrases.subjectOf(p.first() - 1, limit);
                if (issuer != null && (issuer.form() == Phrase.Form.NAME || speakingHead(issuer.headLast()))) {
                    p = issuer;
                }
            }
            if (p != null && (p.form() == Phrase.Form.PRONOUN || p.form() == Phrase.Form.DESCRIPTION && !speakingHead(p.headLast())
                    || (bits & Lexicon.SPEECH) == 0)) {
                // "Mulgrew said he hopes ... "...", "Weidmann said the decision answered "..."",
                // "Hartmann said Germany saw Kenya as "..."": the subject of the outer report speaks
                Found outer = outerReport(p.first(), prevClose >= 0 ? prevClose + 1 : limit);
                if (outer != null) {
                    return outer;
                }
            }
            if (p != null) {
                double conf = (bits & Lexicon.NAMING) != 0 || (bits & Lexicon.STANCE) != 0 && (bits & Lexicon.SPEECH) == 0 ? 0.75 : 0.9;
                return found(p, cueText(j), j, conf, "speaker then cue before quote");
            }
            if ((bits & Lexicon.SPEECH) != 0 && j + 1 < open && (j == limit || t.is(j - 1, ',') || t.kind(j - 1) == Tokens.MARK)) {
                Phrase q = phrases.startingAt(j + 1, open);
                // "..., said Smith: "..."": the quote follows the name; in "..., said Moldova still had "..."" the
                // name opens the reported clause and the cue's subject came before the comma
                boolean quoteFollows = q != null && (q.last() + 1 == open || q.last() + 2 == open
                        && (t.is(q.last() + 1, ',') || t.is(q.last() + 1, ':')));
                if (q != null && q.form() == Phrase.Form.NAME && quoteFollows) {
                    return found(q, cueText(j), j, 0.8, "cue then speaker before quote");
                }
            }
        }
        if (unknownSource != null) {
            return unknownSource;
        }
        if (prevClose >= 0 && found[si - 1] != null && found[si - 1].speaker() != null) {
            Found pf = found[si - 1];
            return new Found(pf.speaker(), pf.cue(), pf.cueToken(), pf.confidence() * 0.95, "same sentence as previous quote");
        }
        // "Smith's answer: "..."" and "Smith:" before a quote
        if (open - 1 >= limit && t.is(open - 1, ':')) {
            Phrase p = phrases.endingAt(open - 2, limit);
            if (p != null && p.form() == Phrase.Form.NAME && p.first() == limit) {
                return found(p, ":", open - 1, 0.6, "colon");
            }
        }
        // the paragraph before ends in a colon after a cue: Smith said:\n "..."
        if (span.open() == paraStart && paraStart > 0 && t.is(paraStart - 1, ':')) {
            int ps = t.sentenceStart(t.sentence(paraStart - 1));
            for (int j = paraStart - 2; j >= ps; j--) {
                if (cueAt(j) != 0) {
                    Phrase p = phrases.subjectOf(j, ps);
                    if (p != null) {
                        return found(p, cueText(j), j, 0.8, "cue and colon in paragraph before");
                    }
                }
            }
            // "Caddell continued:", "Marsh went on:": a short lead-in naming the speaker
            Phrase p = phrases.startingAt(ps, paraStart - 1);
            if (p != null && p.form() == Phrase.Form.NAME && paraStart - 1 - p.last() <= 3) {
                Found f = found(p, null, -1, 0.7, "name and colon in paragraph before");
                if (f.speaker().member() != null && f.speaker().member().person) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * "X was quoted as saying", "Reuters quoted X as saying", "X was quoted by AFP as saying": the
     * person quoted speaks, not the outlet that quotes. {@code saying} is the token of "saying";
     * null unless "as" precedes it and a "quoted" leads to it within the sentence.
     */
    Found quotedAsSaying(int saying, int limit) {
        if (!t.is(saying, "saying") || !t.is(saying - 1, "as")) {
            return null;
        }
        for (int q = saying - 2; q >= limit && q > saying - 16; q--) {
            if (quoted[q] || t.is(q, '.') || t.is(q, ';')) {
                return null;
            }
            if (!t.is(q, "quoted")) {
                continue;
            }
            Phrase p = afterBe(q) ? phrases.subjectOf(q, limit) : phrases.startingAt(q + 1, saying - 1);
            return p == null ? null : found(p, "quoted as saying", saying, 0.85, "quoted as saying");
        }
        return null;
    }

    /** a passive auxiliary before token j, past up to two adverbs: "was quoted", "is widely quoted", "got dubbed" */
    boolean afterBe(int j) {
        int q = j - 1;
        while (q >= 0 && q > j - 3 && t.isWord(q) && !t.isCap(q) && t.length(q) > 4 && t.endsWith(q, "ly")) {
            q--;
        }
        return t.is(q, "is") || t.is(q, "was") || t.is(q, "were") || t.is(q, "are") || t.is(q, "been") || t.is(q, "be")
                || t.is(q, "being") || t.is(q, "get") || t.is(q, "got");
    }

    /** the phrase that opens the sentence at ss, ending before token j and within its first six words, or null */
    private Phrase sentenceOpener(int ss, int j) {
        for (int k = ss; k < j - 1 && k < ss + 6; k++) {
            Phrase p = phrases.endingAt(k, ss);
            if (p != null && p.first() == ss && !(t.isWord(k + 1) && (Cast.namePart(t, k + 1) || Lexicon.ROLE_NOUNS.contains(t, k + 1)))) {
                return p;
            }
        }
        return null;
    }

    /** a cue right after "who", past auxiliaries and adverbs: "who said", "who had long argued" */
    boolean inRelativeClause(int j) {
        int k = j - 1;
        while (k > 0 && k > j - 4 && Lexicon.BETWEEN.contains(t, k)) {
            k--;
        }
        return t.is(k, "who");
    }

    /** a head noun for someone who can speak: a role, a group, a body ("the minister", "officials", "the ministry") */
    boolean speakingHead(int head) {
        return Lexicon.ROLE_NOUNS.contains(t, head) || Lexicon.GROUP_NOUNS.contains(t, head) || Lexicon.ORG_WORDS.contains(t, head);
    }

    /** a strong cue with a named subject earlier in the sentence: "X said that he ..." */
    private Found outerReport(int before, int limit) {
        for (int j = before - 1; j >= limit; j--) {
            int bits = quoted[j] ? 0 : cueAt(j);
            if ((bits & Lexicon.STRONG) != 0 && (bits & Lexicon.PARTICIPLE) == 0) {
                Phrase p = phrases.subjectOf(j, limit);
                // "He said alternative routes would require ... 'significant' cost": he, as for a name
                if (p != null && (p.form() == Phrase.Form.NAME || p.form() == Phrase.Form.PRONOUN && !t.is(p.first(), "it"))) {
                    return found(p, cueText(j), j, 0.85, "outer report");
                }
                return null;
            }
            if ((bits & Lexicon.STRONG) != 0 && j - 1 >= limit && t.is(j - 1, ',')) {
                // "..., saying the Brazilian had felt "a bit of tightness"": who the participle hangs on
                Found main = mainClause(j, limit, -1, 0);
                return main == null ? null : new Found(main.speaker(), cueText(j), j, main.confidence(), "participle of outer report");
            }
        }
        return null;
    }

    /** the speaker of the clause a participle hangs on: "Trump hailed ..., saying ..." */
    private Found mainClause(int participle, int limit, int prevClose, int si) {
        for (int j = limit; j < participle; j++) {
            if (quoted[j]) {
                continue;
            }
            int bits = inRelativeClause(j) ? 0 : cueAt(j); // "an architect who said" is no main clause
            if (bits != 0 && (bits & Lexicon.PARTICIPLE) == 0) {
                Phrase p = phrases.subjectOf(j, limit);
                if (p != null && !quoted[p.first()]) {
                    return found(p, cueText(j), j, 0.85, "main clause cue");
                }
            }
        }
        for (int j = participle - 1; j >= limit; j--) {
            if (prevClose >= 0 && j == prevClose) {
                Found pf = found[si - 1];
                if (pf != null && pf.speaker() != null) {
                    return pf;
                }
            }
            if (quoted[j]) {
                continue;
            }
            int bits = inRelativeClause(j) ? 0 : cueAt(j);
            if (bits != 0 && (bits & Lexicon.PARTICIPLE) == 0) {
                Phrase p = phrases.subjectOf(j, limit);
                if (p != null) {
                    return found(p, cueText(j), j, 0.85, "main clause cue");
                }
            }
        }
        // any verb: the sentence's first phrase is its subject
        Phrase p = phrases.startingAt(limit, participle);
        if (p != null && p.form() != Phrase.Form.DESCRIPTION) {
            return found(p, null, -1, 0.7, "sentence subject");
        }
        // "The mood shifted when Maria Esquivel, 37, took the microphone and asked:": the subordinate clause's subject
        for (int k = participle - 2; k >= limit; k--) {
            if (Lexicon.SUBORDINATORS.contains(t, k) && !quoted[k]) {
                Phrase q = phrases.startingAt(k + 1, participle);
                return q != null && q.form() == Phrase.Form.NAME ? found(q, null, -1, 0.65, "subject of the clause") : null;
            }
        }
        return null;
    }

    String cueText(int j) {
        if (isAccordingTo(j)) {
            return "according to";
        }
        return t.string(j);
    }

    Found found(Phrase p, String cue, int cueToken, double conf, String reason) {
        Speaker s = resolve(p);
        if (lastQuestion != null && p.form() == Phrase.Form.PRONOUN && cueToken >= 0 && Lexicon.ANSWERS.contains(t, cueToken)
                && s.member() != null && s.member() == member(lastSpeaker)) {
            // with a pronoun, the last other person of its gender (the one before the asker may be of either)
            Cast.Member other = cast.otherPerson(p.first(), s.member());
            if (other != null) {
                s = new Speaker(other.name(), SpeakerType.PERSON, s.mention(), s.token(), other);
            }
        }
        if (s.name() == null && s.member() == null && p.form() == Phrase.Form.PRONOUN) {
            conf *= 0.8;
        }
        return new Found(s, cue, cueToken, conf, reason);
    }

    /**
     * '"Dilys never asked whether you were good enough," she said': a "he" or "she" is not the person
     * the quote names by given name, but the last other person of that gender (when there is one).
     */
    private Found notTheOneNamedInside(QuoteMarks.Span span, Found f) {
        Speaker s = f == null ? null : f.speaker();
        Cast.Member m = s == null ? null : s.member();
        if (m == null || !m.person || m.keys.size() < 2 || s.token() < 0 || !(t.is(s.token(), "he") || t.is(s.token(), "she"))) {
            return f;
        }
        String given = m.keys.get(0);
        int end = span.close() < 0 ? span.last() : span.close() - 1;
        for (int k = span.first(); k <= end; k++) {
            if (t.isCap(k) && Cast.key(t, k).equals(given) && !Cast.namePart(t, k + 1)) {
                Cast.Member other = cast.otherPerson(s.token(), m);
                return other == null ? f : new Found(new Speaker(other.name(), SpeakerType.PERSON, s.mention(), s.token(), other),
                        f.cue(), f.cueToken(), f.confidence() * 0.9, f.reason() + ", not the one named inside");
            }
        }
        return f;
    }

    /** the quote's last word is followed by a question mark inside the marks */
    private boolean asksAQuestion(QuoteMarks.Span span) {
        int end = span.close() < 0 ? span.last() : span.close() - 1;
        return end >= span.first() && t.is(end, '?');
    }

    // ---- speakers ----

    Speaker resolve(Phrase p) {
        String mention = t.span(p.first(), p.last());
        switch (p.form()) {
            case NAME: {
                Cast.Member m = cast.lookup(p.headFirst(), p.headLast());
                if (m != null && p.headFirst() < headlineEnd && p.headFirst() < p.headLast()
                        && !m.keys.contains(Cast.key(t, p.headFirst()))) {
                    m = null; // "Delacorte Quits Veterans Post" is not "Veterans"
                }
                for (int e = p.headLast() - 1; m == null && p.headFirst() < headlineEnd && e >= p.headFirst(); e--) {
                    // a title-case headline runs words together ("Delacorte Quits Veterans Post"): the longest front that names someone
                    Cast.Member front = cast.lookup(p.headFirst(), e);
                    m = front != null && front.person && front.keys.contains(Cast.key(t, p.headFirst())) ? front : null;
                }
                if (m == null) {
                    String name = t.span(p.headFirst(), p.headLast());
                    return new Speaker(name, SpeakerType.PERSON, mention, p.first(), null);
                }
                return new Speaker(m.name(), m.org ? SpeakerType.ORGANISATION : SpeakerType.PERSON, mention, p.first(), m);
            }
            case PRONOUN: {
                int i = p.first();
                Cast.Member m = null;
                if (t.is(i, "he")) {
                    m = cast.byPronoun(i, Cast.MALE, member(lastSpeaker), lastSpeaker == null ? -1 : lastSpeaker.token());
                } else if (t.is(i, "she")) {
                    m = cast.byPronoun(i, Cast.FEMALE, member(lastSpeaker), lastSpeaker == null ? -1 : lastSpeaker.token());
                } else if (t.is(i, "they") || t.is(i, "it")) {
                    Cast.Member ls = member(lastSpeaker);
                    boolean near = lastSpeaker != null && t.paragraph(i) - t.paragraph(Math.max(0, lastSpeaker.token())) <= 1;
                    if (near && ls == null && lastSpeaker.type() == SpeakerType.ORGANISATION && lastSpeaker.name() != null) {
                        // "the Comhar party said ... It said": a body named only by its description speaks on
                        return new Speaker(lastSpeaker.name(), SpeakerType.ORGANISATION, mention, i, null);
                    }
                    if (near && t.is(i, "it") && documentVoice != null && documentVoice.name().equals(lastSpeaker.name())) {
                        // "The statement said ... It added": the document goes on, for its author
                        return new Speaker(lastSpeaker.name(), lastSpeaker.type(), mention, i, lastSpeaker.member());
                    }
                    m = ls != null && ls.org && near ? ls : cast.recentOrg(i);
                }
                if (m == null || m.person) {
                    Cast.Member described = describedSubject(i, t.is(i, "he") ? Cast.MALE : t.is(i, "she") ? Cast.FEMALE : -1, m);
                    if (described != null) {
                        m = described;
                    }
                }
                if (m == null) {
                    return new Speaker(null, SpeakerType.UNRESOLVED, mention, i, null);
                }
                if (m.person && m.gender == Cast.UNKNOWN) {
                    // "Aino Lehtinen ... she told parliament": later a "he" is someone else
                    m.gender = t.is(i, "he") ? Cast.MALE : t.is(i, "she") ? Cast.FEMALE : Cast.UNKNOWN;
                }
                return new Speaker(m.name(), m.org ? SpeakerType.ORGANISATION : SpeakerType.PERSON, mention, i, m);
            }
            default: {
                Speaker gaveName = nameGivenAfter(p, mention);
                if (gaveName != null) {
                    return gaveName;
                }
                Phrase core = p;
                if (p.object() != null && Lexicon.DOCUMENTS.contains(t, p.headLast())) {
                    core = p.object(); // "the statement by the directorate"
                }
                List<String> words = new ArrayList<>();
                for (int k = core.headFirst(); k <= core.headLast(); k++) {
                    if (t.isWord(k) && !t.is(k, "'s") && !t.is(k, "\u2019s")) {
                        words.add(Cast.key(t, k));
                    }
                }
                if (words.isEmpty()) {
                    return new Speaker(null, SpeakerType.UNRESOLVED, mention, p.first(), null); // a head of no words to match
                }
                if (capitalised(core.headFirst(), core.headLast()) && Lexicon.ORG_WORDS.contains(t, core.headLast())) {
                    // "the White House", "the Senate": a body's proper name made of title words, not a role
                    Cast.Member named = cast.lookup(core.headFirst(), core.headLast());
                    if (named != null && named.org) {
                        return new Speaker(named.name(), SpeakerType.ORGANISATION, mention, p.first(), named);
                    }
                    if (core.headLast() > core.headFirst()) {
                        return new Speaker(t.span(core.headFirst(), core.headLast()), SpeakerType.ORGANISATION, mention, p.first(), null);
                    }
                    // "the Ministry": the body named in full before
                }
                Speaker acronymBody = namedByAcronym(core, mention, p.first());
                if (acronymBody != null) {
                    return acronymBody;
                }
                Speaker namedBody = bodyNamedBeforeItsNoun(core, mention, p.first());
                if (namedBody != null) {
                    return namedBody;
                }
                if (Cast.describedByNationality(t, core.headLast())) {
                    // "the Brazilian told reporters": the one introduced so ("Brazilian Luiz Tavares"), else as by age
                    Cast.Member named = cast.byRole(List.of(Cast.key(t, core.headLast())), p.first());
                    return named != null && named.person ? new Speaker(named.name(), SpeakerType.PERSON, mention, p.first(), named)
                            : byAge(core, mention, p.first());
                }
                if (yearsOld(core) >= 0) {
                    return byAge(core, mention, p.first()); // "the 58-year-old former civil engineer"
                }
                // "One Republican threatened", "a senator said": someone not named, not the one titled so
                boolean indefinite = t.is(p.first(), "a") || t.is(p.first(), "an") || t.is(p.first(), "one") || t.is(p.first(), "another");
                // "police said", "according to police": a bare collective is not the last body named
                boolean bareGroup = core.first() == core.headFirst() && core.headFirst() == core.headLast()
                        && !t.isCap(core.headLast()) && Lexicon.GROUP_NOUNS.contains(t, core.headLast());
                Cast.Member m = indefinite && !Lexicon.ORG_WORDS.contains(t, core.headLast()) ? null : cast.byRole(words, p.first());
                if (bareGroup && m != null && !m.keys.contains(words.get(words.size() - 1))) {
                    m = null; // though "police" may be the "Cedar Hollow Police Department" named before
                }
                // "X plans to ..., the company said": the body the sentence opens with, unless one was given that very noun
                String head = words.get(words.size() - 1);
                if ((m == null || !m.keys.contains(head) && !m.roles.contains(head)) && t.is(p.first(), "the")) {
                    Cast.Member opener = cast.nameOpeningSentence(words, p.first(),
                            phrases.afterDateline(t.sentenceStart(t.sentence(p.first())), p.first()));
                    if (opener != null) {
                        return new Speaker(opener.name(), SpeakerType.ORGANISATION, mention, p.first(), opener);
                    }
                }
                // "The young man says", "the woman said": like "he" or "she", the person of that sex in view
                int sex = Lexicon.MEN.contains(t, core.headLast()) ? Cast.MALE : Lexicon.WOMEN.contains(t, core.headLast()) ? Cast.FEMALE : -1;
                // (but "A man was arrested ... The man told police": the one introduced unnamed)
                boolean unnamed = sex >= 0 && (introducedUnnamed(core.headLast(), p.first()) || t.is(core.headLast() + 1, "who"));
                if (m == null && sex >= 0 && t.is(p.first(), "the") && !unnamed) {
                    m = cast.byPronoun(p.first(), sex, member(lastSpeaker), lastSpeaker == null ? -1 : lastSpeaker.token());
                }
                // "A Yorkshire MP has accused ...", "The governor called ...", "its chief spokesperson told ...": a
                // lede may name its speaker later
                boolean bodysPost = (t.is(p.first(), "its") || t.is(p.first(), "their")) && Lexicon.ROLE_NOUNS.contains(t, core.headLast());
                // (and a headline's bare post: "Judge says ...", "Chancellor insists ...")
                boolean barePost = p.first() == core.headLast() && t.isCap(p.first()) && Lexicon.TITLES.contains(t, p.first());
                if (m == null && (t.is(p.first(), "the") || bodysPost || barePost || indefinite && Lexicon.ROLE_NOUNS.contains(t, core.headLast())
                        && !Lexicon.ORG_WORDS.contains(t, core.headLast())) && t.paragraph(p.first()) <= LEDE_PARAGRAPHS) {
                    // (a headline's speaker may be named a paragraph or two further down than a lede's)
                    m = cast.byRoleAhead(words, p.first(), LEDE_PARAGRAPHS + (p.first() < headlineEnd ? 3 : 1), false);
                }
                // "The chair of the local association said ... Claire Morley, who has chaired it since 2019,
                // told the BBC": a post no one named so far holds, given to a newcomer in the next paragraph
                boolean ownersPost = t.is(p.first() + 1, "'s") || t.is(p.first() + 1, "\u2019s"); // "Ofcom's online safety director"
                if (m == null && (t.is(p.first(), "the") || ownersPost) && Lexicon.ROLE_NOUNS.contains(t, core.headLast())
                        && !Lexicon.ORG_WORDS.contains(t, core.headLast()) && !unnamed) {
                    m = cast.byRoleAhead(words, p.first(), 1, true);
                }
                boolean personsPost = t.is(p.first(), "the") && !unnamed && Lexicon.ROLE_NOUNS.contains(t, core.headLast())
                        && !Lexicon.ORG_WORDS.contains(t, core.headLast()) && !Lexicon.GROUP_NOUNS.contains(t, core.headLast())
                        && !Lexicon.DOCUMENTS.contains(t, core.headLast()) && !Lexicon.GO_BETWEENS.contains(t, core.headLast());
                if (m == null && personsPost) {
                    m = cast.onlyPersonEarlierInSentence(p.first());
                }
                if (m == null && personsPost) {
                    m = lastSpeakerRedescribed(words.get(words.size() - 1), p.first());
                }
                String owner = namedOwner(core);
                if (m != null && m.org && owner != null && !m.keys.contains(owner)) {
                    // "India's health ministry" is not the last body named unless that body is India's
                    return new Speaker(t.span(core.first(), core.last()), SpeakerType.ORGANISATION, mention, p.first(), null);
                }
                if (m != null) {
                    return new Speaker(m.name(), m.org ? SpeakerType.ORGANISATION : SpeakerType.PERSON, mention, p.first(), m);
                }
                if (core == p && Lexicon.DOCUMENTS.contains(t, core.headLast())) {
                    // "according to a criminal complaint filed by Detective Sgt. Lorna Whitcombe", "The audit, released
                    // Monday by State Auditor X, found": the author named right here, before any earlier mention's
                    Speaker author = authorBy(core.headLast(), t.sentenceEnd(t.sentence(core.headLast())), mention, p.first());
                    if (author != null) {
                        return author;
                    }
                }
                Speaker issuer = core == p && Lexicon.DOCUMENTS.contains(t, core.headLast()) && t.is(p.first(), "the")
                        ? issuerOf(core.headLast(), mention, p.first()) : null;
                if (issuer != null) {
                    return issuer;
                }
                return new Speaker(t.span(core.first(), core.last()), SpeakerType.UNRESOLVED, mention, p.first(), null);
            }
        }
    }

    /**
     * "Greens spokeswoman Ellen Marsh-Wade said ... "...," the Brunswick MP said": a post no one in the
     * story holds, given right after a named person spoke, is that person described another way. Not
     * when the post is a title and the last speaker holds another one ("the Premier" after the
     * opposition leader), nor when the post's gender is not theirs.
     */
    private Cast.Member lastSpeakerRedescribed(String post, int at) {
        Cast.Member ls = member(lastSpeaker);
        if (ls == null || !ls.person || t.paragraph(at) - t.paragraph(Math.max(0, lastSpeaker.token())) > 1) {
            return null;
        }
        if (Lexicon.TITLES.contains(post)) {
            for (String r : ls.roles) {
                if (!r.equals(post) && Lexicon.TITLES.contains(r) && Lexicon.ROLE_NOUNS.contains(r)) {
                    return null;
                }
            }
        }
        int gender = Lexicon.MALE_TITLES.contains(post) ? Cast.MALE : Lexicon.FEMALE_TITLES.contains(post) ? Cast.FEMALE : Cast.UNKNOWN;
        return Cast.fitsGender(ls, gender) ? ls : null;
    }

    /**
     * "the Comhar party said", "the Unite union said": a body's name written before the noun of its kind.
     * Not a demonym or a place ("the Turkish government", "the Ohio party"), which say whose, not which.
     */
    private Speaker bodyNamedBeforeItsNoun(Phrase core, String mention, int at) {
        int head = core.headLast();
        if (!t.is(core.first(), "the") || !Lexicon.NAMED_BEFORE_HEADS.contains(t, head) || t.isCap(head)) {
            return null;
        }
        int a = core.first() + 1;
        if (a >= head || head - a > 3 || Cast.demonym(t, a)) {
            return null;
        }
        for (int k = a; k < head; k++) {
            if (!Cast.namePart(t, k)) {
                return null;
            }
        }
        Cast.Member named = cast.lookup(a, head - 1);
        if (named != null && named.person) {
            return null; // "the Sanders campaign group": a person's, not a name of its own
        }
        String name = named != null ? named.name() : t.span(a, head - 1);
        // the member only when the cast knows it for a body: "it" then finds this speaker, not the last body named
        return new Speaker(name, SpeakerType.ORGANISATION, mention, at, named != null && named.org ? named : null);
    }

    /**
     * "Tri-Valley Transit issued a statement calling ... "...," the statement said": the document speaks
     * for whoever the sentence that last mentioned it names as its subject (within three paragraphs).
     */
    private Speaker issuerOf(int head, String mention, int at) {
        String word = t.string(head).toLowerCase(java.util.Locale.ROOT);
        String other = Lexicon.SAME_DOCUMENT.getOrDefault(word, word); // "a Norcross Research survey ... the poll found"
        for (int k = at - 1; k >= 0 && t.paragraph(at) - t.paragraph(k) <= 3; k--) {
            // (the other name only where it brings the document in, not in a later "the poll found")
            if (k != head && t.isWord(k) && (t.is(k, word) || t.is(k, other) && !t.is(k - 1, "the"))) {
                if (k - 1 >= 0 && t.isCap(k - 1) && Cast.namePart(t, k - 1) && !t.has(k - 1, Tokens.SENT_START)) {
                    // "a Times article", "the Kremlin statement": the document's owner is named in it
                    Phrase owner = phrases.endingAt(k - 1, t.sentenceStart(t.sentence(k)));
                    Speaker s = owner == null || owner.form() != Phrase.Form.NAME ? null : resolve(owner);
                    return s == null || s.member() == null ? null : new Speaker(s.name(), s.type(), mention, at, s.member());
                }
                int se = t.sentenceEnd(t.sentence(k));
                // (past a dateline: "WASHINGTON, Oct. 9 -- X resigned, telling ... in a letter")
                int ss = phrases.afterDateline(t.sentenceStart(t.sentence(k)), se);
                Speaker author = authorBy(k, se, mention, at);
                if (author != null) {
                    return author;
                }
                // "X and Y spoke ..., the Turkish presidency said in a statement": the one who said it in the document
                int in = t.is(k - 1, "a") || t.is(k - 1, "its") || t.is(k - 1, "their") || t.is(k - 1, "the") ? k - 2 : k - 1;
                if (t.is(in, "in") && in - 1 > ss && cueAt(in - 1) != 0) {
                    Phrase cueSubject = phrases.subjectOf(in - 1, ss);
                    if (cueSubject != null && cueSubject.form() != Phrase.Form.PRONOUN) {
                        Speaker s = resolve(cueSubject);
                        return new Speaker(s.name(), s.type(), mention, at, s.member());
                    }
                }
                Phrase subject = phrases.startingAt(ss, k);
                for (int c = ss + 1; (subject == null || subject.form() != Phrase.Form.NAME) && c < se && c < ss + 12; c++) {
                    if (t.is(c, ',')) {
                        // "Tri-Valley, in a statement, said", "In a statement posted to its website, the company said"
                        Phrase after = phrases.startingAt(c + 1, c < k ? k : se);
                        subject = after != null && after.form() != Phrase.Form.PRONOUN ? after : subject;
                        break;
                    }
                }
                for (int c = ss + 1; subject == null && c < k; c++) {
                    if (cueAt(c) != 0) {
                        subject = phrases.subjectOf(c, ss); // "The X Forum, which represents ..., said in a statement"
                    }
                }
                if (subject == null || subject.form() == Phrase.Form.PRONOUN || subject.first() < k && subject.last() >= k) {
                    continue; // "According to the statement, ...": a mention that names no one; the one before may
                }
                Speaker s = resolve(subject);
                if (s.member() != null) {
                    return new Speaker(s.name(), s.type(), mention, at, s.member());
                }
            }
        }
        return null;
    }

    /**
     * '"Did you put it in writing?" Fontaine asked. ¶ "I did."': a paragraph that is only a quote, no
     * question itself, right after a question, answers it: it is the one who spoke before the asker,
     * when that one spoke just before the question (an exchange), not the asker going on.
     */
    private boolean answersInExchange(QuoteMarks.Span span) {
        return lastQuestion != null && lastSpeaker != null && !asksAQuestion(span) && t.has(span.open(), Tokens.PARA_START)
                && t.paragraph(span.open()) - t.paragraph(Math.max(0, lastSpeaker.token())) <= 1;
    }

    /**
     * Who answers the last quote's question: the one it addresses ("Mr. Lindqvist, did ...?"), else whoever
     * spoke just before the asker (within two paragraphs: an exchange); null when neither.
     */
    private Cast.Member answerer() {
        Cast.Member asker = member(lastSpeaker);
        Cast.Member addressed = addressee(lastQuestion);
        if (addressed != null && addressed != asker) {
            return addressed;
        }
        Cast.Member before = member(previousSpeaker);
        int asked = t.paragraph(Math.max(0, lastSpeaker.token()));
        return before != null && before.person && before != asker && asked - t.paragraph(Math.max(0, previousSpeaker.token())) <= 2
                ? before : null;
    }

    /** '"Mr. Lindqvist, did anyone ...?"': the person a question opens by addressing, or null */
    private Cast.Member addressee(QuoteMarks.Span question) {
        int k = question.first();
        int end = question.close() < 0 ? question.last() : question.close() - 1;
        while (k <= end && k < question.first() + 4 && Cast.namePart(t, k)) {
            k++;
        }
        if (k == question.first() || k > end || !t.is(k, ',')) {
            return null;
        }
        Cast.Member m = cast.lookup(question.first(), k - 1);
        return m != null && m.person ? m : null;
    }

    /** a quote or report was attributed to {@code s}: the last speaker now, and the document's voice while it goes on */
    private void heard(Speaker s) {
        if (lastSpeaker != null && lastSpeaker.name() != null && !lastSpeaker.name().equals(s.name())) {
            previousSpeaker = lastSpeaker;
        }
        if (spokeAsDocument(s)) {
            documentVoice = s;
        } else if (documentVoice != null && !documentVoice.name().equals(s.name())) {
            documentVoice = null;
        }
        lastSpeaker = s;
    }

    /** the speaker was found through a document: "The statement said", "according to the report" */
    private boolean spokeAsDocument(Speaker s) {
        String m = s.mention();
        int space = m == null ? -1 : m.lastIndexOf(' ');
        return m != null && Lexicon.DOCUMENTS.contains(m, space + 1, m.length());
    }

    /**
     * "A memo prepared by the authority's compliance manager, Raymond Albers,": the document's author
     * after "by" (the name in apposition when a description comes first)
     */
    private Speaker authorBy(int doc, int se, String mention, int at) {
        // (past an apposition's comma and a date too: "The nine-page memo, dated March 14 and written by X,")
        int from = t.is(doc + 1, ',') ? doc + 2 : doc + 1;
        int reach = from == doc + 2 ? doc + 9 : doc + 5;
        for (int q = from; q < se && q <= reach && (t.isWord(q) || t.kind(q) == Tokens.NUMBER); q++) {
            if (Lexicon.READ_OUT.contains(t, q) || Lexicon.CAME_BY.contains(t, q)) {
                // "a statement read to the court by Ms Fyfe": she reads it, someone else wrote it;
                // "records obtained by the Courier": the paper has them, it did not write them
                return null;
            }
            boolean sentFrom = q == doc + 1 && t.is(q, "from"); // "a statement from the embassy"
            if (t.is(q, "by") || sentFrom) {
                Phrase by = phrases.startingAt(q + 1, se);
                if (by == null || by.form() == Phrase.Form.PRONOUN
                        || sentFrom && (by.form() != Phrase.Form.NAME
                        || by.headFirst() > q + 1 && !(by.headFirst() == q + 2 && t.is(q + 1, "the")))) {
                    return null; // (and "a statement from the family of X" is the family's, not X's)
                }
                int comma = by.last() + 1;
                while (by.form() == Phrase.Form.DESCRIPTION && comma < se && comma <= by.last() + 6 && t.isWord(comma)
                        && cueAt(comma) == 0) {
                    comma++; // "the Chief Press Secretary to the Governor, Mr. X": past what the post is of
                }
                if (by.form() == Phrase.Form.DESCRIPTION && t.is(comma, ',')) {
                    Phrase named = phrases.startingAt(comma + 1, se);
                    by = named != null && named.form() == Phrase.Form.NAME ? named : by;
                }
                Speaker s = resolve(by);
                boolean speaks = s.member() != null && (!sentFrom || s.member().org || s.member().person); // (not "a report from Baghdad")
                return speaks ? new Speaker(s.name(), s.type(), mention, at, s.member()) : null;
            }
        }
        return null;
    }

    /** the "year-old" token of a description ("the 19-year-old", "the 58-year-old engineer"), or -1 */
    private int yearsOld(Phrase core) {
        for (int k = core.first(); k <= core.last(); k++) {
            if (t.is(k, "year-old")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "the 19-year-old said": the one the story gave that age ("Kieran Doyle, 19,"), else the person
     * the recent sentences are about ("Bernadette Kilgallon spent 24 years on wards ... the 52-year-old said").
     * Also how "the Spaniard" is found when nobody was introduced as one.
     */
    private Speaker byAge(Phrase core, String mention, int at) {
        Cast.Member m = null;
        int years = yearsOld(core);
        if (years > core.first() && t.kind(years - 2) == Tokens.NUMBER) {
            m = cast.byRole(List.of(Cast.age(t.string(years - 2))), at);
        }
        if (m == null) {
            m = cast.recentSubject(at);
        }
        if (m == null && member(lastSpeaker) != null && member(lastSpeaker).person) {
            m = member(lastSpeaker); // "The 61-year-old grew up on Hollis Island ..." long after her name
        }
        return m == null
                ? new Speaker(null, SpeakerType.UNRESOLVED, mention, at, null)
                : new Speaker(m.name(), SpeakerType.PERSON, mention, at, m);
    }

    /**
     * "the SYNAV transport union said", "the GMB union said": a body's acronym before its head noun names
     * it; it is not the last union mentioned. Country abbreviations ("the U.S. embassy") are places, not names.
     */
    private Speaker namedByAcronym(Phrase core, String mention, int at) {
        if (!Lexicon.ORG_WORDS.contains(t, core.headLast())) {
            return null;
        }
        for (int k = core.headFirst(); k < core.headLast(); k++) {
            if (t.isWord(k) && t.has(k, Tokens.ALL_CAPS) && t.length(k) >= 2 && t.length(k) <= 6
                    && !hasPeriod(k) && !Lexicon.COUNTRY_CODES.contains(t, k)) {
                Cast.Member named = cast.lookup(k, k);
                return named != null && named.org
                        ? new Speaker(named.name(), SpeakerType.ORGANISATION, mention, at, named)
                        : new Speaker(t.string(k), SpeakerType.ORGANISATION, mention, at, null);
            }
        }
        return null;
    }

    private boolean hasPeriod(int k) {
        int dot = t.text().indexOf('.', t.start(k));
        return dot >= 0 && dot < t.end(k);
    }

    /**
     * 'The judge did not address whether ... In a footnote, she wrote': a sentence opened by a definite
     * description that names a person ("The judge", resolved to Harriet Okafor) is a subject a pronoun
     * continues, when it comes after the chosen person's last mention and within the paragraph or the one
     * before. Null when there is none, or it does not fit.
     */
    private Cast.Member describedSubject(int pronoun, int gender, Cast.Member chosen) {
        if (gender < 0) {
            return null;
        }
        int since = chosen == null ? -1 : cast.lastMentionBefore(chosen, pronoun);
        for (int s = t.sentence(pronoun); s >= 0 && s >= t.sentence(pronoun) - 3; s--) {
            int ss = phrases.afterDateline(t.sentenceStart(s), t.sentenceEnd(s));
            if (ss >= pronoun || ss <= since) {
                if (ss <= since) {
                    return null;
                }
                continue;
            }
            if (t.paragraph(pronoun) - t.paragraph(ss) > 1) {
                return null;
            }
            if (!t.is(ss, "the") || quoted[ss]) {
                continue;
            }
            int head = -1;
            for (int k = ss + 1; k <= ss + 3 && k < pronoun && t.isWord(k) && !t.isCap(k); k++) {
                if (Lexicon.ROLE_NOUNS.contains(t, k) && !Lexicon.ORG_WORDS.contains(t, k)) {
                    head = k;
                    break;
                }
            }
            if (head < 0 || Lexicon.ROLE_NOUNS.contains(t, head + 1) || t.is(head + 1, "'s") || t.is(head + 1, "of")) {
                continue; // "The judge did not ...", not "the judge's ruling" or "the president of"
            }
            List<String> words = new ArrayList<>();
            for (int k = ss + 1; k <= head; k++) {
                words.add(Cast.key(t, k));
            }
            Cast.Member m = cast.byRole(words, ss);
            return m != null && m.person && Cast.fitsGender(m, gender) ? m : null;
        }
        return null;
    }

    /** the key of a capitalised possessive owner inside a description ("India's health ministry"), or null */
    private String namedOwner(Phrase core) {
        for (int k = core.first() + 1; k <= core.headLast(); k++) {
            if ((t.is(k, "'s") || t.is(k, "\u2019s")) && t.isWord(k - 1) && t.isCap(k - 1)) {
                return Cast.key(t, k - 1);
            }
        }
        for (int k = core.first(); k < core.headLast(); k++) {
            if (t.isCap(k) && Cast.demonym(t, k) && Lexicon.ORG_WORDS.contains(t, core.headLast())) {
                return Cast.key(t, k); // "the Turkish government" is no company named before unless that one is Turkish
            }
        }
        return null;
    }

    private boolean capitalised(int a, int b) {
        for (int k = a; k <= b; k++) {
            if (t.isWord(k) && !t.isCap(k)) {
                return false;
            }
        }
        return true;
    }

    private static Cast.Member member(Speaker s) {
        return s == null ? null : s.member();
    }

    Speaker lastSpeaker() {
        return lastSpeaker;
    }

    Phrases phrases() {
        return phrases;
    }

    // ---- output ----

    private Quote toQuote(QuoteMarks.Span span, Found f) {
        // a label inside the marks ("“PENCE: Well, ...”") is not part of the words
        boolean labelInside = "transcript label".equals(f.reason()) && f.cueToken() >= span.first();
        int first = labelInside && f.cueToken() + 1 <= span.last() ? f.cueToken() + 1 : span.first();
        int s = t.start(first);
        int e = t.end(span.last());
        QuoteKind kind = kind(span);
        Speaker sp = f.speaker();
        return new Quote(t.text().substring(s, e), s, e, kind,
                sp == null ? null : sp.name(),
                sp == null ? SpeakerType.NONE : sp.type(),
                sp == null ? null : sp.mention(),
                DEBUG ? f.cue() + " |" + f.reason() : f.cue(), f.confidence());
    }

    /** development aid: -Dpressflow.quote.debug=true appends the reason for each attribution to its cue */
    static final boolean DEBUG = Boolean.getBoolean("pressflow.quote.debug");

    /** direct when the marks hold a sentence or clause of its own, partial when they sit inside the writer's */
    private QuoteKind kind(QuoteMarks.Span span) {
        if (span.close() < 0 || span.continued()) {
            return QuoteKind.DIRECT;
        }
        int words = 0;
        boolean terminal = false;
        for (int k = span.first(); k <= span.last(); k++) {
            if (t.isWord(k) || t.kind(k) == Tokens.NUMBER) {
                words++;
            }
        }
        int last = span.last();
        terminal = t.is(last, '.') || t.is(last, '!') || t.is(last, '?') || t.is(last, ',');
        int p = span.open() - 1;
        boolean opensClause = p < 0 || t.has(span.open(), Tokens.PARA_START) || t.has(span.open(), Tokens.SENT_START)
                || t.is(p, ':') || t.is(p, ',') || (cueAt(p) & Lexicon.SPEECH) != 0;
        int n = span.close() + 1;
        boolean endsClause = n >= t.size() || t.paragraph(n) != t.paragraph(span.close()) || t.is(n, ',') || t.is(n, '.')
                || t.has(n, Tokens.SENT_START) || t.is(n, '\u2015') || t.is(n, '\u2014') || terminal;
        return opensClause && endsClause && words >= 3 ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
    }
}
