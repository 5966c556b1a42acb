package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;

/**
 * Reads the noun phrase next to a cue: backwards from the cue for the subject ("the U.S. president
 * said"), forwards for an inverted speaker ("said Smith"). Bounded windows, no backtracking.
 */
final class Phrases {
    private final Tokens t;
    private final LowerWords lower;

    Phrases(Tokens t, LowerWords lower) {
        this.t = t;
        this.lower = lower;
    }

    /** the subject of the cue at token cue, not reaching before token limit */
    Phrase subjectOf(int cue, int limit) {
        int j = skipBetween(cue - 1, limit);
        if (j < limit) {
            return null;
        }
        if (t.is(j, ')')) {
            int k = j - 1;
            while (k > limit && k > j - 10 && !t.is(k, '(')) {
                k--;
            }
            if (t.is(k, '(')) {
                j = skipBetween(k - 1, limit);
                if (j < limit) {
                    return null;
                }
            }
        }
        if (t.is(j, ',')) {
            Phrase resident = beforePlaceOrAge(j, limit);
            if (resident != null) {
                return resident;
            }
            // apposition or a fronted phrase: "Dean, a former chairman, said" / "Trump, separately, said"
            int e0 = skipParenthesis(j - 1, limit); // "Del. Marcia Price (D-Newport News), shouted"
            Phrase direct = endingAt(e0, limit);
            int k = j - 1;
            while (k >= limit && k > j - 30 && !t.is(k, ',') && !t.is(k, ';') && (t.kind(k) != Tokens.MARK || pluralPossessive(k))) {
                k--;
            }
            if (k >= limit && t.is(k, ',')) {
                int e = k - 1;
                if (t.is(e, ')')) {
                    // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
                    int o = e - 1;
                    while (o > limit && o > e - 10 && !t.is(o, '(')) {
                        o--;
                    }
                    if (t.is(o, '(')) {
                        e = o - 1;
                    }
                }
                Phrase before = endingAt(e, limit);
                boolean roleOfPlace = before != null && before.form() == Phrase.Form.NAME && !t.isCap(before.headLast())
                        || before != null && Lexicon.ROLE_NOUNS.contains(t, before.headLast()) && !Cast.namePart(t, before.headLast() + 1);
                // "The Taoiseach, Declan Furlong, has insisted": a capitalised post with its article, then the name
                boolean thePost = before != null && t.is(before.first(), "the") && before.headFirst() == before.headLast()
                        && t.isCap(before.headLast());
                boolean nameAfter = direct != null && direct.form() == Phrase.Form.NAME && opensApposition(direct.first(), limit);
                if (nameAfter && (roleOfPlace || thePost && direct.headFirst() < direct.headLast())) {
                    return direct; // "The MP for Wexley North, Priya Lal, warned": the name, not the post
                }
                if (nameAfter && direct.headFirst() < direct.headLast() && Lexicon.TITLES.contains(t, direct.first())
                        && t.isCap(direct.first()) && !t.is(direct.first(), "the")) {
                    // "A lecturer at the University of Lagos, Akoka, Prof. Tunde Bakare, said": the titled
                    // name set off last is who speaks, not the campus town before it (a lower-case "chief economist
                    // at Straits Meridian Securities" is a post, and the name before it speaks)
                    return direct;
                }
                if (before != null && (before.form() == Phrase.Form.NAME || before.form() == Phrase.Form.PRONOUN)
                        && startsClause(before.first(), limit)) {
                    return before;
                }
            }
            if (direct != null && direct.headFirst() == direct.headLast() && k >= limit && t.is(k, ',') && townBefore(k)) {
                // "Derek Olufemi, a teacher in Columbus, Ohio, said": the state goes with the town
                return nameBeforeAppositions(k, limit);
            }
            if (direct != null && direct.form() != Phrase.Form.DESCRIPTION && opensApposition(direct.first(), limit)) {
                return direct;
            }
            return nameBeforeAppositions(k, limit);
        }
        Phrase p = endingAt(j, limit);
        if (p == null) {
            p = beforeLocation(j, limit);
        } else if (p.form() == Phrase.Form.NAME) {
            Phrase placed = personPlacedBy(p, limit);
            int qualified = placed == null ? qualifiedNameStart(p.headFirst(), limit) : -1;
            if (placed != null) {
                p = placed;
            } else if (qualified >= 0 && qualified < p.first()) {
                // "..., Tarra Valley Shire mayor Cr Ngaire Tupou-Watts says": the subject opens with the body
                p = new Phrase(qualified, p.last(), p.form(), p.headFirst(), p.headLast(), p.object());
            }
        }
        Phrase acting = beforeParticiple(j, limit);
        if (acting != null && (p == null || p.first() > acting.headLast())) {
            p = acting; // "Protesters marching through the streets chanted": not the streets
        }
        Phrase group = p == null || p.form() != Phrase.Form.PRONOUN ? postmodifiedGroup(j, limit) : null;
        if (group != null && (p == null || p.form() == Phrase.Form.DESCRIPTION && !t.isCap(p.headLast()) && !speakingHead(p.headLast())
                || !t.is(group.headLast() + 1, "with") && !t.is(group.headLast() + 1, "on") && !t.is(group.headLast() + 1, "about"))) {
            // "sources close to the minister said": the sources, though the minister could speak
            return group;
        }
        if (p != null && p.form() == Phrase.Form.PRONOUN && t.is(p.first(), "who")) {
            // "Smith, who ... said": the relative pronoun stands for the name before it
            int k = p.first() - 1;
            if (t.is(k, ',')) {
                Phrase ante = endingAt(k - 1, limit);
                if (ante != null && ante.form() == Phrase.Form.DESCRIPTION) {
                    // "Rosa Alvarado, a lawmaker from the president's party, who said": the name the description is of
                    Phrase named = nameBeforeAppositions(k, limit);
                    ante = named != null && named.form() == Phrase.Form.NAME ? named : ante;
                }
                if (ante != null) {
                    return ante;
                }
            }
            // "hired an architect who said he was not paid": the one the relative clause picks out. Not
            // when that one opens the sentence ("Callers who said they would not vote were angry"): the
            // main clause resumes inside what would be read as the report
            Phrase ante = endingAt(k, limit);
            boolean opensSentence = ante != null && ante.first() <= t.sentenceStart(t.sentence(k));
            return ante != null && ante.form() != Phrase.Form.PRONOUN && !opensSentence ? ante : null;
        }
        return p;
    }

