package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;
import java.util.List;

/**
 * Quote marks around what is named rather than said: titles of works ("CBS's "Face the Nation"",
 * '"The Salt Road," a period thriller'), terms ("the so-called "ghost shifts"", "known to workers as
 * "El Profe""), and a transcript's stage directions ("(CROSSTALK)").
 */
final class QuotedNames {
    private final Tokens t;
    private final List<QuoteMarks.Span> spans;

    /** titles of spans [0, known), by span index */
    private final boolean[] titles;
    private int known;

    QuotedNames(Tokens t, List<QuoteMarks.Span> spans) {
        this.t = t;
        this.spans = spans;
        this.titles = new boolean[spans.size()];
    }

    /** whether the span (of that many words) names something rather than quoting anyone */
    boolean named(QuoteMarks.Span span, int words) {
        return stageDirection(span) || titleAfterOwner(span, words) || namedTerm(span.open()) || titleAsSubject(span)
                || signOff(span) || nameGivenBy(span, words);
    }

    /** "Ramakanta Sahu, popularly called "Bhai" by party workers,": a name others give, in the passive */
    private boolean nameGivenBy(QuoteMarks.Span span, int words) {
        int p = span.open() - 1;
        return span.close() >= 0 && words <= 3 && t.is(span.close() + 1, "by")
                && (t.is(p, "called") || t.is(p, "dubbed") || t.is(p, "nicknamed") || t.is(p, "named"));
    }

    /**
     * "Ouisa Davis' commentary, "Melania, tell your immigrant story," is very thoughtful": a work's title
     * in apposition, however it is cased, when a verb follows it
     */
    private boolean titleAsSubject(QuoteMarks.Span span) {
        int p = span.open() - 1;
        int a = span.close() + 1;
        // ("The paper, "Artificial light at night delays ...," appears in ...": any verb but a speech cue)
        return span.close() >= 0 && t.is(p, ',') && Lexicon.WORKS.contains(t, p - 1) && !t.isCap(p - 1)
                && t.is(span.last(), ',') && (Lexicon.AUX.contains(t, a) || t.isWord(a) && !t.isCap(a) && !Lexicon.CUES.contains(t, a)
                && !Lexicon.DETERMINERS.contains(t, a));
    }

