package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Reported speech and stances without quote marks (or with quoted pieces inside): "X said Y",
 * "Y, X said", "according to X, Y", "X told Z that Y", "X plans to Y", "..., stressing Y".
 * Each becomes an indirect quote whose span is the reported content.
 */
final class Reported {

    /** One reported clause. */
    record Item(Quote quote, Attributor.Found found) {}

    private final Tokens t;
    private final Attributor a;
    private final boolean[] quoted;
    private final int headlineEnd;

    Reported(Tokens t, Attributor a, boolean[] quoted, int headlineEnd) {
        this.t = t;
        this.a = a;
        this.quoted = quoted;
        this.headlineEnd = headlineEnd;
    }

    List<Item> inSentence(int s, int ss, int se) {
        List<Item> out = new ArrayList<>(2);
        ss = a.phrases().afterDateline(ss, se);
        int end = contentEnd(ss, se);
        if (end <= ss) {
            return out;
        }
        if (ss < headlineEnd) {
            headline(ss, end, out);
            if (!out.isEmpty()) {
                return out;
            }
        }
        Attributor.Found main = null;
        // "Asked whether he intended to retire, Tran smiled": the question's verbs report nothing
        int coveredTo = Lexicon.CIRCUMSTANCE.contains(t, ss) && !t.isCap(ss + 1) ? untilComma(ss, se) : -1;
        for (int j = ss; j < se; j++) {
            if (quoted[j] || j <= coveredTo && !participleAfterComma(j)) {
                continue;
            }
            if (j > ss + 1 && t.is(j - 1, ',') && Lexicon.CIRCUMSTANCE.contains(t, j) && !t.endsWith(j, "ing")) {
                coveredTo = Math.max(coveredTo, untilComma(j, end)); // "Wang, asked whether ..., replied": asked, not asking
                continue;
            }
            if (a.isAccordingTo(j)) {
                int n = according(j, ss, end, out);
                if (n > 0) {
                    coveredTo = Math.max(coveredTo, n);
                    main = out.get(out.size() - 1).found();
                }
                continue;
            }
            int passiveThat = agentlessPassive(j);
            if (passiveThat > 0) {
                // "It was announced late on Tuesday that ...", "The summit was told that ...": a report with no one to credit
                int cs = passiveThat + 1;
                int ce = clauseEnd(cs, end);
                Attributor.Found none = new Attributor.Found(new Speaker(null, SpeakerType.NONE, null, j, null), t.string(j), j, 0.5,
                        "agentless passive");
                if (cs < end && opensContent(cs) && reportable(cs, ce, j, Lexicon.CUES.value(t, j)) && emit(cs, ce, none, out)) {
                    coveredTo = ce;
                }
                continue;
            }
            int bits = a.cueAt(j);
            if (bits == 0 || anonymity(j) || directAfter(j)) {
                continue;
            }
            if ((bits & Lexicon.NAMING) != 0 && labelledThing(j)) {
                continue; // "called that condition "an escape hatch"", "described that plan as ...": a thing labelled, not a clause
            }
            Attributor.Found quotedAs = (bits & Lexicon.PARTICIPLE) != 0 ? a.quotedAsSaying(j, ss) : null;
            if (quotedAs != null) {
                // "Reuters quoted a trader as saying prices had doubled"
                int cs = contentStart(j + 1, end, bits);
                int ce = clauseEnd(cs, end);
                if (cs < end && reportable(cs, ce, j, bits) && emit(cs, ce, quotedAs, out)) {
                    main = quotedAs;
                    coveredTo = ce;
                }
                continue;
            }
            Phrase withWhom = (bits & Lexicon.PARTICIPLE) != 0 ? withSubject(j, ss) : null;
            if (withWhom != null) {
                // "..., with Leader of Opposition Bijay Mohapatra alleging that ...": the one named after "with"
                int cs = contentStart(j + 1, end, bits);
                int ce = clauseEnd(cs, end);
                Attributor.Found f = a.found(withWhom, a.cueText(j), j, 0.75, "with and participle");
                if (cs < end && opensContent(cs) && reportable(cs, ce, j, bits) && emit(cs, ce, f, out)) {
                    coveredTo = ce;
                }
                continue;
            }
            if ((bits & Lexicon.PARTICIPLE) != 0 && participleAfterComma(j)) {
                Attributor.Found f = main;
                int said = t.is(j - 1, ',') ? speechCueBefore(j - 1, ss) : -1;
                if (f == null && said >= 0) {
                    // '"...," he said, adding that ...', '..., she said in a statement, adding that': who said the quote adds the report
                    Phrase p = a.phrases().subjectOf(said, ss);
                    if (p != null) {
                        f = a.found(p, null, -1, 0.7, "speaker of the cue before");
                    }
                }
                if (f == null) {
                    Phrase p = namedInApposition(a.phrases().startingAt(ss, j), j);
                    if (p != null && p.form() != Phrase.Form.DESCRIPTION || p != null && Lexicon.GROUP_NOUNS.contains(t, p.headLast())) {
                        f = a.found(p, null, -1, 0.6, "sentence subject");
                    } else if (p == null) {
                        f = sentenceSubject(ss, j); // "A state judge threw out the confession, ruling that"
                    }
                }
                if (f != null && (bits & Lexicon.WEAK) == 0 && ((bits & Lexicon.STRONG) != 0 || (bits & Lexicon.STANCE) != 0)) {
                    int cs = contentStart(j + 1, end, bits);
                    int ce = clauseEnd(cs, end);
                    if (cs < end && opensContent(cs) && reportable(cs, ce, j, bits) && emit(cs, ce, new Attributor.Found(f.speaker(), t.string(j), j, f.confidence() * 0.9, "participle"), out)) {
                        coveredTo = end;
                    }
                }
                continue;
            }
            if ((bits & Lexicon.PARTICIPLE) != 0) {
                Attributor.Found issuer = (bits & Lexicon.WEAK) == 0 && (bits & (Lexicon.STRONG | Lexicon.STANCE)) != 0
                        ? documentIssuer(j, ss) : null;
                if (issuer != null) {
                    // "Trump unleashed a series of tweets early Friday saying that ...", "sent a letter to members urging them to"
                    int cs = contentStart(j + 1, end, bits);
                    int ce = clauseEnd(cs, end);
                    if (cs < end && opensContent(cs) && reportable(cs, ce, j, bits) && emit(cs, ce, issuer, out)) {
                        main = issuer;
                        coveredTo = ce;
                    }
                }
                continue;
            }
            if ((bits & Lexicon.WEAK) != 0 && !(t.is(j + 1, "that") && clauseLike(j + 2, end) && !demonstrative(j + 1))) {
                continue; // "knew the area", "declined that offer": no report without a "that" clause
            }
            if (takesAThing(j, end)) {
                continue;
            }
            if ((bits & Lexicon.NAMING) != 0 && t.endsWith(j, "ed") && t.endsWith(j - 1, "ly") && t.is(j - 2, ',')) {
                // "Arun Das, popularly called "Dada" by party workers,": a name given, in the passive (while
                // "Tim Cook, called it ..." after an apposition is active)
                continue;
            }
            if (j > ss + 1 && coordinatedCue(j, j + 1) == j && isCoordinator(j)) {
                Attributor.Found f = main != null
                        ? new Attributor.Found(main.speaker(), a.cueText(j), j, main.confidence() * 0.9, "coordinated cue")
                        : subordinateSubject(ss, j);
                f = f != null ? f : main == null ? sentenceSubject(ss, j) : f;
                if (f == null) {
                    continue;
                }
                int cs = contentStart(j + 1, end, bits);
                int ce = clauseEnd(cs, end);
                if (cs < end && opensContent(cs) && reportable(cs, ce, j, bits) && emit(cs, ce, f, out)) {
                    coveredTo = ce;
                }
                continue;
            }
            Phrase subject = a.phrases().subjectOf(j, ss);
            if (subject == null) {
                subject = a.phrases().anyNounSpeaking(j, ss);
            }
            if (subject != null && !subjectFits(subject, j, bits)) {
                subject = null;
            }
            if (subject != null && !quoted[subject.first()] && !t.is(subject.first(), "you")) {
                Attributor.Found f = a.found(subject, a.cueText(j), j, confidence(bits), "subject and cue");
                // "Y, X said." : the content comes before
                int before = subject.first() - 1;
                if ((t.is(before, "'s") || t.is(before, "\u2019s")) && subject.form() == Phrase.Form.NAME && before - 1 > ss) {
                    Phrase owner = a.phrases().endingAt(before - 1, ss); // "..., the African Union's Peace and Security Council said"
                    before = owner != null && owner.form() == Phrase.Form.NAME ? owner.first() - 1 : before;
                }
                if (t.is(before, "the") && subject.form() == Phrase.Form.NAME) {
                    before--; // "..., the Northern Rail Authority said"
                }
                before = beforeApposition(before, ss);
                boolean afterComma = before > ss && (t.is(before, ',') || t.kind(before) == Tokens.MARK && t.is(before - 1, ','));
                int after = afterCue(j, end);
                // '"...," he said' speaks for itself, and so does 'The statement added: "...," the union wrote'
                boolean quoteBefore = (quoted[ss] || colonIntroducedQuote(ss, before)) && (quoted[before] || quoted[before - 1]);
                if (quoteBefore) {
                    continue; // "'...,' he said": the direct quote speaks for itself
                }
                // (not "In a letter released the next morning, she wrote:": a colon puts the words after it)
                if (afterComma && before - ss >= 4 && !Lexicon.CIRCUMSTANCE.contains(t, ss) && !t.is(after, ':') && reportBeforeAttribution(ss, before)
                        && !(t.is(after, ',') && after + 1 < end && quoted[after + 1]) // ", the 52-year-old replied, "It pays.": the quote after it is what he said
                        && (after >= end || t.is(after, ',') || isAdjunct(after))) {
                    int r0 = after;
                    boolean verbFollows = r0 + 1 < end && t.is(r0, ',') && Lexicon.AUX.contains(t, r0 + 1)
                            && !quoted[ss];
                    if (verbFollows) {
                        // "The test, North Korea said, was its biggest": the content runs around the attribution
                        if (emit(ss, end, f, out)) {
                            main = f;
                            coveredTo = end;
                        }
                        continue;
                    }
                    if (emit(ss, before, f, out)) {
                        main = f;
                        coveredTo = Math.max(coveredTo, j);
                        // "..., he said, it could help": the rest of the sentence too
                        int r = after;
                        if (r < end && t.is(r, ',') && r + 1 < end && !opensOwnClause(r + 1, end)
                                && !Lexicon.CIRCUMSTANCE.contains(t, r + 1)) { // (", speaking on condition of anonymity")
                            emit(r + 1, end, f, out);
                            coveredTo = end;
                        }
                    }
                    continue;
                }
                if ((bits & (Lexicon.SPEECH | Lexicon.STANCE)) == Lexicon.SPEECH && (bits & Lexicon.NAMING) != 0
                        && !t.is(j + 1, "for") && !t.is(j + 1, "on") && !quotedBetween(j + 1, end)) {
                    continue; // "attacked her opponent": a naming verb reports speech only around a quote
                }
                if ((t.is(subject.first(), "i") || t.is(subject.first(), "we"))) {
                    continue; // the writer's own voice
                }
                int cs = contentStart(j + 1, end, bits);
                int ce = clauseEnd(cs, end);
                boolean relative = a.inRelativeClause(j);
                if (relative) {
                    ce = untilComma(cs, ce); // "the premier, who had threatened to block it, left": the relative clause ends
                }
                if (cs < end && opensContent(cs) && reportable(cs, ce, j, bits) && emit(cs, ce, f, out)) {
                    if (!relative) {
                        main = f; // "an architect who said ...": a relative clause is not the sentence's report
                        if (afterComma && t.is(after, ',')) {
                            frontOfInterruption(ss, before, f, out);
                        }
                    }
                    coveredTo = ce;
                }
                continue;
            }
            // "Y, said the official."
            if ((bits & Lexicon.SPEECH) != 0 && j - 1 > ss && t.is(j - 1, ',') && !Lexicon.ADJUNCT_OPENERS.contains(t, j + 1)) {
                Phrase p = a.phrases().startingAt(j + 1, end);
                // "..., said Brian Baker, a longtime adviser to the family."
                if (p != null && (p.last() >= end - 3 || t.is(p.last() + 1, ',') && p.form() == Phrase.Form.NAME) && (p.form() == Phrase.Form.NAME
                        || p.form() == Phrase.Form.DESCRIPTION && !Lexicon.DOCUMENTS.contains(t, p.headLast()))) {
                    Attributor.Found f = a.found(p, a.cueText(j), j, 0.8, "cue then speaker");
                    if (emit(ss, j - 1, f, out)) {
                        main = f;
                        coveredTo = end;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the words from cs read as reported content: a "that" clause, "to" + verb after a verb
     * of intent, or a clause with a verb of its own. "said this week", "told some of the miners"
     * and "rejected that argument" are not.
     */
    /** an object, then "to" and a verb: "his colleagues to resign", "North Korea to resume talks" */
    private boolean biddenTo(int k, int end) {
        int to;
        if (t.isWord(k) && t.is(k + 1, "to")) {
            to = k + 1;
        } else {
            Phrase obj = a.phrases().startingAt(k, end);
            to = obj == null ? -1 : obj.last() + 1;
        }
        if (to > k && (t.is(to, "never") || t.is(to, "not"))) {
            to++; // "ordered his subordinates never to speak of it"
        }
        return to > k && to + 1 < end && t.is(to, "to") && t.isWord(to + 1) && !t.isCap(to + 1);
    }

    private boolean reportable(int cs, int end, int cue, int bits) {
        if (end - cs <= 2 && Lexicon.AUX.contains(t, end - 1)) {
            return false; // "whether voters will believe that he has": an ellipsis, nothing said
        }
        if (onlyWhen(cs, end)) {
            return false; // "There were no arrests, a police spokeswoman said late Wednesday": when, not what
        }
        if (t.kind(cs) == Tokens.MARK && quoted[cs]) {
            int k = cs + 1;
            while (k < end && quoted[k]) {
                k++;
            }
            if (end - k < 4) {
                return false; // the direct quote that follows speaks for itself
            }
            return true; // "said that, "Of course ..." against what ...": a report mixing quote and paraphrase
        }
        if (t.is(cs - 1, ',') && t.is(cs - 2, "that") && cs - 2 > cue) {
            return true;
        }
        if (t.startsWith(cue, "plead") && (t.is(cs, "guilty") || t.is(cs, "not") || t.is(cs, "no") || t.is(cs, "innocent"))) {
            return false; // "pleaded guilty": a plea, not words reported
        }
        if ((t.is(cue, "wrote") || t.is(cue, "writes") || t.is(cue, "write")) && cs == cue + 1 && Lexicon.DETERMINERS.contains(t, cs)
                && !t.is(cs, "that") && !clauseLike(cs, end)) {
            return false; // "who wrote the song": a work written, not words reported
        }
        if (t.is(cs, "who") || t.is(cs, "whom") || t.is(cs, "whose") || t.is(cs, "which")) {
            return false; // "thanked his mother, who plays ...": a relative clause about the object
        }
        if (t.is(cs, "but") || t.is(cs, "and") || t.is(cs, "or") || t.is(cs, "as") || t.is(cs, "while") || t.is(cs, "although")
                || t.is(cs, "because") || t.is(cs, "so") || t.is(cs, "than") || t.is(cs, "then")) {
            return false;
        }
        if (cs - 1 > cue && t.is(cs - 1, "that")) {
            // "rules that could lead": a relative clause starts with its verb, a reported one with its subject
            return !(Lexicon.AUX.contains(t, cs) || endsWith(cs, "ed") || t.is(cs, "to")) && !demonstrative(cs - 1);
        }
        if (t.is(cs, "to")) {
            return (bits & Lexicon.INFINITIVE) != 0 || (bits & Lexicon.OBJECT) != 0;
        }
        if ((bits & Lexicon.OBJECT) != 0 && biddenTo(cs, end)) {
            return true; // "urged his colleagues to resign"
        }
        if (t.is(cs, "whether") || t.is(cs, "if") && (bits & Lexicon.SPEECH) != 0 || t.is(cs, "how") || t.is(cs, "why")
                || t.is(cs, "what") || t.is(cs, "when") && cs == cue + 1 && t.is(cue, "asked")) {
            return true;
        }
        if ((bits & Lexicon.NAMING) != 0 && quotedBetween(cs, end)) {
            return false; // "branded the talks as "productive"": the quoted label is the news, the rest no report
        }
        if ((bits & Lexicon.CORE) != 0 && timeOwnsSubject(cs)) {
            return true; // "said last year's loss had been the making of them": the time owns the subject
        }
        if ((bits & Lexicon.CORE) != 0 && (bits & Lexicon.OBJECT) == 0 && (bits & Lexicon.NAMING) == 0 && !t.is(cs, "of")
                && !t.is(cs, "to") && !isTimeNoun(cs) && !t.is(cs, "this") && !t.is(cs, "last") && !t.is(cs, "so")
                && !t.is(cs, "yes") && !t.is(cs, "no") && !t.is(cs, "it") && !t.is(cs, "nothing") && !t.is(cs, "something")
                && (t.isWord(cs) || t.kind(cs) == Tokens.NUMBER)
                && (!(t.is(cs, "a") || t.is(cs, "an")) || clauseLike(cs, end))) {
            return true; // "said" is followed by what was said; "added a note of caution" is an object
        }
        return clauseLike(cs, end);
    }

    /**
     * Where reported content ends: the sentence end, or a comma that opens another attribution
     * (", saying ...", ", which he said ...", ", the footage showed", ", according to").
     */
    /**
     * In a headline, " as " before a capitalised word opens the circumstances, not more of what was said: "Kessler: 'I
     * Broke No Rules' as Watchdog Seeks Probe"; the token where the report ends
     */
    private int headlineAs(int from, int end) {
        for (int k = from + 2; k < end - 1 && k < headlineEnd; k++) {
            if (t.is(k, "as") && !quoted[k] && t.isWord(k + 1) && t.isCap(k + 1) && !t.is(k + 1, "A") && !t.is(k + 1, "An")
                    && verbWithin(k + 2, Math.min(end, k + 6))) {
                return k;
            }
        }
        return end;
    }

    /** a verb among the title-case words [from, to): "Seeks", "Sharpens", "Looms", "Ended", "Is" (not "as Commander") */
    private boolean verbWithin(int from, int to) {
        for (int q = from; q < to && t.isWord(q); q++) {
            if (Lexicon.AUX.contains(t, q) || t.length(q) > 3 && (endsWith(q, "s") && !endsWith(q, "ss") || endsWith(q, "ed"))) {
                return true;
            }
        }
        return false;
    }

    private int clauseEnd(int cs, int end) {
        if (cs < headlineEnd) {
            end = headlineAs(cs, end);
        }
        for (int k = cs + 1; k < end; k++) {
            if (k > cs + 2 && !quoted[k] && (t.is(k, "and") || t.is(k, "but")) && coordinatedCue(k + 1, end) > 0) {
                return k; // "... and said she would ...": a second report by the same speaker
            }
            if (k > cs + 2 && !quoted[k] && t.is(k, "and") && otherReportFollows(k + 1, end) && clauseLike(cs, k)) {
                return k; // "... mishandled the investigation and Democrats accused ...": another speaker's report
            }
            if (t.kind(k) == Tokens.MARK && quoted[k] && !quoted[k + 1 < t.size() ? k + 1 : k] && k + 1 < end
                    && (a.cueAt(k + 1) & Lexicon.PARTICIPLE) != 0) {
                return k + 1; // ...ago," adding that ...
            }
            if (quoted[k]) {
                continue;
            }
            if ((t.is(k, '\u2015') || t.is(k, '\u2014') || t.is(k, ';')) && k > cs + 3) {
                return k; // an aside, a comment or another clause follows the dash or semicolon
            }
            if (!t.is(k, ',')) {
                continue;
            }
            int n = k + 1;
            if (k > cs + 3 && n < end && (t.is(n, "which") || t.is(n, "but") || t.is(n, "although") || t.is(n, "though")
                    || t.is(n, "while") || t.is(n, "whereas"))) {
                return k; // ", which ...", ", but ...": the writer's clause, not the report
            }
            if (k > cs + 3 && writersCircumstance(n, end)) {
                return k; // "..., as Democrats pressed her", "..., a day after a watchdog filed": the writer's main clause goes on
            }
            if (k > cs + 2 && commentOnTheClause(n, end) && !t.isCap(k - 1)) {
                return k; // "..., a record for the first week", "..., a move that some read as ...": the writer's comment on it
            }
            if (k > cs + 3 && n + 1 < end && t.is(n, "and") && (t.is(n + 1, "when") || t.is(n + 1, "after") || t.is(n + 1, "asked")
                    || t.is(n + 1, "pressed") || t.is(n + 1, "later"))) {
                return k; // ", and when pressed on why ..., the 34-year-old replied": the writer goes on to another exchange
            }
            if (k > cs + 3 && n + 1 < end && t.is(n, "and") && (Lexicon.DETERMINERS.contains(t, n + 1) && !t.is(n + 1, "that")
                    || Cast.namePart(t, n + 1))) {
                return k; // not ", and that ...": the same report goes on
            }
            if (n < end && (a.isAccordingTo(n) || (a.cueAt(n) & Lexicon.PARTICIPLE) != 0
                    || t.is(n, "also") && (a.cueAt(n + 1) & Lexicon.PARTICIPLE) != 0)) {
                return k;
            }
            for (int q = n; q < end && q < n + 6; q++) {
                if (t.is(q, ',') || quoted[q]) {
                    break;
                }
                int bits = a.cueAt(q);
                if (bits != 0 && (bits & Lexicon.PARTICIPLE) == 0 && (bits & Lexicon.WEAK) == 0) {
                    Phrase p = a.phrases().subjectOf(q, n);
                    if (p != null && p.first() <= n + 1) {
                        return k;
                    }
                }
            }
        }
        return end;
    }

    /** a subject opening at {@code n} and its own (not weak) cue within a few words: another report begins */
    private boolean otherReportFollows(int n, int end) {
        for (int q = n + 1; q < end && q < n + 6; q++) {
            if (t.is(q, ',') || quoted[q]) {
                return false;
            }
            int bits = a.cueAt(q);
            if (bits != 0 && (bits & Lexicon.PARTICIPLE) == 0 && (bits & Lexicon.WEAK) == 0) {
                Phrase p = a.phrases().subjectOf(q, n);
                return p != null && p.first() == n;
            }
        }
        return false;
    }

    /**
     * "The Housing Secretary, Rebecca Thorne, has refused ..., saying": a post and the name set off by
     * commas after it are one subject, and the name is who speaks.
     */
    private Phrase namedInApposition(Phrase p, int limit) {
        if (p == null || !t.is(p.last() + 1, ',') || !(p.form() == Phrase.Form.DESCRIPTION || Lexicon.ROLE_NOUNS.contains(t, p.headLast()))) {
            return p;
        }
        Phrase named = a.phrases().startingAt(p.last() + 2, limit);
        return named != null && named.form() == Phrase.Form.NAME && named.headFirst() < named.headLast() && t.is(named.last() + 1, ',')
                ? named : p;
    }

    /** "Swiss hearing-technology start-up": an article, nationality and lower-case words that describe the name after them */
    private boolean modifiersOnly(int from, int to) {
        boolean nationality = false;
        for (int k = from; k < to; k++) {
            if (k == from && Lexicon.DETERMINERS.contains(t, k) || t.is(k, '-')) {
                continue;
            }
            if (t.isWord(k) && t.isCap(k) && Cast.demonym(t, k)) {
                nationality = true;
                continue;
            }
            // "payments", "hearing-technology", "start-up": what kind of body, not "in", "of" or a verb
            boolean describes = t.isWord(k) && !t.isCap(k) && !Lexicon.NOT_NAMES.contains(t, k) && !Lexicon.CUES.contains(t, k)
                    && !Lexicon.AUX.contains(t, k) && !Lexicon.BETWEEN.contains(t, k);
            if (!describes) {
                return false;
            }
        }
        return nationality && to - from <= 6;
    }

    /**
     * "The Prime Minister thanked the President ... and said ...": the subject that opens the sentence
     * is the subject of a cue coordinated after another verb
     */
    /**
     * "Shares in X fell 21% after the miner cut its forecast and warned that ...": the coordinated cue goes with the
     * clause a subordinator opened between the sentence's start and it, and that clause's subject speaks
     */
    private Attributor.Found subordinateSubject(int ss, int cue) {
        for (int k = cue - 2; k > ss; k--) {
            if (quoted[k] || t.is(k, ',') || t.is(k, ';')) {
                return null;
            }
            if (Lexicon.SUBORDINATORS.contains(t, k)) {
                return k + 1 < cue - 1 && !a.phrases().isPronoun(k + 1) ? sentenceSubject(k + 1, cue) : null;
            }
        }
        return null;
    }

    private Attributor.Found sentenceSubject(int ss, int cue) {
        Phrase p = null;
        for (int e = ss; e < cue - 1 && e < ss + 8 && p == null; e++) {
            Phrase q = a.phrases().endingAt(e, ss);
            if (q != null && (q.first() == ss || modifiersOnly(ss, q.first())) && t.isWord(e + 1) && !t.isCap(e + 1)
                    && !t.is(e + 1, "'s") && !t.is(e + 1, "\u2019s")) {
                p = q; // the phrase that opens the sentence, up to its verb
            }
        }
        Phrase named = p == null ? null : a.phrases().nameQualifyingRole(p, cue);
        if (named != null) {
            p = named; // "Former Ashford Mills mayor Theresa Quaid ... and said": the mayor, not the town
        } else if (p == null || p.form() == Phrase.Form.DESCRIPTION || Lexicon.ROLE_NOUNS.contains(t, p.last() + 1)) {
            // "Lindqvist's attorney, Marisol Etxeberria, called ... and said", "A Reddick spokesman, Jordan Pike,
            // dismissed ... and said", "The leader of the traders, Chief X, however, blamed ..., claiming": the
            // name in apposition
            Phrase appositive = appositiveSubject(ss, cue);
            p = appositive != null ? appositive : p;
        }
        if (p == null || quoted[p.first()] || p.form() == Phrase.Form.PRONOUN && (t.is(p.first(), "it") || t.is(p.first(), "you")
                || t.is(p.first(), "i") || t.is(p.first(), "we"))) {
            return null;
        }
        if (p.form() == Phrase.Form.DESCRIPTION && !Lexicon.ROLE_NOUNS.contains(t, p.headLast())
                && !Lexicon.GROUP_NOUNS.contains(t, p.headLast()) && !Lexicon.ORG_WORDS.contains(t, p.headLast())) {
            return null;
        }
        Attributor.Found f = a.found(p, a.cueText(cue), cue, 0.7, "subject of a coordinated cue");
        return f.speaker() == null || f.speaker().name() == null ? null : f;
    }

    /** the name in apposition before the sentence's first verb: "X's attorney, Marisol Etxeberria, called" */
    private Phrase appositiveSubject(int ss, int cue) {
        for (int k = ss + 2; k < cue && k < ss + 16; k++) {
            if (t.is(k - 1, ',') && t.isWord(k) && !t.isCap(k) && !Lexicon.NOT_NAMES.contains(t, k) && !t.is(k + 1, ',')) {
                Phrase q = a.phrases().subjectOf(k, ss);
                return q != null && q.form() == Phrase.Form.NAME ? q : null;
            }
        }
        return null;
    }

    /** an unquoted colon before an opening mark between a and b */
    private boolean colonIntroducedQuote(int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (t.is(k, ':') && !quoted[k] && t.kind(k + 1) == Tokens.MARK && quoted[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** "and" or "but" (past an "also") right before the cue at j */
    private boolean isCoordinator(int j) {
        int p = j - 1;
        while (p > 0 && (t.is(p, "also") || t.is(p, "later") || t.is(p, "then") || t.is(p, "has") || t.is(p, "had"))) {
            p--;
        }
        return t.is(p, "and") || t.is(p, "but");
    }

    /** the cue token of a verb coordinated after "and"/"but" ("and said", "but also noted"), or -1 */
    private int coordinatedCue(int k, int end) {
        int q = k;
        while (q < end && q < k + 2 && (t.is(q, "also") || t.is(q, "later") || t.is(q, "then") || t.is(q, "has") || t.is(q, "had"))) {
            q++;
        }
        if (q >= end || quoted[q]) {
            return -1;
        }
        int bits = a.cueAt(q);
        return bits != 0 && (bits & Lexicon.PARTICIPLE) == 0 && (bits & Lexicon.WEAK) == 0 && (bits & Lexicon.PRESENT) == 0
                || bits != 0 && t.endsWith(q, "s") && (bits & Lexicon.PARTICIPLE) == 0 && (bits & Lexicon.WEAK) == 0 ? q : -1;
    }

    /**
     * "rejected that argument in a ruling", "found that action unconstitutional": "that" points at a
     * noun the cue takes as its object; no clause follows.
     */
    private boolean demonstrative(int that) {
        int noun = that + 1;
        int next = that + 2;
        if (!t.isWord(noun) || t.isCap(noun) || a.phrases().isPronoun(noun) || Lexicon.DETERMINERS.contains(t, noun)
                || Lexicon.AUX.contains(t, noun) || t.endsWith(noun, "s")) {
            return false;
        }
        if (next >= t.size() || t.kind(next) == Tokens.PUNCT) {
            return true;
        }
        boolean modified = t.is(next, "in") || t.is(next, "on") || t.is(next, "and") || t.is(next, "or") || t.is(next, "of")
                || t.is(next, "for") || t.is(next, "with") || t.is(next, "at") || t.is(next, "by") || t.is(next, "from");
        if (modified && !t.is(next, "and") && !t.is(next, "or") && verbSoonAfter(next + 1)) {
            return false; // "told the board that enrollment at Hawthorne had fallen": the noun has its verb
        }
        return modified || endsWith(next, "al") || endsWith(next, "ble") || endsWith(next, "ous");
    }

    /**
     * an auxiliary within eight words of k, before any punctuation or coordination of verbs ("and has since left",
     * "and appealed" are not it; "training and intelligence", nouns joined, is read past)
     */
    private boolean verbSoonAfter(int k) {
        for (int q = k; q < t.size() && q < k + 8 && (t.isWord(q) || t.kind(q) == Tokens.NUMBER) && !t.is(q, "but")
                && !((t.is(q, "and") || t.is(q, "or")) && !nounJoined(q + 1)); q++) { // ("that eight of 10 avocados are grown")
            if (Lexicon.AUX.contains(t, q) && !t.isCap(q)) {
                return true;
            }
        }
        return false;
    }

    /** a lower-case word after "and" that is no verb: neither an auxiliary nor in -ed nor a cue */
    private boolean nounJoined(int q) {
        return q < t.size() && t.isWord(q) && !t.isCap(q) && !Lexicon.AUX.contains(t, q) && !endsWith(q, "ed")
                && !Lexicon.CUES.contains(t, q) && !Lexicon.BETWEEN.contains(t, q);
    }

    /** after a naming verb, "that" and a noun and then the label: "that condition "..."", "that plan as" */
    private boolean labelledThing(int j) {
        int noun = j + 2;
        return t.is(j + 1, "that") && t.isWord(noun) && !t.isCap(noun) && !Lexicon.DETERMINERS.contains(t, noun)
                && !a.phrases().isPronoun(noun) && noun + 1 < t.size() && (t.kind(noun + 1) == Tokens.MARK || t.is(noun + 1, "as"));
    }

    /** 'When the host asked, "Would you ...?"': a comma or colon and a quote after the cue, which speaks for itself */
    private boolean directAfter(int j) {
        int k = j + 1;
        return k + 1 < t.size() && (t.is(k, ',') || t.is(k, ':')) && t.kind(k + 1) == Tokens.MARK && quoted[k + 1];
    }

    private boolean endsWith(int k, String suffix) {
        return t.isWord(k) && t.length(k) > suffix.length() + 1 && t.endsWith(k, suffix);
    }

    /**
     * The author of a document that a participle describes: "the council issued a statement on Monday
     * saying ...": the council. The document is the object of the author's verb, with or without a
     * time or a recipient between it and the participle.
     */
    private Attributor.Found documentIssuer(int j, int ss) {
        int verb = documentVerb(j, ss);
        if (verb < 0) {
            return null;
        }
        Phrase author = a.phrases().subjectOf(verb, ss);
        if (author == null || author.form() == Phrase.Form.DESCRIPTION && !a.speakingHead(author.headLast())
                || t.is(author.first(), "i") || t.is(author.first(), "we") || t.is(author.first(), "you")) {
            return null;
        }
        return a.found(author, a.cueText(j), j, 0.7, "document's issuer");
    }

    /** the verb whose object is the document participle j describes ("issued a statement on Monday saying": issued), or -1 */
    private int documentVerb(int j, int ss) {
        int d = documentBefore(j, ss);
        if (d < 0) {
            return -1;
        }
        int k = d - 1; // back to the document's determiner: "a statement", "a series of tweets", "his latest letter"
        while (k > ss && k >= d - 4 && !Lexicon.OPENING_DETERMINERS.contains(t, k) && t.isWord(k) && !t.isCap(k)) {
            k--;
        }
        int verb = k - 1;
        if (!Lexicon.OPENING_DETERMINERS.contains(t, k) || verb < ss || !t.isWord(verb) || t.isCap(verb)
                || Lexicon.PREPOSITIONS.contains(t, verb) || quoted[verb]) {
            return -1; // "in a statement saying": no author's verb before the document
        }
        return verb;
    }

    /** the speech cue ending the clause before the comma, past a place or listener ("said in a statement"), or -1 */
    private int speechCueBefore(int comma, int ss) {
        int k = comma - 1;
        int back = k;
        while (k > ss && k >= comma - 6 && t.isWord(k) && !quoted[k] && (a.cueAt(k) & Lexicon.SPEECH) == 0) {
            k--;
        }
        if (k <= ss || (a.cueAt(k) & Lexicon.SPEECH) == 0 || quoted[k]) {
            return -1;
        }
        // only "said" itself, or "said" and a day or a phrase that opens with a preposition: "said Monday",
        // "said on Monday", "told reporters in Lagos" (not '"...," said Smith, adding': Smith is the subject)
        if (k == back) {
            return k;
        }
        boolean strong = (a.cueAt(k) & (Lexicon.STRONG | Lexicon.NAMING)) == Lexicon.STRONG; // not "accused of ..."
        return strong && (Lexicon.PREPOSITIONS.contains(t, k + 1) || Lexicon.TELLING.contains(t, k)
                || k + 1 == back && a.phrases().isDay(back)) ? k : -1;
    }

    /**
     * the document noun a few words before the participle, past a time or a recipient ("a letter to members
     * warning", "a statement on Monday saying"), or -1
     */
    private int documentBefore(int j, int ss) {
        for (int d = j - 1; d > ss && d >= j - 7; d--) {
            if (Lexicon.DOCUMENTS.contains(t, d)) {
                return d;
            }
            if (!t.isWord(d) && t.kind(d) != Tokens.NUMBER || quoted[d] || t.is(d, "that") || t.is(d, "which") || t.is(d, "who")
                    || a.cueAt(d) != 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Brightwell recalls 1.2 million slow cookers", "she recalled the day", "she read a short tribute":
     * a recall of goods, a memory or a text read out, not a report, unless "that", a wh-word or a clause
     * opened by a pronoun follows
     */
    private boolean takesAThing(int j, int end) {
        if (addsAScore(j, end) || documentThenParticiple(j, end)) {
            return true;
        }
        if (!(t.is(j, "recall") || t.is(j, "recalls") || t.is(j, "recalled") || t.is(j, "recalling") || t.is(j, "read")
                || t.is(j, "reads"))) {
            return false;
        }
        int k = j + 1; // "..., he recalled." and "recalled: ..." report what came before or after
        for (int q = k; q < end && q <= k + 4 && t.isWord(q); q++) {
            if (!t.isCap(q) && t.endsWith(q, "ing") && t.length(q) > 4) {
                return false; // "recalled Mr. Obama talking about ..."
            }
        }
        return (t.isWord(k) || t.kind(k) == Tokens.NUMBER) && !(t.is(k, "that") || t.is(k, "how") || t.is(k, "when") || t.is(k, "what") || t.is(k, "why")
                || (a.phrases().isPronoun(k) || t.is(k, "his") || t.is(k, "her") || t.is(k, "their") || t.is(k, "my") || t.is(k, "our")) && clauseLike(k, end));
    }

    /**
     * "posted a video late Tuesday saying ...": the verb takes the document, and the participle after it
     * reports (see {@link #documentIssuer}); the verb itself reports nothing
     */
    private boolean documentThenParticiple(int j, int end) {
        if (sayOrAdd(j) || !Lexicon.OPENING_DETERMINERS.contains(t, j + 1)) {
            return false;
        }
        for (int p = j + 2; p < end && p <= j + 11 && !t.is(p, ',') && !quoted[p]; p++) {
            if ((a.cueAt(p) & Lexicon.PARTICIPLE) != 0) {
                return documentVerb(p, j) == j; // the participle's document is this verb's object
            }
        }
        return false;
    }

    /** "say" and "add" take no object but what was said: "said a motion calling for ... would be taken" */
    private boolean sayOrAdd(int j) {
        return t.is(j, "said") || t.is(j, "says") || t.is(j, "say") || t.is(j, "added") || t.is(j, "adds") || t.is(j, "add");
    }

    /** "Takahashi-Blake added a third with a deflected shot", "added 12 points": a score added, not words */
    private boolean addsAScore(int j, int end) {
        if (!(t.is(j, "added") || t.is(j, "adds") || t.is(j, "add") || t.is(j, "adding")) || j + 1 >= end) {
            return false;
        }
        int k = j + 1;
        if (t.kind(k) == Tokens.NUMBER || Lexicon.SCORES.contains(t, k)) {
            return true; // "added 12 points", "added another"
        }
        return Lexicon.DETERMINERS.contains(t, k) && !t.is(k, "that") && k + 1 < end && Lexicon.SCORES.contains(t, k + 1);
    }

    private boolean clauseLike(int cs, int end) {
        return clauseLike(cs, end, 12, false);
    }

    /**
     * For the words before a closing attribution ("Y, the company said."), which may open with a long
     * subject: a wider reach, and one apposition after the first few words ("Halcyon Labs, the San
     * Francisco start-up, is recalling ...") is read past.
     */
    private boolean reportBeforeAttribution(int cs, int end) {
        return clauseLike(cs, end, 20, true);
    }

    private boolean clauseLike(int cs, int end, int reach, boolean apposition) {
        String text = t.text();
        if (t.is(cs, "them") || t.is(cs, "him") || t.is(cs, "us") || t.is(cs, "me") || t.is(cs, "himself") || t.is(cs, "herself")
                || t.is(cs, "themselves")) {
            return false; // an object, not a subject
        }
        if (Lexicon.ADJUNCT_OPENERS.contains(t, cs)) {
            // "After some challenges, the work has been ...": past a fronted adjunct to the clause
            for (int k = cs + 1; k < end && k < cs + 8; k++) {
                if (t.is(k, ',')) {
                    return k + 1 < end && clauseLike(k + 1, end);
                }
            }
        }
        for (int k = cs; k < end && k < cs + reach; k++) {
            if (apposition && t.is(k, ',') && k > cs && k <= cs + 5) {
                int close = k + 2;
                while (close < end && close <= k + 9 && (t.isWord(close) || t.is(close, '-'))) {
                    close++;
                }
                if (close < end && close > k + 1 && t.is(close, ',')) {
                    apposition = false;
                    k = close; // past ", the San Francisco start-up,"
                    continue;
                }
            }
            if (t.is(k, ',') || t.is(k, ';') || t.is(k, ':') || (t.kind(k) == Tokens.MARK && k > cs)) {
                return false;
            }
            if (!t.isWord(k)) {
                continue;
            }
            if (Lexicon.AUX.contains(t, k)) {
                return true;
            }
            boolean nounPhrase = Lexicon.DETERMINERS.contains(t, cs) && !t.is(cs, "that");
            if (nounPhrase && k > cs && (t.is(k, "as") || t.is(k, "while") || t.is(k, "because") || t.is(k, "although") || t.is(k, "if")
                    || t.is(k, "when") || t.is(k, "until") || t.is(k, "unless"))) {
                return false; // "indicates a tightening race as Trump consolidates": the verb is the subordinate clause's
            }
            if (nounPhrase && k > cs && (t.is(k, "and") || t.is(k, "or")) && k + 1 < end && !t.isCap(k + 1)
                    && (endsWith(k + 1, "ed") || Lexicon.CUES.contains(t, k + 1))) {
                return false; // "promised a veto and attempted to ...": a second verb of the main clause, no subject of its own
            }
            int cb = Lexicon.CUES.value(t, k);
            if (cb != 0 && k > cs && (cb & Lexicon.PRESENT) == 0 && (cb & Lexicon.PARTICIPLE) == 0
                    && !Lexicon.DETERMINERS.contains(t, k - 1)) {
                return true; // a past tense cue: "she said", "officials found"
            }
            if (cb != 0 && k > cs + 1 && k <= cs + 3 && (cb & Lexicon.PRESENT) != 0 && t.endsWith(k, "s") && Lexicon.DETERMINERS.contains(t, cs)
                    && !Lexicon.DETERMINERS.contains(t, k - 1) && !t.isCap(k) && !isAdjunct(k - 1) && !t.is(k - 1, "of")) {
                return true; // "the company now expects": a subject, then a verb in the present
            }
            if ((t.is(k, "'s") || t.is(k, "\u2019s")) && k > cs && (a.phrases().isPronoun(k - 1) || t.is(k - 1, "that")
                    || t.is(k - 1, "there") || t.is(k - 1, "what") || t.is(k - 1, "who") || t.is(k - 1, "here"))) {
                return true; // "it's", not "RT's"
            }
            if (k > cs && !t.isCap(k) && t.length(k) >= 4 && !Lexicon.DETERMINERS.contains(t, k - 1)) {
                char z = text.charAt(t.end(k) - 1);
                char y = text.charAt(t.end(k) - 2);
                if (z == 'd' && y == 'e') {
                    return true; // a past tense: "reached", "agreed"
                }
                if (z == 's' && y != 's' && y != 'u' && y != 'i' && (t.isCap(k - 1) || a.phrases().isPronoun(k - 1)
                        || Lexicon.SENTENCE_ADVERBS.contains(t, k - 1) && k - 2 >= cs && a.phrases().isPronoun(k - 2))) {
                    return true; // "Ankara appreciates", "he wants", "it now supplies"
                }
            }
        }
        return false;
    }

    private int untilComma(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, ',') && !quoted[k]) {
                return k;
            }
        }
        return to;
    }

    /**
     * a verb of saying in the passive, with no agent, before its "that" clause: "it was announced that", "the
     * summit was told that", "members were warned that". (With "by X" the agent speaks, and is read elsewhere.)
     */
    private int agentlessPassive(int j) {
        int bits = Lexicon.CUES.value(t, j);
        if ((bits & Lexicon.SPEECH) == 0 || (bits & Lexicon.NAMING) != 0 || quoted[j]
                || !(t.is(j, "told") || t.is(j, "said") || endsWith(j, "ed"))) {
            return -1;
        }
        int that = j + 1;
        while (that < j + 5 && that < t.size() && t.isWord(that) && !t.is(that, "that")
                && (Lexicon.TIME_WORDS.contains(t, that) || Lexicon.WEEKDAYS.contains(t, that))) {
            that++; // "was announced late on Tuesday that"
        }
        if (!t.is(that, "that") || !a.afterBe(j)) {
            return -1;
        }
        return that;
    }

    /**
     * After a comma, the circumstances of the main clause rather than more of what was said: "as" or "even as" opening a
     * clause with its own subject ("as Democrats pressed her", not "as well as", "as much as", "as are nine of 10"), or a
     * span of time before "before" or "after" ("hours before", "a day after", "shortly after").
     */
    private boolean writersCircumstance(int n, int end) {
        int as = t.is(n, "even") ? n + 1 : n;
        if (t.is(as, "as") && as + 1 < end && !quoted[as]) {
            int s = as + 1;
            if (!t.isWord(s) || Lexicon.AUX.contains(t, s) || t.is(s, "well") || t.is(s, "much") || t.is(s, "many") || t.is(s, "long")
                    || t.is(s, "soon") || t.is(s, "far") || t.is(s, "part") || t.is(s, "evidence") || t.is(s, "a") || t.is(s, "an")
                    || t.is(s, "if") || t.is(s, "though") || t.is(s, "of") || t.is(s, "to") || t.is(s, "for") || t.is(s, "in")) {
                return false;
            }
            for (int q = s; q < end && q <= s + 3; q++) {
                if (t.is(q, "put") || a.cueAt(q) != 0) {
                    return false; // "..., as she put it, "..."", "as he said": the speaker's aside, and the report goes on
                }
            }
            return clauseLike(s, end);
        }
        int w = n;
        if (t.is(w, "a") || t.is(w, "an") || t.is(w, "one") || t.is(w, "two") || t.is(w, "three") || t.kind(w) == Tokens.NUMBER) {
            w++;
        }
        boolean counted = w > n; // "a day after", "two weeks before"; a bare "day after" is no span
        boolean singular = t.is(w, "hour") || t.is(w, "day") || t.is(w, "week") || t.is(w, "month");
        boolean span = singular || t.is(w, "hours") || t.is(w, "days") || t.is(w, "weeks") || t.is(w, "minutes") || t.is(w, "months")
                || t.is(w, "shortly") || t.is(w, "soon") || t.is(w, "moments");
        return span && (counted || !singular) && (t.is(w + 1, "before") || t.is(w + 1, "after"));
    }

    /**
     * ", a record for ...", ", a move that ...", ", a line he has used four times": an article and, within three words, a
     * noun that sums up a whole clause, set after it as the writer's comment
     */
    private boolean commentOnTheClause(int n, int end) {
        if (n >= end || !(t.is(n, "a") || t.is(n, "an"))) {
            return false;
        }
        for (int q = n + 1; q < end && q <= n + 3 && t.isWord(q) && !t.isCap(q); q++) {
            if (Lexicon.CLAUSE_COMMENTS.contains(t, q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * the comma that closes an apposition opening at {@code comma + 1} (an article or a possessive, then up to eight
     * words with no verb, a post or a body among them, then a comma), else {@code comma}
     */
    private int pastApposition(int comma, int end) {
        int d = comma + 1;
        if (d >= end || !(t.is(d, "the") || t.is(d, "a") || t.is(d, "an") || t.is(d, "his") || t.is(d, "her") || t.is(d, "its")
                || t.is(d, "their"))) {
            return comma;
        }
        boolean describes = false; // a post or a body: "the president's national security adviser", "an industry group"
        for (int q = d + 1; q < end && q <= d + 9; q++) {
            if (t.is(q, ',')) {
                return q > d + 1 && describes ? q : comma;
            }
            describes |= Lexicon.ROLE_NOUNS.contains(t, q) || Lexicon.GROUP_NOUNS.contains(t, q) || Lexicon.ORG_WORDS.contains(t, q);
            if (quoted[q] || !t.isWord(q) && !(t.is(q, "'s") || t.is(q, "\u2019s") || t.is(q, '-')) || Lexicon.AUX.contains(t, q)
                    || a.cueAt(q) != 0 || endsWith(q, "ed") && !Lexicon.ROLE_NOUNS.contains(t, q)) {
                return comma;
            }
        }
        return comma;
    }

    /** "who asked not to be named", "asked not to be identified": the source's terms, not a report */
    private boolean anonymity(int j) {
        return t.is(j, "asked") && t.is(j + 1, "not") && t.is(j + 2, "to") && t.is(j + 3, "be");
    }

    /** "..., the chief executive, Lars Holm, said": the content ends before the description the name is set beside */
    private int beforeApposition(int before, int ss) {
        if (!t.is(before, ',') || before - 1 <= ss) {
            return before;
        }
        Phrase described = a.phrases().endingAt(before - 1, ss);
        if (described == null || described.form() != Phrase.Form.DESCRIPTION || described.first() - 1 <= ss) {
            return before;
        }
        int p = described.first() - 1;
        return t.is(p, ',') || t.kind(p) == Tokens.MARK && t.is(p - 1, ',') ? p : before;
    }

    /** the subject must be one: not inside "what Trump says", and a bare "say" wants a plural or a modal */
    private boolean subjectFits(Phrase subject, int cue, int bits) {
        int p = subject.first() - 1;
        if (p >= 0 && Lexicon.RELATIVE.contains(t, p) || Lexicon.RELATIVE.contains(t, subject.headFirst() - 1)) {
            return false;
        }
        if (subject.form() == Phrase.Form.PRONOUN && objectRelative(subject.first())) {
            return false;
        }
        if (t.is(p, "'s") || t.is(p, "\u2019s")) {
            return false; // "Pagliano's Fifth Amendment claims": a possessed noun, so the cue is a noun too
        }
        boolean base = (bits & Lexicon.PRESENT) != 0 && t.text().charAt(t.end(cue) - 1) != 's';
        if (base) {
            int q = cue - 1;
            if (t.is(q, "would") || t.is(q, "will") || t.is(q, "could") || t.is(q, "can") || t.is(q, "did") || t.is(q, "does")
                    || t.is(q, "do") || t.is(q, "may") || t.is(q, "might") || t.is(q, "should") || t.is(q, "must")
                    || t.is(q, "n't") || t.is(q, "not")) {
                return true;
            }
            int h = subject.last();
            int before = subject.first() - 1;
            if (t.is(before, "and") || t.is(before, "in") || t.is(before, "of") || t.is(before, "at")) {
                return true; // "Mr. Grassley and Mr. Leahy say", "supporters in Congress say"
            }
            int head = subject.headLast();
            if (subject.form() == Phrase.Form.DESCRIPTION && head != h && !t.isCap(head) && t.text().charAt(t.end(head) - 1) == 's') {
                return true; // "advisers to Mr. Obama say": the head is plural, not the name that qualifies it
            }
            if ((bits & Lexicon.STRONG) != 0 && subject.form() != Phrase.Form.PRONOUN) {
                return !t.isCap(h) || Lexicon.ORG_WORDS.contains(t, h) || t.text().charAt(t.end(h) - 1) == 's';
            }
            if (subject.form() == Phrase.Form.PRONOUN) {
                return !t.is(h, "he") && !t.is(h, "she") && !t.is(h, "it") && !t.is(h, "who");
            }
            if (subject.form() == Phrase.Form.NAME) {
                // "Growers in the valley say": a plural capitalised only because it opens the sentence
                return Lexicon.GROUP_NOUNS.contains(t, h) || t.text().charAt(t.end(h) - 1) == 's'
                        && (!t.isCap(h) || t.has(h, Tokens.SENT_START) && h == subject.first());
            }
            return t.text().charAt(t.end(h) - 1) == 's' || Lexicon.GROUP_NOUNS.contains(t, h);
        }
        return true;
    }

    /**
     * "the target it pledged to reach", "the impact it said Clinton would have": a pronoun right after
     * a noun phrase opens a relative clause whose object is that noun, so what follows is not reported.
     */
    private boolean objectRelative(int pronoun) {
        int k = pronoun - 1;
        int nouns = 0;
        while (k >= 0 && nouns < 4 && t.isWord(k) && !t.isCap(k) && !Lexicon.DETERMINERS.contains(t, k)
                && !Lexicon.AUX.contains(t, k) && !Lexicon.BETWEEN.contains(t, k) && Lexicon.CUES.value(t, k) == 0
                && !a.phrases().isPronoun(k) && !endsWith(k, "ly") && !isAdjunct(k) && !isTimeNoun(k)
                && !t.is(k, "and") && !t.is(k, "but") && !t.is(k, "or") && !t.is(k, "so") && !t.is(k, "because")
                && !t.is(k, "than") && !t.is(k, "as") && !t.is(k, "if") && !t.is(k, "now") && !t.is(k, "what")) {
            nouns++;
            k--;
        }
        return nouns > 0 && k >= 0 && Lexicon.DETERMINERS.contains(t, k) && !t.is(k, "that") && !t.is(k, "which");
    }

    private boolean quotedBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            if (quoted[k]) {
                return true;
            }
        }
        return false;
    }

    /** a clause with its own subject and verb after a conjunction: "while X branded it" */
    /** the most words before an attribution set off by commas that are taken as the report's opening */
    private static final int MAX_FRONT_WORDS = 6;

    /**
     * "The museum, Mr. Obama said, would make visitors ...", "Too often, Clarke said, the debate ...":
     * an attribution set off by commas inside the sentence interrupts the report, so the few words
     * before it (past a leading "But" or "And") were said too. Only a short phrase without its own
     * comma, quote or circumstance ("Asked about it, ...") is taken; a whole clause is handled above.
     */
    private void frontOfInterruption(int ss, int comma, Attributor.Found f, List<Item> out) {
        int fs = Lexicon.CLAUSE_LINKS.contains(t, ss) ? ss + 1 : ss;
        if (comma - fs < 2 || comma - fs > MAX_FRONT_WORDS || Lexicon.CIRCUMSTANCE.contains(t, fs)) {
            return;
        }
        for (int k = fs; k < comma; k++) {
            if (quoted[k] || !(t.isWord(k) || t.kind(k) == Tokens.NUMBER || t.is(k, '-'))) {
                return;
            }
        }
        emit(fs, comma, f, out);
    }

    private boolean opensOwnClause(int k, int end) {
        if (t.is(k, "while") || t.is(k, "but") || t.is(k, "and") || t.is(k, "as") || t.is(k, "although") || t.is(k, "because")
                || t.is(k, "who") || t.is(k, "which") || t.is(k, "whereas") || t.is(k, "though")) {
            return true;
        }
        for (int q = k; q < end && q < k + 5; q++) {
            int bits = quoted[q] ? 0 : a.cueAt(q);
            if (bits != 0 && (bits & Lexicon.WEAK) == 0) {
                return true;
            }
        }
        return isAdjunct(k);
    }

    private static double confidence(int bits) {
        if ((bits & Lexicon.STRONG) != 0) {
            return 0.8;
        }
        return (bits & Lexicon.SPEECH) != 0 ? 0.65 : 0.55;
    }

    private boolean participleAfterComma(int j) {
        return j > 1 && (t.is(j - 1, ',') || (t.is(j - 1, "also") && t.is(j - 2, ','))) && (a.cueAt(j) & Lexicon.PARTICIPLE) != 0;
    }

    /** headline forms: "Smith: Y" and "Smith says Y" */
    private void headline(int ss, int end, List<Item> out) {
        for (int j = ss; j < end && j < ss + 8; j++) {
            if (t.is(j, ':') && j > ss) {
                Phrase p = a.phrases().endingAt(j - 1, ss);
                // "ANALYSIS: ...", "OPINION: ...": the section's label, not a speaker
                if (p != null && p.first() == ss && p.form() != Phrase.Form.PRONOUN && !(p.first() == p.last() && Lexicon.SECTION_LABELS.contains(t, ss))) {
                    Attributor.Found f = a.found(p, ":", j, 0.6, "headline colon");
                    Cast.Member m = f.speaker() == null ? null : f.speaker().member();
                    // "The Latest: ..." (a wire service's running story) names nobody
                    boolean known = m != null && (m.person || m.org || !t.is(ss, "the"))
                            || p.first() == p.last() && (Lexicon.GROUP_NOUNS.contains(t, p.last()) || Lexicon.DOCUMENTS.contains(t, p.last()));
                    if (known) {
                        emit(j + 1, headlineAs(j + 1, end), f, out);
                    }
                }
                return;
            }
        }
    }

    /** "according to X, Y" and "Y, according to X" */
    private int according(int j, int ss, int end, List<Item> out) {
        int k = j + 2;
        Phrase p = a.phrases().nounPhraseAt(k, end); // "according to the studio": whatever is named is the source
        if (p == null) {
            return -1;
        }
        Phrase source = p;
        if (p.form() == Phrase.Form.DESCRIPTION && t.is(p.last() + 1, ',')) {
            Phrase named = a.phrases().startingAt(p.last() + 2, end); // "according to his campaign manager, Carla Brennan,"
            if (named != null && named.form() == Phrase.Form.NAME && (t.is(named.last() + 1, ',') || named.last() + 1 >= end)) {
                source = named;
            }
        }
        Attributor.Found f = a.found(source, "according to", j, 0.8, "according to");
        if (j - 1 > ss && t.is(j - 1, ',')) {
            if (quoteWithItsCue(ss, j)) {
                return -1; // '"...," the senator said, according to a video of the event': the quote has its speaker
            }
            // the words after the source may hold its own report: "..., according to Angela Ruiz, who said ..."
            return emit(ss, j - 1, f, out) ? p.last() + 1 : -1;
        }
        int c = p.last() + 1;
        while (c < end && !t.is(c, ',') && c < p.last() + 12) {
            c++;
        }
        if (c < end && t.is(c, ',') && (j == ss || t.is(j - 1, ','))) {
            c = pastApposition(c, end); // "According to Sandra Calloway, the president's national security adviser, Aldane ..."
            int inner = innerReport(c + 1, end);
            return emit(inner >= 0 ? inner : c + 1, end, f, out) ? end : -1;
        }
        return -1;
    }

    /**
     * "According to a readout ..., Kessler told her counterpart that A": the content of the report the source
     * relays, which stays the source's (the outermost source speaks for what is nested in its report); -1 when
     * the words after the comma are not one subject's report
     */
    private int innerReport(int from, int end) {
        for (int j = from + 1; j < end && j < from + 10; j++) {
            int bits = quoted[j] ? 0 : a.cueAt(j);
            if ((bits & Lexicon.SPEECH) == 0 || (bits & Lexicon.PARTICIPLE) != 0) {
                continue;
            }
            Phrase subject = a.phrases().subjectOf(j, from);
            if (subject == null || subject.first() != from) {
                return -1;
            }
            int cs = contentStart(j + 1, end, bits);
            return cs < end && cs > j + 1 && t.is(cs - 1, "that") ? cs : -1;
        }
        return -1;
    }

    /** words that only say when: "late Wednesday", "on Monday", "last week", "this morning" */
    private boolean onlyWhen(int from, int to) {
        if (to - from > 3) {
            return false;
        }
        boolean time = false;
        for (int k = from; k < to; k++) {
            if (isTimeNoun(k) || Lexicon.PERIODS.contains(t, k)) {
                time = true;
            } else if (!(t.is(k, "late") || t.is(k, "early") || t.is(k, "last") || t.is(k, "this") || t.is(k, "on")
                    || t.is(k, "next") || t.is(k, "earlier") || t.is(k, "later") || t.kind(k) == Tokens.PUNCT)) {
                return false;
            }
        }
        return time;
    }

    /** a quote closing with a comma, then its speaker and verb of saying, between a and b: '"...," the senator said' */
    private boolean quoteWithItsCue(int a0, int b) {
        for (int k = a0 + 1; k < b; k++) {
            if (quoted[k - 1] && !quoted[k] && (t.is(k - 2, ',') || t.is(k - 1, ','))) {
                for (int c = k; c < b && c <= k + 5; c++) {
                    if ((a.cueAt(c) & Lexicon.SPEECH) != 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** the token after a cue and what belongs to it: its listener ("told Trump"), "that" */
    private int afterCue(int j, int end) {
        int k = j + 1;
        if (k < end && (t.is(k, "to") && t.is(j, "according"))) {
            k++;
        }
        if (k < end && Lexicon.TELLING.contains(t, j)) {
            // "..., Olsen told reporters on Tuesday.": the listener belongs to the cue
            if (Lexicon.LISTENER_PRONOUNS.contains(t, k)) {
                return k + 1;
            }
            Phrase listener = a.phrases().nounPhraseAt(k, end); // "told the daily midday briefing"
            if (listener != null && listener.form() != Phrase.Form.PRONOUN) {
                return listener.last() + 1;
            }
        }
        return k;
    }

    private boolean isTimeNoun(int k) {
        return t.is(k, "week") || t.is(k, "weekend") || t.is(k, "month") || t.is(k, "year") || Lexicon.WEEKDAYS.contains(t, k)
                || t.is(k, "morning") || t.is(k, "afternoon") || t.is(k, "evening") || t.is(k, "night") || a.phrases().isDay(k);
    }

    /**
     * Content may open at {@code cs}: not an adjunct of the telling ("said on Monday"), unless a "that"
     * already opened the report ("warned that at nearly 1,500 francs they would struggle").
     */
    private boolean opensContent(int cs) {
        return !isAdjunct(cs) || t.is(cs - 1, "that") && !quoted[cs - 1];
    }

    private boolean isAdjunct(int k) {
        if (t.is(k, "within") || t.is(k, "near") || t.is(k, "outside")
                || t.is(k, "inside") || t.is(k, "behind") || t.is(k, "across") || t.is(k, "along")) {
            return true; // "replied within the hour"
        }
        if ((t.is(k, "about") || t.is(k, "over") || t.is(k, "under")) && (t.kind(k + 1) == Tokens.NUMBER || t.is(k + 1, '$'))
                || t.is(k, "at") && (t.is(k + 1, "least") || t.is(k + 1, "most"))) {
            return false; // "about 90 people", "at least 40 civilians": a number, not a place or time
        }
        if (timeOwnsSubject(k)) {
            return false; // "last year's loss", "Monday's vote": the subject of the report
        }
        return t.is(k, "in") || t.is(k, "on") || t.is(k, "at") || t.is(k, "of") || t.is(k, "during") || t.is(k, "after") || t.is(k, "before")
                || t.is(k, "when") || t.is(k, "while") || t.is(k, "about") || t.is(k, "from")
                || t.is(k, "last") || t.is(k, "earlier") || t.is(k, "later") || t.is(k, "monday")
                || (t.is(k, "late") || t.is(k, "early")) && (isTimeNoun(k + 1) || Lexicon.PERIODS.contains(t, k + 1)) // "said late Wednesday"
                || t.is(k, "tuesday") || t.is(k, "wednesday") || t.is(k, "thursday") || t.is(k, "friday") || t.is(k, "saturday")
                || t.is(k, "sunday") || t.is(k, "yesterday") || t.is(k, "today") || t.is(k, "with") || t.is(k, "via")
                || t.is(k, "by") || t.is(k, "through") || t.is(k, "shortly") || t.is(k, "for") || t.is(k, "into")
                || t.is(k, "without") || t.is(k, "under") || t.is(k, "over") || t.is(k, "against") || t.is(k, "among");
    }

    /** where the content of a forward cue begins: past its listener, adjuncts and "that" */
    private int contentStart(int k, int end, int bits) {
        if (k >= end) {
            return end; // the cue closes the sentence: nothing is reported
        }
        int start = k;
        // look a short way ahead for "that": everything before it is listener or adjunct
        // "said at a campaign stop in Toledo, Ohio, that": an adjunct may run long before the "that"
        boolean adjunct = (bits & Lexicon.OBJECT) == 0 && Lexicon.ADJUNCT_OPENERS.contains(t, k) && !t.isCap(k);
        int reach = (bits & Lexicon.OBJECT) != 0 ? 10 : adjunct ? 16 : 4;
        for (int q = k; q < end && q < k + reach; q++) {
            if (q > k && (a.phrases().isPronoun(q) && !t.is(q, "it"))) {
                break; // "said he hopes ... a message that": the clause has begun
            }
            if (quoted[q] && t.kind(q) == Tokens.MARK && (t.is(q - 1, "'s") || t.is(q - 1, "\u2019s")) && (bits & Lexicon.OBJECT) != 0) {
                // "told MSNBC's "Morning Joe" that ...": a show as the listener
                int r = q + 1;
                while (r < end && r < q + 8 && quoted[r] && t.kind(r) != Tokens.MARK) {
                    r++;
                }
                if (r < end && t.kind(r) == Tokens.MARK) {
                    q = r;
                    continue;
                }
            }
            if (quoted[q] || t.kind(q) == Tokens.MARK) {
                break;
            }
            if (t.is(q, "that") && q + 1 < end) {
                return t.is(q + 1, ',') ? q + 2 : q + 1;
            }
            // ("said in a memorandum submitted to the Governor that": inside an adjunct "to" is a preposition)
            if (q > k && (a.cueAt(q) != 0 || Lexicon.AUX.contains(t, q) || t.is(q, "to") && !adjunct
                    || endsWith(q, "ing") && !adjunct && !Lexicon.ING_NOUNS.contains(t, q) // (not "his morning briefing")
                    && !((bits & Lexicon.OBJECT) != 0 && (t.is(q - 1, "of") || Lexicon.DETERMINERS.contains(t, q - 1))))) {
                // ("telling thousands of cheering supporters that": an -ing word in the listener's phrase)
                break;
            }
            if (t.is(q, ';')) {
                break;
            }
        }
        if ((bits & Lexicon.OBJECT) != 0) {
            Phrase obj = a.phrases().startingAt(k, end);
            if (obj != null && obj.last() + 1 >= end) {
                return end; // "told The Huffington Post.": a listener and nothing reported
            }
            if (biddenTo(k, end)) {
                // "urged his colleagues to resign", "called on Trump to apologize": whom the bidding is for
                // belongs to what was bid
                start = t.is(k, "on") || t.is(k, "upon") ? k + 1 : k;
            } else if (Lexicon.GROUP_NOUNS.contains(t, k) && !t.isCap(k) && k + 2 < end && (Lexicon.DETERMINERS.contains(t, k + 1)
                    && !t.is(k + 1, "that") || a.phrases().isPronoun(k + 1)) && clauseLike(k + 1, end)) {
                start = k + 1; // "told analysts the company now expects": the listeners, then the report
            } else if (obj != null && obj.last() + 1 < end) {
                start = obj.last() + 1;
            } else if (Lexicon.GROUP_NOUNS.contains(t, k) && !t.isCap(k) && k + 2 < end && !t.is(k + 1, ",")) {
                start = k + 1; // "told reporters the president had called": the listeners, then the report
            }
        }
        if (start < end && t.is(start, ',')) {
            start++;
        }
        // "told them this weekend he would": the time phrase belongs to the telling
        // (not "said last year's loss had been ...": a possessive makes the time phrase the report's subject)
        if (start + 2 < end && (t.is(start, "this") || t.is(start, "last") || t.is(start, "next") || t.is(start, "on")
                || t.is(start, "earlier")) && isTimeNoun(start + 1) && !possessive(start + 2)) {
            start += 2;
        } else if (start + 1 < end && isTimeNoun(start) && !t.is(start + 1, ',') && !possessive(start + 1)) {
            start += 1;
        }
        if ((bits & Lexicon.OBJECT) != 0 && start > k && start < end && isAdjunct(start) && !isTimeNoun(start + 1)) {
            // "told reporters in Washington it was": where the telling happened, then the report
            for (int q = start + 2; q < end && q < start + 6 && (t.isWord(q) || t.kind(q) == Tokens.NUMBER); q++) {
                if ((a.phrases().isPronoun(q) || Lexicon.DETERMINERS.contains(t, q) && !t.is(q, "that")) && clauseLike(q, end)) {
                    start = q;
                    break;
                }
            }
        }
        if (start < end && t.is(start, ':')) {
            start++;
        }
        if (start > k && start + 1 < end && t.is(start, "that") && !demonstrative(start)) {
            start++; // "told CBS on Monday that ...": past the time phrase, the "that" opens the report
        }
        return start;
    }

    /** the name between "with" and a participle cue: "with Senator Ruiz warning that" */
    private Phrase withSubject(int participle, int ss) {
        Phrase p = a.phrases().subjectOf(participle, ss);
        return p != null && p.form() == Phrase.Form.NAME && p.last() + 1 == participle && t.is(p.first() - 1, "with") ? p : null;
    }

    /** "last year's", "Monday's": a time phrase in the possessive, opening a noun phrase */
    private boolean timeOwnsSubject(int k) {
        return possessive(k + 1) && isTimeNoun(k) || possessive(k + 2) && isTimeNoun(k + 1)
                && (t.is(k, "last") || t.is(k, "this") || t.is(k, "next"));
    }

    private boolean possessive(int k) {
        return t.is(k, "'s") || t.is(k, "\u2019s") || t.is(k, "'") || t.is(k, "\u2019");
    }

    /** the last token of the sentence's content: before the terminal punctuation */
    private int contentEnd(int ss, int se) {
        int e = se - 1;
        while (e >= ss && (t.kind(e) == Tokens.PUNCT && !t.is(e, ')'))) {
            e--;
        }
        return e + 1;
    }

    /**
     * 'chanted "What curfew?" and kept going': the clause opens with the quoted words, the object of the
     * cue, and what follows a conjunction is the writer's narration, not more of what was said
     */
    private boolean quoteThenNarration(int cs, int last) {
        if (t.kind(cs) != Tokens.MARK || cs + 1 > last || !quoted[cs + 1]) {
            return false;
        }
        int k = cs + 1;
        while (k <= last && (quoted[k] || t.kind(k) == Tokens.MARK || t.kind(k) == Tokens.PUNCT && !t.is(k, ','))) {
            k++;
        }
        if (k > last || !(t.is(k, ',') || t.is(k, "and") || t.is(k, "but") || t.is(k, "before") || t.is(k, "then")
                || t.is(k, "while") || t.is(k, "until") || t.is(k, "as"))) {
            return false;
        }
        int n = k + 1; // not 'said "budget reforms" and the collection of taxes would help': the subject goes on
        return !(n <= last && (Lexicon.DETERMINERS.contains(t, n) || t.isCap(n) || t.kind(n) == Tokens.NUMBER));
    }

    /** adds the reported clause [cs, ce) unless it is empty or just a direct quote; true when added */
    private boolean emit(int cs, int ce, Attributor.Found f, List<Item> out) {
        if (ce > t.size()) {
            ce = t.size();
        }
        while (cs < ce && t.kind(cs) == Tokens.PUNCT) {
            cs++;
        }
        int last = ce - 1;
        while (last >= cs && t.kind(last) == Tokens.PUNCT && !t.is(last, ')')) {
            last--;
        }
        if (last < cs) {
            return false;
        }
        int words = 0;
        int unquoted = 0;
        for (int k = cs; k <= last; k++) {
            if (t.isWord(k) || t.kind(k) == Tokens.NUMBER) {
                words++;
                if (!quoted[k]) {
                    unquoted++;
                }
            }
        }
        if (words < 2 || unquoted == 0 || quoteThenNarration(cs, last)) {
            return false; // a direct quote already covers it
        }
        if (f.speaker() == null) {
            return false;
        }
        int s = t.start(cs);
        int e = t.end(last);
        Speaker sp = f.speaker();
        Quote q = new Quote(t.text().substring(s, e), s, e, QuoteKind.INDIRECT, sp.name(), sp.type(), sp.mention(),
                Attributor.DEBUG ? f.cue() + " |" + f.reason() : f.cue(),
                f.confidence());
        out.add(new Item(q, f));
        return true;
    }
}