    /**
     * "Sofia Reyes, 26, now a stage manager in Chicago, said": past an age and further appositions, back
     * to the name that opens the clause. {@code comma} is the comma before the last apposition.
     */
    private Phrase nameBeforeAppositions(int comma, int limit) {
        Phrase opening = null;
        for (int segments = 0; segments < 3 && comma > limit && t.is(comma, ','); segments++) {
            int e = comma - 1;
            Phrase named = endingAt(skipParenthesis(e, limit), limit);
            if (named != null && named.form() == Phrase.Form.NAME && opensApposition(named.first(), limit)) {
                return named;
            }
            int qualified = named != null && named.form() == Phrase.Form.NAME ? qualifiedNameStart(named.headFirst(), limit) : -1;
            if (qualified >= 0) {
                // "Albion manager Graham Pettifer, whose side ..., said": the name after its body and post
                return new Phrase(qualified, named.last(), named.form(), named.headFirst(), named.headLast(), named.object());
            }
            if (named != null && named.form() != Phrase.Form.PRONOUN) {
                // "The chief executive of Brisk, a delivery firm, said": with no name, the phrase opening the clause
                int first = named.first();
                if (startsClause(first, limit)) {
                    opening = named;
                } else if (first - 1 >= limit && (t.is(first - 1, "the") || t.is(first - 1, "a") || t.is(first - 1, "an"))
                        && startsClause(first - 1, limit)) {
                    opening = new Phrase(first - 1, named.last(), named.form(), named.headFirst(), named.headLast(), named.object());
                }
            } else if (named == null) {
                // "The syndicate, which represents 220 workers, said": a noun the lists do not know, with its article
                int s0 = e;
                while (s0 - 1 >= limit && s0 > e - 3 && t.isWord(s0 - 1) && !Lexicon.CUES.contains(t, s0 - 1)) {
                    s0--;
                }
                if (s0 < e && Lexicon.OPENING_DETERMINERS.contains(t, s0) && startsClause(s0, limit) && t.isWord(e) && !t.isCap(e)) {
                    opening = new Phrase(s0, e, Phrase.Form.DESCRIPTION, e, e, null);
                }
            }
            int k = e;
            while (k > limit && k > e - 12 && !t.is(k, ',') && t.kind(k) != Tokens.MARK && !Lexicon.CUES.contains(t, k)) {
                k--;
            }
            comma = k;
        }
        return opening;
    }

    /**
     * "OSLO (Reuters) - Halvorsen will cut 400 jobs, it said": the dateline opening a paragraph is the
     * wire's, not what was said. A dateline is up to four capitalised words, at least the first in capitals,
     * with commas and a parenthesised agency, then a dash.
     */
    int afterDateline(int cs, int ce) {
        if (!t.has(cs, Tokens.PARA_START) || !t.has(cs, Tokens.ALL_CAPS) || t.length(cs) < 2) {
            return cs;
        }
        for (int k = cs + 1, words = 1; k < ce && k < cs + 12; k++) {
            if (t.is(k, '-') || t.is(k, '\u2014') || t.is(k, '\u2013') || t.is(k, '\u2015') || t.is(k, "--")) {
                while (k + 1 < ce && (t.is(k + 1, '-') || t.is(k + 1, "--"))) {
                    k++; // "ERIE, Pa. -- Former Gov. ...": a typewriter's dash is two hyphens
                }
                return k + 1;
            }
            if (t.is(k, '(')) {
                while (k < ce && !t.is(k, ')')) {
                    k++;
                }
            } else if (t.isWord(k) && t.isCap(k) && ++words <= 4 || t.is(k, ',') || t.is(k, '.')
                    || t.kind(k) == Tokens.NUMBER && t.length(k) <= 4) { // "WASHINGTON, Oct. 9 --"
                continue;
            } else {
                return cs;
            }
        }
        return cs;
    }

    /** a clause opens at i, or the name at i follows a comma and a few lower-case words ("chair, retired judge X") */
    private boolean opensApposition(int i, int limit) {
        if (startsClause(i, limit)) {
            return true;
        }
        if (t.is(i - 1, "the") && i - 2 >= limit && t.is(i - 2, ',')) {
            return true; // "A riders' group, the Courier Riders Union, said": the name set off with its article
        }
        int k = i - 1;
        for (int steps = 0; k > limit && steps < 3 && t.isWord(k) && !t.isCap(k) && !Lexicon.CUES.contains(t, k)
                && !Lexicon.DETERMINERS.contains(t, k) && !Lexicon.NAME_JOINERS.contains(t, k) && !t.is(k, "at") && !t.is(k, "in")
                && !t.is(k, "from") && !t.is(k, "with") && !t.is(k, "to"); steps++) {
            k--; // "retired judge", not "president of the"
        }
        return k < i - 1 && t.is(k, ',');
    }

    /**
     * Where "Albion manager" or "The uilleann piper Fr" before the name at {@code name} begins, when it
     * opens a clause: titles, then up to three lower-case post words, then up to four capitalised words
     * of a body or an article. -1 when the name is not introduced so.
     */
    private int qualifiedNameStart(int name, int limit) {
        int k = name - 1;
        while (k >= limit && t.isWord(k) && t.isCap(k) && Lexicon.TITLES.contains(t, k) && !t.is(k, "the")) {
            k--; // "Fr", "Cr", "Dr"
        }
        int posts = 0;
        while (k >= limit && posts < 3 && t.isWord(k) && !t.isCap(k) && postWord(k)) {
            k--;
            posts++;
        }
        int body = 0;
        while (k >= limit && body < 4 && t.isWord(k) && t.isCap(k) && !Lexicon.NOT_NAMES.contains(t, k)) {
            k--;
            body++;
        }
        boolean article = body == 0 && k >= limit && (t.is(k, "the") || t.is(k, "a"));
        if (article) {
            k--; // "The uilleann piper Fr Pádraig Ó Fearghail"
        }
        return posts > 0 && (body > 0 || article) && startsClause(k + 1, limit) ? k + 1 : -1;
    }

    /** a lower-case word of a post before a name ("mayor", "uilleann piper"), not a verb or a function word */
    private boolean postWord(int k) {
        return Lexicon.ROLE_NOUNS.contains(t, k) || !Lexicon.NOT_NAMES.contains(t, k) && !Lexicon.CUES.contains(t, k)
                && !Lexicon.AUX.contains(t, k) && !t.endsWith(k, "ed") && !t.endsWith(k, "ing") && !t.endsWith(k, "ly");
    }