    /** "Follow Pam Key on Twitter @pamkeyNEN.": a writer's sign-off, whatever marks stray around it */
    private boolean signOff(QuoteMarks.Span span) {
        int f = span.first();
        if (!t.is(f, "follow") || !t.isCap(f)) {
            return false;
        }
        for (int k = f + 1; k <= span.last() && k < f + 12; k++) {
            if (t.is(k, "twitter") || t.is(k, "facebook") || t.is(k, "instagram") || t.is(k, '@')) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the so-called "ghost shifts"", "known to workers as "El Profe"": the
     * writer marks a name or a term, nobody is quoted
     */
    private boolean namedTerm(int open) {
        int p = open - 1;
        if (t.is(p, "so-called") || t.is(p, "christened") || t.is(p, "itself") || t.is(p, "themselves")) {
            return true; // "a camp they have christened 'the Fen Ark'", "a group calling itself "Tollbooth""
        }
        if (nounNamed(p)) {
            return true; // "an operation code-named "Desert Dawn"", "a report titled "..."": a thing's name
        }
        if (t.is(p, "the") || t.is(p, "a") || t.is(p, "an")) {
            p--; // "billed the trip as the "Main Street Tour""
        }
        if (t.is(p, "call") && genericNamers(p)) {
            return true; // "what biologists call a "sky compass"": a field's term, nobody quoted
        }
        if (!t.is(p, "as")) {
            return false;
        }
        for (int k = p - 1; k >= 0 && k >= p - 7 && t.isWord(k); k--) {
            if (t.is(k, "known") || t.is(k, "referred") || t.is(k, "refers") || t.is(k, "billed")) {
                return true; // "known to everyone on Tern Harbor as", "a man she refers to only as", "billed the tour as"
            }
        }
        return false;
    }

    /**
     * A participle of naming right after a lower-case noun: "an operation code-named", "a ship named", "a report
     * titled", "a paper entitled". (Not "Trump dubbed her": a name given by a speaker is a partial of his.)
     */
    private boolean nounNamed(int p) {
        int noun = p - 1;
        if (t.is(p, "named") && t.is(p - 1, '-') && t.is(p - 2, "code")) {
            return true;
        }
        return (t.is(p, "code-named") || t.is(p, "codenamed") || t.is(p, "named") || t.is(p, "titled") || t.is(p, "entitled"))
                && noun >= 0 && t.isWord(noun) && !t.isCap(noun) && t.length(noun) > 2 && !Lexicon.AUX.contains(t, noun)
                && !Lexicon.BETWEEN.contains(t, noun) && !Lexicon.LISTENER_PRONOUNS.contains(t, noun);
    }

    /** "what biologists call", "what many economists call": people in general, in the plural, after "what" */
    private boolean genericNamers(int call) {
        for (int k = call - 1; k >= 0 && k >= call - 4 && t.isWord(k); k--) {
            if (t.is(k, "what")) {
                return k < call - 1 && t.endsWith(call - 1, "s") && !t.isCap(call - 1);
            }
        }
        return false;
    }

    /** "(CROSSTALK)", "(APPLAUSE.)": a transcript's note of what happened, not words anyone said */
    private boolean stageDirection(QuoteMarks.Span span) {
        int a = span.first();
        int b = span.last();
        while (b > a && t.kind(b) == Tokens.PUNCT && !t.is(b, ')')) {
            b--;
        }
        if (!t.is(a, '(') || !t.is(b, ')')) {
            return false;
        }
        for (int k = a + 1; k < b; k++) {
            if (t.is(k, '(') || t.is(k, ')') || t.isWord(k) && !t.has(k, Tokens.ALL_CAPS)) {
                return false;
            }
        }
        return true;
    }

    int words(QuoteMarks.Span span) {
        int words = 0;
        for (int k = span.first(); k <= span.last(); k++) {
            if (t.isWord(k) || t.kind(k) == Tokens.NUMBER) {
                words++;
            }
        }
        return words;
    }

    /** a comma or mark, a determiner, then a work's noun within three words: ", a period thriller about ..." */
    private boolean worksApposition(int a) {
        if (t.is(a, ',')) {
            a++;
        }
        if (!(t.is(a, "a") || t.is(a, "an") || t.is(a, "the") || t.is(a, "his") || t.is(a, "her") || t.is(a, "their"))) {
            return false;
        }
        for (int k = a + 1; k <= a + 3 && k < t.size() && t.isWord(k) && !t.isCap(k); k++) {
            if (Lexicon.WORKS.contains(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** the closing mark of a span that is itself a title: "include "Low Water" and "..."" */
    private boolean closesTitle(int k) {
        int found = InOrder.lastBefore(spans, QuoteMarks.Span::open, k);
        return found >= 0 && spans.get(found).close() == k && isTitle(found);
    }

    /**
     * Whether span si is a title, worked out for the spans in order and kept: a list of titles joined by
     * "and" then asks only the span before, never a chain, so any input stays linear and shallow.
     */
    private boolean isTitle(int si) {
        while (known <= si) {
            QuoteMarks.Span s = spans.get(known);
            titles[known] = titleAfterOwner(s, words(s));
            known++;
        }
        return titles[si];
    }

    /**
     * A title-cased span after a possessive or "on": a show or a work ("CBS's "Face the Nation"",
     * "on "Morning Joe""), named rather than quoted.
     */
    private boolean titleAfterOwner(QuoteMarks.Span span, int words) {
        int p = span.open() - 1;
        int a = span.close() + 1;
        if (span.close() >= 0 && (t.is(a, "radio") || t.is(a, "tv") || t.is(a, "television"))) {
            a++;
        }
        boolean owner = t.is(p, "'s") || t.is(p, "\u2019s") || t.is(p, "on") || t.is(p, "titled") || t.is(p, "entitled")
                || Lexicon.WORKS.contains(t, p)
                // "read from "...", "his novels include "..." and "..."", "the award went to "...""
                || t.is(p, "from") || t.is(p, "include") || t.is(p, "includes") || t.is(p, "included")
                || t.is(p, "to") && t.is(p - 1, "went") || t.is(p, "and") && closesTitle(p - 1)
                // '"The Salt Road," a period thriller', '"Our Town," the following spring'
                || span.close() >= 0 && worksApposition(span.close() + 1)
                // "an episode of "...", "his 2002 book, "..."", "the "..." radio program"
                || (t.is(p, "of") || t.is(p, ',') || t.is(p, "called")) && Lexicon.WORKS.contains(t, p - 1)
                || span.close() >= 0 && Lexicon.WORKS.contains(t, a) && !t.isCap(a);
        if (owner && span.close() >= 0 && (t.is(p, "titled") || t.is(p, "entitled"))) {
            return true; // "a study titled "Incidental Vigorous Activity and ...: A Prospective Analysis"", however long
        }
        if (!owner || words > 8) {
            return false;
        }
        for (int k = span.first(); k <= span.last(); k++) {
            if ((t.isWord(k) && t.length(k) >= 4 && !t.isCap(k))) {
                return false;
            }
        }
        return t.isCap(span.first()) || t.kind(span.first()) == Tokens.NUMBER || Character.isDigit(t.first(span.first()));
    }
}