    /** a capitalised place right before the comma at {@code comma}, placed by "in", "of", "from" or "near" */
    private boolean townBefore(int comma) {
        int k = comma - 1;
        int words = 0;
        while (k > 0 && words < 3 && t.isWord(k) && t.isCap(k)) {
            k--;
            words++;
        }
        return words > 0 && (t.is(k, "in") || t.is(k, "of") || t.is(k, "from") || t.is(k, "near") || t.is(k, "outside"));
    }

    /** the token before a parenthesis that ends at e ("Price (D-Newport News)"), or e itself */
    private int skipParenthesis(int e, int limit) {
        if (!t.is(e, ')')) {
            return e;
        }
        for (int o = e - 1; o > limit && o > e - 10; o--) {
            if (t.is(o, '(')) {
                return o - 1;
            }
        }
        return e;
    }

    /**
     * "Johnnie Wilson, of Springfield, Va., said", "Ana Ruiz, 59, said": past the places and the age
     * set off by commas to the name they describe, or null when the commas hold something else.
     */
    private Phrase beforePlaceOrAge(int comma, int limit) {
        int e = comma;
        for (int hops = 0; hops < 4; hops++) {
            int k = e - 1;
            while (k >= limit && k > e - 22 && !t.is(k, ',') && (t.kind(k) != Tokens.MARK || pluralPossessive(k))) {
                k--;
            }
            boolean segmentStarts = k >= limit && t.is(k, ',');
            if (segmentStarts && placeOrAge(k + 1, e - 1)) {
                e = k; // skip "of Springfield", "59", "R-Texas", "who chairs the panel"
                continue;
            }
            if (hops == 0) {
                return null;
            }
            Phrase p = endingAt(e - 1, limit);
            // "The company, which reported its first loss, said": a description opening the sentence too
            boolean speaks = p != null && (p.form() == Phrase.Form.NAME || p.form() == Phrase.Form.DESCRIPTION
                    && (Lexicon.ROLE_NOUNS.contains(t, p.headLast()) || Lexicon.GROUP_NOUNS.contains(t, p.headLast())
                    || Cast.describedByNationality(t, p.headLast()))); // "The 54-year-old Spaniard, who ..., said"
            return speaks && startsClause(p.first(), limit) ? p : null;
        }
        return null;
    }

    /**
     * "of Springfield", "from Ohio", "Va.", "59", "R-Texas", "who chairs the panel": what sits between
     * commas after a name and before its cue
     */
    private boolean placeOrAge(int a, int b) {
        if (a > b) {
            return false;
        }
        if ((t.is(a, "of") || t.is(a, "from")) && Cast.namePart(t, a + 1) && b - a <= 4) {
            return true;
        }
        if (a == b && t.kind(a) == Tokens.NUMBER) {
            return true;
        }
        if ((t.is(a, "who") || t.is(a, "which") || t.is(a, "whose")) && b - a >= 2) {
            return true; // "Rep. Dale Moreno, R-Texas, who chairs the committee, said"
        }
        if (endsWith(a, "ing") && !t.isCap(a) && b > a) {
            return true; // "One official, speaking on condition of anonymity, said"
        }
        if ((t.is(a, "a") || t.is(a, "an") || t.is(a, "the")) && b > a && roleIn(a + 1, b)) {
            return true; // "Ana Brunn, a spokeswoman for the coalition, which ..., said": an apposition
        }
        if (a == b && t.length(a) > 2 && t.text().charAt(t.start(a) + 1) == '-' && "RDI".indexOf(t.first(a)) >= 0) {
            return true; // party and state: "R-Texas", "D-N.Y."
        }
        return a == b && Cast.namePart(t, a) && t.length(a) <= 5 && t.text().charAt(t.end(a) - 1) == '.'; // "Va.", "N.C."
    }

    private boolean speakingHead(int k) {
        return Lexicon.GROUP_NOUNS.contains(t, k) || Lexicon.ROLE_NOUNS.contains(t, k);
    }

    /**
     * "People familiar with the talks said", "a person briefed on the plan said", "experts on nuclear
     * policy say": the people speak, not the matter their modifier names. The group noun must be
     * followed by one of the modifiers wire copy uses for unnamed sources, and the phrase must open a clause.
     */
    private Phrase postmodifiedGroup(int j, int limit) {
        for (int g = j - 1; g >= limit && g >= j - 8; g--) {
            if (!t.isWord(g) || Lexicon.CUES.contains(t, g) && !Lexicon.SOURCE_MODIFIERS.contains(t, g)
                    || Lexicon.AUX.contains(t, g) || t.sentence(g) != t.sentence(j)) {
                return null;
            }
            if (speakingHead(g) && (!t.isCap(g) || t.has(g, Tokens.SENT_START)) && Lexicon.SOURCE_MODIFIERS.contains(t, g + 1)) {
                int first = groupStart(g, limit);
                if (first - 1 >= limit && t.has(first - 1, Tokens.SENT_START) && Lexicon.DETERMINERS.contains(t, first - 1)) {
                    first--; // "Two people familiar with ...", "A person briefed on ..."
                }
                return startsClause(first, limit) ? new Phrase(first, j, Phrase.Form.DESCRIPTION, g, g, null) : null;
            }
        }
        return null;
    }

    /** where a group noun's phrase begins, up to three lower-case modifiers back: "the senior officials", "many analysts" */
    private int groupStart(int g, int limit) {
        int f = g;
        while (f - 1 >= limit && f > g - 3 && t.isWord(f - 1) && !t.isCap(f - 1) && !Lexicon.CUES.contains(t, f - 1)
                && !Lexicon.BETWEEN.contains(t, f - 1) && !t.is(f - 1, "and") && !t.is(f - 1, "that")
                && !Lexicon.ADJUNCT_OPENERS.contains(t, f - 1) && !t.is(f - 1, "of") && !t.is(f - 1, "to")
                && !t.is(f - 1, "for") && !t.is(f - 1, "with")) {
            f--;
            if (Lexicon.DETERMINERS.contains(t, f)) {
                break;
            }
        }
        return f;
    }

    private boolean endsWith(int k, String suffix) {
        return t.isWord(k) && t.length(k) > suffix.length() && t.endsWith(k, suffix);
    }

    private boolean roleIn(int a, int b) {
        for (int k = a; k <= b; k++) {
            if (t.isWord(k) && !t.isCap(k) && Lexicon.ROLE_NOUNS.contains(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a woman on Harbour Street said", "a farmer in Tarvik said": the name is where the person is, and
     * the person, described before it, speaks. Only a lower-case person noun, not a body ("the council in
     * Tarvik" may be its name's own words).
     */
    private Phrase personPlacedBy(Phrase name, int limit) {
        int prep = name.first() - 1;
        if (prep - 1 < limit || !(t.is(prep, "in") || t.is(prep, "on") || t.is(prep, "at") || t.is(prep, "from") || t.is(prep, "near"))) {
            return null;
        }
        Phrase person = endingAt(prep - 1, limit);
        if (person == null || person.form() != Phrase.Form.DESCRIPTION || t.isCap(person.headLast())
                || !Lexicon.ROLE_NOUNS.contains(t, person.headLast()) && !Lexicon.GROUP_NOUNS.contains(t, person.headLast())
                || Lexicon.ORG_WORDS.contains(t, person.headLast()) || Lexicon.DOCUMENTS.contains(t, person.headLast())) {
            return null;
        }
        return new Phrase(person.first(), name.last(), Phrase.Form.DESCRIPTION, person.headFirst(), person.headLast(), null);
    }

    /**
     * "Farmers in the valley say": a group or role named before where it is, or null. The place
     * phrase is read as part of the subject.
     */
    private Phrase beforeLocation(int j, int limit) {
        for (int k = j - 1; k > limit && k >= j - 4; k--) {
            if (!t.isWord(k)) {
                return null;
            }
            if (t.is(k, "in") || t.is(k, "at") || t.is(k, "from") || t.is(k, "across") || t.is(k, "near") || t.is(k, "around")
                    || t.is(k, "throughout")) {
                Phrase q = endingAt(k - 1, limit);
                if (q == null || q.form() == Phrase.Form.PRONOUN) {
                    return null;
                }
                boolean speaks = q.form() == Phrase.Form.NAME || Lexicon.GROUP_NOUNS.contains(t, q.headLast())
                        || Lexicon.ROLE_NOUNS.contains(t, q.headLast());
                return speaks ? new Phrase(q.first(), j, q.form(), q.headFirst(), q.headLast(), q.object()) : null;
            }
        }
        return null;
    }

    /**
     * "Residents living near the plant", "Protesters marching through the streets": who speaks, then
     * what they are doing. The people, a role or a name, opening the clause, then a lower-case "-ing"
     * word within six words of the cue.
     */
    private Phrase beforeParticiple(int j, int limit) {
        for (int k = j; k > limit && k >= j - 6; k--) {
            if (!t.isWord(k) || Lexicon.AUX.contains(t, k) || t.sentence(k) != t.sentence(j)) {
                return null;
            }
            if (!t.isCap(k) && t.length(k) > 5 && t.endsWith(k, "ing") && !Lexicon.CUES.contains(t, k)) {
                Phrase q = endingAt(k - 1, limit);
                boolean speaks = q != null && (q.form() == Phrase.Form.NAME || Lexicon.GROUP_NOUNS.contains(t, q.headLast())
                        || Lexicon.ROLE_NOUNS.contains(t, q.headLast()));
                return speaks && startsClause(q.first(), limit) ? new Phrase(q.first(), j, q.form(), q.headFirst(), q.headLast(), q.object()) : null;
            }
        }
        return null;
    }

    /** whether a phrase starting at token i can be a subject: it opens the sentence or a clause */
    boolean startsClause(int i, int limit) {
        int p = i - 1;
        if (p < limit || t.has(i, Tokens.SENT_START)) {
            return true;
        }
        return t.is(p, ',') || t.is(p, ';') || t.is(p, ':') || t.kind(p) == Tokens.MARK || t.is(p, "and") || t.is(p, "but")
                || t.is(p, "while") || t.is(p, "as") || t.is(p, "that") || t.is(p, "when") || t.is(p, "because")
                || t.is(p, "where") || t.is(p, "after") || t.is(p, "before") || t.is(p, "since") || t.is(p, "though")
                || t.is(p, "although") || t.is(p, "so") || t.is(p, "if") || t.is(p, "\u2014") || t.is(p, '(')
                || t.is(p, "then") || t.is(p, "also") || t.is(p, "meanwhile") || t.is(p, "yet") || t.is(p, "even")
                || t.is(p, "however") || t.is(p, "now") || t.is(p, "still") || t.is(p, "instead") || t.is(p, "later")
                || t.is(p, "earlier") || t.is(p, "finally") || t.is(p, "separately") || t.is(p, "indeed") || t.is(p, "thus")
                || t.is(p, "once") || t.is(p, "until") || t.is(p, "unless") || t.is(p, "whether") || t.is(p, "once")
                || t.is(p, '\u2013') || t.is(p, '-') || Lexicon.TIME_WORDS.contains(t, p) && t.isCap(p);
    }

    /**
     * "The cooperative said ...", "Her family said ...": a noun the word lists do not know, with its
     * article or possessive opening the clause, right before a strong verb of saying, is still who
     * speaks (for reported speech: a direct quote has better evidence of its speaker around it). So is
     * the subject of a finding with its "that" clause ("Another slide shows that ...", "Video shows
     * that ..."). At most two words between the article and the noun, so that a longer phrase (where
     * the verb may belong to a clause inside it) is left to the rules that know its words.
     */
    Phrase anyNounSpeaking(int cue, int limit) {
        int bits = Lexicon.CUES.value(t, cue);
        boolean strongSpeech = (bits & Lexicon.SPEECH) != 0 && (bits & Lexicon.STRONG) != 0;
        // "Another slide shows that ...", "Video shows that ...": a finding with its "that" clause
        boolean finding = bits != 0 && t.is(cue + 1, "that");
        if (!(strongSpeech || finding) || (bits & Lexicon.PARTICIPLE) != 0) {
            return null;
        }
        int j = cue - 1;
        if (finding && j >= limit && j >= 0 && t.isWord(j) && t.isCap(j) && t.has(j, Tokens.SENT_START) && t.length(j) >= 4
                && !Lexicon.NOT_NAMES.contains(t, j) && !Lexicon.CUES.contains(t, j) && !Cast.namePart(t, j + 1)) {
            return new Phrase(j, j, Phrase.Form.DESCRIPTION, j, j, null); // "Video shows that", "Research suggests that"
        }
        if (j - 1 >= limit && t.length(j) > 4 && t.endsWith(j, "ly") && !Lexicon.OPENING_DETERMINERS.contains(t, j - 1)) {
            j--; // "The cooperative reportedly said" (but "The family said": a noun in -ly after its article)
        }
        if (j < limit || j < 0 || !t.isWord(j) || t.isCap(j) || t.length(j) < 3 || Lexicon.NOT_NAMES.contains(t, j)
                || Lexicon.AUX.contains(t, j) || Lexicon.CUES.contains(t, j) || isPronoun(j)) {
            return null;
        }
        for (int k = j - 1; k >= limit && k >= j - 3; k--) {
            if (Lexicon.OPENING_DETERMINERS.contains(t, k) || finding && t.is(k, "another")) {
                return startsClause(k, limit) ? new Phrase(k, j, Phrase.Form.DESCRIPTION, j, j, null) : null;
            }
            if (!t.isWord(k) || t.isCap(k) || Lexicon.NOT_NAMES.contains(t, k) || Lexicon.CUES.contains(t, k)
                    || Lexicon.AUX.contains(t, k) || t.endsWith(k, "ly")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A noun phrase read without the word lists, for places where grammar alone says one stands: after
     * "according to" ("the studio", "a study published in ...": whatever it names is the source, a
     * document or a poll included) and after "told" (its listener). An article or possessive, then up to
     * four words before a preposition, a participle, a relative word or punctuation.
     */
    /** the phrase at {@code i} as the word lists read it, else as grammar alone does ({@link #plainNounPhrase}) */
    Phrase nounPhraseAt(int i, int limit) {
        Phrase p = startingAt(i, limit);
        return p != null ? p : plainNounPhrase(i, limit);
    }

    Phrase plainNounPhrase(int i, int limit) {
        int k = i;
        if (k < limit && Lexicon.DETERMINERS.contains(t, k) && !t.is(k, "that") && !t.is(k, "which")) {
            k++;
        }
        int last = -1;
        for (int n = k; n < limit && n < k + 4 && t.isWord(n) && !Lexicon.NOT_NAMES.contains(t, n) && !Lexicon.CUES.contains(t, n)
                && !Lexicon.AUX.contains(t, n); n++) {
            if (n > k && !t.isCap(n) && t.endsWith(n, "ed")) {
                break; // "a study published in ...", "documents filed Monday": the participle qualifies the source
            }
            if (t.is(n, "'s") || t.is(n, "\u2019s")) {
                continue; // "Gaza's health ministry": the possessed noun that follows is the head
            }
            last = n;
        }
        return last < 0 ? null : new Phrase(i, last, Phrase.Form.DESCRIPTION, last, last, null);
    }

    private int skipBetween(int j, int limit) {
        int steps = 0;
        while (j >= limit && steps < 6) {
            if (Lexicon.BETWEEN.contains(t, j) && !t.isCap(j)) {
                j--;
            } else if (t.is(j, "n't") || t.is(j, '\u2019') || t.is(j, '\'')) {
                j--;
            } else if (isDay(j) && !t.is(j, "this")) {
                j--;
                if (t.is(j, "on") || t.is(j, "last") || t.is(j, "this") || t.is(j, "early") || t.is(j, "late")) {
                    j--;
                }
            } else if (Lexicon.PERIODS.contains(t, j) && j - 1 >= limit
                    && (t.is(j - 1, "this") || t.is(j - 1, "last") || t.is(j - 1, "earlier") || t.is(j - 1, "next"))) {
                j -= 2; // "Wells Fargo this month announced", "the ministry last week said"
            } else if (t.isWord(j) && !t.isCap(j) && j - 1 >= limit && t.length(j) > 4 && t.endsWith(j, "ly")
                    && !Lexicon.ROLE_NOUNS.contains(t, j) && !Lexicon.OPENING_DETERMINERS.contains(t, j - 1)) {
                // "reportedly said", not "the family said"
                j--;
            } else {
                break;
            }
            steps++;
        }
        return j;
    }

    boolean isDay(int j) {
        return Lexicon.WEEKDAYS.contains(t, j) || t.is(j, "today") || t.is(j, "yesterday") || t.is(j, "tonight");
    }

    private boolean headedByBody(Phrase p) {
        for (int k = p.headFirst(); k < p.headLast(); k++) {
            if (Lexicon.BODY_HEADS.contains(t, k) && t.isCap(k)) {
                return true;
            }
        }
        return false;
    }

    /** a phrase whose last token is j */
    Phrase endingAt(int j, int limit) {
        if (j < limit || j < 0) {
            return null;
        }
        if (t.kind(j) == Tokens.NUMBER && j - 1 >= limit && Cast.namePart(t, j - 1) && Lexicon.NUMBERED_BODIES.contains(t, j - 1)) {
            // "Transit Workers United Local 1142": a body's name may end in its number
            Phrase named = endingAt(j - 1, limit);
            return named == null || named.form() != Phrase.Form.NAME ? named
                    : new Phrase(named.first(), j, Phrase.Form.NAME, named.headFirst(), named.headLast(), named.object());
        }
        if (!t.isWord(j) || !Lexicon.partyRoles(t.string(j)).isEmpty()) {
            return null; // ("D-Colo." is a senator's party and state, nobody's name)
        }
        if (isPronoun(j)) {
            return new Phrase(j, j, Phrase.Form.PRONOUN, j, j, null);
        }
        if (partyMember(j, limit)) {
            return description(j, limit); // "the Texas Republican" is someone's description, not a name
        }
        if ((t.is(j, "highness") || t.is(j, "majesty") || t.is(j, "excellency")) && j - 1 >= limit
                && (t.is(j - 1, "his") || t.is(j - 1, "her"))) {
            return new Phrase(j - 1, j, Phrase.Form.DESCRIPTION, j, j, null); // "His Highness stressed that": a ruler's style
        }
        if ((t.is(j, "state") || t.is(j, "government")) && t.is(j - 1, "of") && j - 2 >= limit && t.is(j - 2, "head")) {
            // "The Head of State", "the head of government": a leader's post, headed by "head", not a name
            Phrase post = description(j - 2, limit);
            if (post != null) {
                return new Phrase(post.first(), j, Phrase.Form.DESCRIPTION, post.headFirst(), post.headLast(), null);
            }
        }
        if (t.has(j, Tokens.ALL_CAPS) && Lexicon.ROLE_NOUNS.contains(t, j) && !Lexicon.ORG_WORDS.contains(t, j)) {
            int d = j - 1;
            while (d >= limit && d > j - 4 && Cast.namePart(t, d) && !Lexicon.DETERMINERS.contains(t, d)) {
                d--;
            }
            if (d >= limit && d < j - 1 && Lexicon.DETERMINERS.contains(t, d)) {
                return description(j, limit); // "the Wexley North MP": a post, qualified by a place
            }
        }
        // ("Human Rights Watch said": a body's word may end a name though alone it opens a headline, "Watch:")
        boolean bodysLastWord = Cast.namePart(t, j - 1) && !t.has(j, Tokens.SENT_START) && Lexicon.ORG_WORDS.contains(t, j);
        if (Cast.namePart(t, j) && (!Lexicon.NOT_NAMES.contains(t, j) || bodysLastWord)) {
            int a = j;
            while (true) {
                int nick = Cast.nicknameStart(t, a - 1);
                if (nick - 1 >= limit) {
                    a = nick - 1; // Walter "Wally" Kessel: back past the nickname to the given name
                    continue;
                }
                if (a - 3 >= limit && t.is(a - 1, "the") && !t.isCap(a - 1) && t.is(a - 2, "of") && Lexicon.BODY_HEADS.contains(t, a - 3)
                        && Cast.namePart(t, a - 3) && t.sentence(a - 3) == t.sentence(j)) {
                    a -= 3; // "the Ministry of the Interior"
                    continue;
                }
                if (!(a - 1 >= limit && (Cast.namePart(t, a - 1)
                        || (Lexicon.NAME_JOINERS.contains(t, a - 1) || t.is(a - 1, '&')) && !t.is(a - 1, "and") && Cast.namePart(t, a - 2)
                        || Cast.andInBodyName(t, a - 1, j)) // "the Securities and Exchange Commission"
                        && t.sentence(a - 1) == t.sentence(j) && !t.has(a, Tokens.PARA_START))) {
                    break;
                }
                a--;
            }
            Cast.Run r = Cast.run(t, a, lower);
            if (r != null && r.nameFirst() <= j && r.nameLast() > j) {
                // a title-case headline runs capitalised words together ("Okafor Says Port Deal ..."):
                // read back from a cue, the name ends where the cue begins
                r = new Cast.Run(r.first(), j, r.nameFirst(), j);
            }
            if (r != null && r.nameFirst() <= r.nameLast() && r.nameLast() <= j) {
                int first = a;
                // role words before the name belong to the mention: "campaign manager Robby Mook"
                int k = a - 1;
                int taken = 0;
                while (k >= limit && taken < 4 && t.isWord(k) && ((!t.isCap(k) || t.has(k, Tokens.SENT_START) && taken > 0)
                        && Lexicon.ROLE_NOUNS.contains(t, k) || Lexicon.TITLES.contains(t, k) && !t.is(k, "the"))) {
                    first = k;
                    k--;
                    taken++;
                }
                if (taken > 0 && k >= limit && (t.is(k, "her") || t.is(k, "his") || t.is(k, "their") || t.is(k, "its"))) {
                    first = k; // "Her co-star Theo Baranski": whose co-star is part of the subject
                }
                // "The Drovnian Embassy in Ostrin said": the body, placed, not the place
                if (a - 2 >= limit && (t.is(a - 1, "in") || t.is(a - 1, "at")) && t.isCap(a - 2)) {
                    // (and "the Embassy of Nigeria in Seoul": a body's name with its head inside)
                    Phrase body = endingAt(a - 2, limit);
                    if (body != null && (Lexicon.ORG_WORDS.contains(t, a - 2) || body.form() == Phrase.Form.NAME && headedByBody(body))) {
                        return new Phrase(body.first(), j, body.form(), body.headFirst(), body.headLast(), body.object());
                    }
                }
                // "experts in Seoul say": the experts, placed, not the place
                if (a - 2 >= limit && (t.is(a - 1, "in") || t.is(a - 1, "across") || t.is(a - 1, "around")
                        || t.is(a - 1, "throughout")) && Lexicon.GROUP_NOUNS.contains(t, a - 2)) {
                    int g = a - 2;
                    return new Phrase(groupStart(g, limit), j, Phrase.Form.DESCRIPTION, g, g, null);
                }
                // "officials at X" and "a spokesman for X": the body speaks
                if (k >= limit && (t.is(a - 1, "at") || t.is(a - 1, "for") || t.is(a - 1, "from") || t.is(a - 1, "of")
                        || t.is(a - 1, "with"))) {
                    int g = a - 2;
                    if (g >= limit && (Lexicon.GROUP_NOUNS.contains(t, g) || Lexicon.ROLE_NOUNS.contains(t, g)) && !t.isCap(g)) {
                        return new Phrase(groupStart(g, limit), j, Phrase.Form.NAME, r.nameFirst(), r.nameLast(), null);
                    }
                }
                // "of the Org", and "of the cycling charity Org": back over a few lower-case words to the article
                int d = first - 1;
                for (int steps = 0; steps < 3 && d > limit && t.isWord(d) && !t.isCap(d) && !t.is(d, "the") && !t.is(d, "of")
                        && !Lexicon.CUES.contains(t, d); steps++) {
                    d--;
                }
                int of = t.is(d, "the") ? d - 1 : t.is(first - 1, "the") ? first - 2 : first - 1;
                if (of - 2 >= limit && t.is(of, "of") && Cast.namePart(t, of - 1) && Cast.namePart(t, of - 2)
                        && !Lexicon.ORG_WORDS.contains(t, of - 1) && !Lexicon.TITLES.contains(t, of - 1)
                        && !Lexicon.BODY_DESCRIPTIONS.contains(t, of - 1)) { // ("The City of Millbrook Falls" is one name)
                    // "Ana Prado of the Border Legal Project said": the person, placed by her body
                    Phrase person = endingAt(of - 1, limit);
                    if (person != null && person.form() == Phrase.Form.NAME && person.headFirst() < person.headLast()) {
                        return new Phrase(person.first(), j, Phrase.Form.NAME, person.headFirst(), person.headLast(), null);
                    }
                }
                return new Phrase(first, j, Phrase.Form.NAME, r.nameFirst(), r.nameLast(), null);
            }
            if (r != null && r.nameFirst() > r.nameLast()) {
                // only titles: "the President said", "U.S. President said"
                return description(j, limit);
            }
            return null;
        }
        int of = ofBefore(j, limit);
        if (of - 1 >= limit && !t.isCap(j) && Lexicon.ROLE_NOUNS.contains(t, of - 1) && !Lexicon.ROLE_NOUNS.contains(t, j)) {
            // "the former secretary of state", "the director of the port": the role is the word before "of"
            Phrase role = description(of - 1, limit);
            if (role != null) {
                return new Phrase(role.first(), j, Phrase.Form.DESCRIPTION, role.headFirst(), role.headLast(), null);
            }
        }
        if (!t.isCap(j) || Lexicon.ROLE_NOUNS.contains(t, j)) {
            Phrase d = description(j, limit);
            Phrase person = d == null ? null : personOf(d.first() - 1, j, limit);
            return person != null ? person : d;
        }
        return null;
    }

    /**
     * The "of" of "the director of the port" or "the head of the regional Labour branch" ending at j: right
     * before j, or before its article and up to two modifiers; -1 when there is none.
     */
    private int ofBefore(int j, int limit) {
        if (t.is(j - 1, "of")) {
            return j - 1;
        }
        for (int d = j - 1; d > limit && d >= j - 3; d--) {
            if (Lexicon.DETERMINERS.contains(t, d)) {
                return t.is(d - 1, "of") ? d - 1 : -1;
            }
            if (!t.isWord(d) || t.is(d, "of") || t.is(d, "and") || Lexicon.CUES.contains(t, d) || Lexicon.ROLE_NOUNS.contains(t, d)) {
                return -1;
            }
        }
        return -1;
    }

    /** "Judge Cordelia Ashgrove of the Merritt County court": the named person before "of", not the body after */
    private Phrase personOf(int of, int j, int limit) {
        if (of - 1 < limit || !t.is(of, "of") || !Cast.namePart(t, of - 1) || Lexicon.ORG_WORDS.contains(t, of - 1)) {
            return null;
        }
        Phrase person = endingAt(of - 1, limit);
        return person != null && person.form() == Phrase.Form.NAME && person.headFirst() < person.headLast()
                ? new Phrase(person.first(), j, Phrase.Form.NAME, person.headFirst(), person.headLast(), null) : null;
    }

    /** "the Democrat", "the Minnesota Democrat": a party noun after "the" and at most two capitalised words */
    private boolean partyMember(int j, int limit) {
        if (!t.is(j, "democrat") && !t.is(j, "republican")) {
            return false;
        }
        for (int k = j - 1; k >= limit && k >= j - 3; k--) {
            if (t.is(k, "the")) {
                return true;
            }
            if (!t.isWord(k) || !t.isCap(k)) {
                return false;
            }
        }
        return false;
    }

    private Phrase description(int j, int limit) {
        boolean headOk = Lexicon.ROLE_NOUNS.contains(t, j) || Lexicon.GROUP_NOUNS.contains(t, j) || Lexicon.DOCUMENTS.contains(t, j)
                || Lexicon.ORG_WORDS.contains(t, j) || Lexicon.BODY_DESCRIPTIONS.contains(t, j) && !t.isCap(j)
                || Cast.describedByNationality(t, j) || roleCompound(j);
        if (!headOk) {
            return null;
        }
        int k = j;
        boolean det = false;
        while (k - 1 >= limit && j - k < 6) {
            int p = k - 1;
            if (Lexicon.DETERMINERS.contains(t, p) && !t.is(p, "that") && !t.is(p, "which")) {
                k = p;
                det = true;
                break;
            }
            if (t.is(p, "'s") || t.is(p, "\u2019s") || pluralPossessive(p)) {
                k = p;
                continue;
            }
            if ((t.is(p, '-') || t.kind(p) == Tokens.NUMBER) && (t.is(j, "year-old") || t.is(p + 1, "year-old") || t.is(p + 1, '-'))) {
                k = p; // "the 52-year-old", "the 24-year-old Spaniard"
                continue;
            }
            if (t.is(p, '-') && p - 1 >= limit && t.kind(p - 1) == Tokens.NUMBER && !t.spaceAfter(p) && !t.spaceAfter(p - 1)) {
                k = p; // "the 41-page analysis", "a 10-point plan": a number and a noun made one adjective
                continue;
            }
            if (t.isWord(p) && !Lexicon.CUES.contains(t, p) && !Lexicon.BETWEEN.contains(t, p) && !isPronoun(p)
                    && !Lexicon.RELATIVE.contains(t, p) && !Lexicon.AUX.contains(t, p) && !(Lexicon.NOT_NAMES.contains(t, p) && !t.isCap(p))
                    && !t.is(p, "and") && !t.is(p, "or") && !t.is(p, "but") && !t.is(p, "that") && !t.is(p, "of")
                    && !t.is(p, "by") && !t.is(p, "for") && !t.is(p, "at") && !t.is(p, "in") && !t.is(p, "on")
                    && !t.is(p, "to") && !t.is(p, "with") && !t.is(p, "from") && !t.is(p, "as")) {
                k = p;
                continue;
            }
            break;
        }
        int headFirst = det ? k + 1 : k;
        // "the statement by the directorate": the document's author speaks
        int p = k - 1;
        if (p - 1 >= limit && t.is(p, "to") && Lexicon.DOCUMENTS.contains(t, p - 1)) {
            // "the letter to the mayor said": the letter speaks for its unnamed author, not for whom it was sent
            Phrase doc = endingAt(p - 1, limit);
            if (doc != null && doc.form() == Phrase.Form.DESCRIPTION && doc.object() == null) {
                return new Phrase(doc.first(), j, Phrase.Form.DESCRIPTION, doc.headFirst(), doc.headLast(), null);
            }
        }
        if (p - 1 >= limit && (t.is(p, "by") || t.is(p, "of") || t.is(p, "from") || t.is(p, "for") || t.is(p, "at")
                || t.is(p, "to") && Lexicon.GROUP_NOUNS.contains(t, p - 1))) { // "advisers to the mayor say"
            Phrase owner = endingAt(p - 1, limit);
            if (owner != null && t.is(p, "to") && owner.form() == Phrase.Form.NAME && owner.first() == owner.last()
                    && t.has(owner.first(), Tokens.SENT_START) && Lexicon.GROUP_NOUNS.contains(t, owner.first())) {
                owner = new Phrase(owner.first(), owner.last(), Phrase.Form.DESCRIPTION, owner.first(), owner.last(), null); // "Aides to ..."
            }
            if (owner != null && owner.form() == Phrase.Form.DESCRIPTION && owner.object() == null) {
                Phrase inner = new Phrase(k, j, Phrase.Form.DESCRIPTION, headFirst, j, null);
                return new Phrase(owner.first(), j, Phrase.Form.DESCRIPTION, owner.headFirst(), owner.headLast(), inner);
            }
        }
        // (but a post written like a name stands for its holder: "PM noted that", "President stressed that")
        boolean postAsName = k == j && t.isCap(j) && Lexicon.TITLES.contains(t, j) && Lexicon.ROLE_NOUNS.contains(t, j)
                && (t.has(j, Tokens.SENT_START) || t.is(j - 1, ',')); // the clause's subject, not "32% of Republican claims"
        if (!det && !Lexicon.GROUP_NOUNS.contains(t, j) && !(t.is(k, "'s") || t.is(k, "\u2019s")) && k == j && !postAsName) {
            return null; // a bare singular noun is rarely a speaker
        }
        if (!det && k == j && !t.has(j, Tokens.SENT_START) && !plural(j) && !t.is(j, "police") && !postAsName) {
            return null; // (but "..., police said": a collective without an s)
        }
        return new Phrase(k, j, Phrase.Form.DESCRIPTION, headFirst, j, null);
    }

    /** "great-grandmother", "co-chairwoman", "ex-governor": one word, a role after its hyphen */
    private boolean roleCompound(int j) {
        if (!t.isWord(j) || t.isCap(j)) {
            return false;
        }
        String w = t.string(j);
        int dash = w.lastIndexOf('-');
        if (dash <= 0 || dash == w.length() - 1) {
            return false;
        }
        String head = w.substring(dash + 1).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.ROLE_NOUNS.contains(head) || Lexicon.GROUP_NOUNS.contains(head);
    }

    private boolean plural(int j) {
        return t.length(j) > 3 && (t.text().charAt(t.end(j) - 1) == 's');
    }

    /** a phrase starting at token i, for "said Smith" and "according to officials" */
    Phrase startingAt(int i, int limit) {
        if (i >= limit || i < 0 || i >= t.size() || !t.isWord(i)) {
            return null;
        }
        if (isPronoun(i)) {
            return new Phrase(i, i, Phrase.Form.PRONOUN, i, i, null);
        }
        // "councillor Ivo Petrov": lower-case role words leading to a name
        if (!t.isCap(i) && !Lexicon.DETERMINERS.contains(t, i) && roleBeforeName(i)) {
            int k = i;
            while (!Cast.namePart(t, k)) {
                k++;
            }
            Phrase named = startingAt(k, limit);
            if (named != null && named.form() == Phrase.Form.NAME) {
                return new Phrase(i, named.last(), named.form(), named.headFirst(), named.headLast(), null);
            }
        }
        // walk forward to the end of the phrase, then read it backwards
        int j = i;
        int steps = 0;
        while (j + 1 < limit && steps < 8) {
            int n = j + 1;
            int nick = Cast.nicknameEnd(t, n);
            if (nick > 0 && nick + 1 < limit) {
                j = nick + 1; // Walter "Wally" Kessel
                steps++;
                continue;
            }
            if (pluralPossessive(n) && n + 1 < limit && t.isWord(n + 1)) {
                j = n; // "the farmers' union": the phrase goes on past the apostrophe
                steps++;
                continue;
            }
            if (t.isWord(n) && !Lexicon.CUES.contains(t, n) && !t.is(n, "in") && !t.is(n, "on") && !t.is(n, "at")
                    && !t.is(n, "to") && !t.is(n, "who") && !t.is(n, "that") && !t.is(n, "and") && !t.is(n, "during")
                    && !t.is(n, "after") && !t.is(n, "before") && !t.is(n, "when") && !t.is(n, "as") && !t.is(n, "about")
                    && !t.is(n, "with") && !t.is(n, "from") && !t.is(n, "while") && !t.is(n, "last") && !isDay(n)
                    && !(t.is(n, "of") && !Cast.namePart(t, n + 1))
                    && !(t.isCap(j) && !t.isCap(n) && !t.is(n, "of") && !t.is(n, "'s") && !roleBeforeName(n))
                    && t.sentence(n) == t.sentence(i)) {
                j = n;
                steps++;
            } else {
                break;
            }
        }
        Phrase p = endingAt(j, i);
        if (p == null || p.first() > i + 3) {
            return null;
        }
        Phrase qualified = nameQualifyingRole(p, limit);
        if (qualified != null) {
            return new Phrase(Math.min(i, p.first()), qualified.last(), qualified.form(), qualified.headFirst(), qualified.headLast(), null);
        }
        if (p.first() > i) {
            // "a new Washington poll": the determiner and adjectives belong to the phrase
            return new Phrase(i, p.last(), p.form(), p.headFirst(), p.headLast(), p.object());
        }
        return p;
    }

    /** "Former Ashford Mills mayor Theresa Quaid": a name, lower-case role words, then the name that speaks */
    Phrase nameQualifyingRole(Phrase p, int limit) {
        if (p.form() != Phrase.Form.NAME) {
            return null;
        }
        int k = postWordsEnd(p.last() + 1, limit);
        if (k == p.last() + 1 || k >= limit || !Cast.namePart(t, k)) {
            return null;
        }
        int e = k;
        while (e + 1 < limit && Cast.namePart(t, e + 1)) {
            e++;
        }
        Phrase named = endingAt(e, k);
        return named != null && named.form() == Phrase.Form.NAME ? named : null;
    }

    /** the apostrophe of a plural possessive, glued to a word ending in s: "farmers' union" */
    boolean pluralPossessive(int i) {
        return i > 0 && i < t.size() && t.kind(i) == Tokens.MARK && (t.is(i, '\'') || t.is(i, '\u2019'))
                && !t.has(i, Tokens.SPACE_BEFORE) && t.isWord(i - 1) && t.endsWith(i - 1, "s")
                && i + 1 < t.size() && t.has(i + 1, Tokens.SPACE_BEFORE);
    }

    /** "host" in "MSNBC host Chris Matthews": lower-case role words leading to a name */
    private boolean roleBeforeName(int n) {
        int k = postWordsEnd(n, t.size());
        return k > n && Cast.namePart(t, k);
    }

    /**
     * Past up to three lower-case words that end in a post ("critic", "spokeswoman") from n: "health
     * critic", "transport spokeswoman", "finance minister". Returns n when they do not.
     */
    private int postWordsEnd(int n, int limit) {
        int k = n;
        int post = n;
        while (k < limit && k < n + 3 && t.isWord(k) && !t.isCap(k) && !Lexicon.DETERMINERS.contains(t, k) && !Lexicon.CUES.contains(t, k)
                && !Lexicon.NAME_JOINERS.contains(t, k) && !t.is(k, "in") && !t.is(k, "at") && !t.is(k, "on") && !t.is(k, "to")
                && !t.is(k, "for") && !t.is(k, "from") && !t.is(k, "with") && !t.is(k, "by") && !t.is(k, "or") && !t.is(k, "but")
                && !t.is(k, "who") && !t.is(k, "that")) {
            k++;
            if (Lexicon.ROLE_NOUNS.contains(t, k - 1) || Lexicon.TITLES.contains(t, k - 1)) {
                post = k;
            }
        }
        return post;
    }

    boolean isPronoun(int i) {
        return t.is(i, "he") || t.is(i, "she") || t.is(i, "they") || t.is(i, "it") || t.is(i, "i") || t.is(i, "we")
                || t.is(i, "who") || t.is(i, "you");
    }
}
