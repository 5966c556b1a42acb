package io.pressflow.extract.entity;

import io.pressflow.extract.entity.Candidate.Type;
import io.pressflow.extract.entity.Lexicon.Kind;
import io.pressflow.extract.entity.Lexicon.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * First pass: one left-to-right walk over the tokens that turns runs of capitalised words into
 * candidate mentions (gazetteer hits, titled names, organisations, bare role descriptions).
 * Every decision looks at a bounded window of tokens, so the walk is linear in the text.
 */
final class MentionScanner {
    private static final int MAX_RUN = 14;
    private static final long THE = Tokens.hashLower("the");
    private static final long ON = Tokens.hashLower("on");
    private static final long OF = Tokens.hashLower("of");

    private final Lexicon lexicon;
    private final Tokens t;
    /** lower-case hashes of words this text writes in lower case: its common words */
    private final WordFilter lowerCaseWords;
    private final List<Candidate> out;
    private final Phrase[] matches;

    MentionScanner(Lexicon lexicon, Tokens tokens) {
        this.lexicon = lexicon;
        this.t = tokens;
        this.matches = tokens.phrases;
        this.lowerCaseWords = tokens.lowerCaseWords;
        this.out = new ArrayList<>(Math.max(16, tokens.size / 8)); // about one candidate per 10 tokens: few regrowths
    }

    List<Candidate> scan() {
        int i = 0;
        while (i < t.size) {
            if (!t.word(i)) {
                i++;
            } else if (runStart(i)) {
                int j = runEnd(i);
                i = Math.max(segment(i, j), i + 1);
            } else {
                if (t.lower[i] == THE && i + 1 < t.size && t.word(i + 1) && !t.is(i + 1, Tokens.CAP)
                        && in(Lexicon.ORGCUE, i + 1)) {
                    // "the directorate": resolved later against the organisations of the text
                    Candidate c = candidate(Type.ORG_REFERENCE, i + 1, i + 2);
                    out.add(c);
                }
                i++;
            }
        }
        return out;
    }

    // ---- word classes ---------------------------------------------------------------------

    /** whether token i is a word of the given class(es) of words.txt; one hash probe per token */
    private boolean in(int wordClass, int i) {
        if (!t.word(i)) {
            return false;
        }
        int bits = t.classes[i];
        if (bits < 0) {
            bits = lexicon.classes(t.lower[i]);
            t.classes[i] = bits;
        }
        return (bits & wordClass) != 0;
    }

    private static final Phrase NONE = new Phrase(Kind.ORG, new String[0], null, null);

    /** the gazetteer phrase at token i, looked up once per token */
    private Phrase match(int i) {
        Phrase p = matches[i];
        if (p == null) {
            p = lexicon.match(t, i);
            matches[i] = p == null ? NONE : p;
            return p;
        }
        return p == NONE ? null : p;
    }

    private boolean capital(int i) {
        return t.word(i) && t.is(i, Tokens.CAP);
    }

    /** a lower-case name particle glued to a capitalised word by a hyphen: "al-Assad" */
    private boolean hyphenParticle(int i) {
        return i + 2 < t.size && t.punct(i + 1) == '-' && t.is(i + 1, Tokens.ATTACHED)
                && t.is(i + 2, Tokens.ATTACHED) && capital(i + 2) && in(Lexicon.PARTICLE, i);
    }

    private boolean runStart(int i) {
        if (hyphenParticle(i)) {
            return true;
        }
        if (!capital(i)) {
            return false;
        }
        return !in(Lexicon.BREAK, i) || match(i) != null;
    }

    private static final long MAY = Tokens.hashLower("may");
    private static final long JUNE = Tokens.hashLower("june");
    private static final long APRIL = Tokens.hashLower("april");
    private static final long AUGUST = Tokens.hashLower("august");

    /** a capitalised word that may continue a run */
    private boolean nameWord(int i) {
        if (!capital(i) || t.is(i, Tokens.SENTENCE_START)) {
            return false;
        }
        if (!in(Lexicon.BREAK, i) || match(i) != null) {
            return true;
        }
        // "Theresa May", "Brian May": a month that is a surname right after a given name
        long h = t.lower[i];
        return (h == MAY || h == JUNE || h == APRIL || h == AUGUST) && i > 0 && capital(i - 1)
                && !in(Lexicon.BREAK, i - 1) && !in(Lexicon.COMMON, i - 1) && !titleWord(i - 1) && match(i - 1) == null
                && !t.is(i, Tokens.ALL_CAPS);
    }

    private boolean titleWord(int i) {
        return in(Lexicon.TITLE, i) || in(Lexicon.TITLEMOD, i) || in(Lexicon.HONORIFIC, i);
    }

    private boolean titleHead(int i) {
        return in(Lexicon.TITLE, i) || in(Lexicon.HONORIFIC, i);
    }

    private boolean orgCue(int i) {
        return in(Lexicon.ORGCUE, i);
    }

    // ---- runs -----------------------------------------------------------------------------

    /** The exclusive end of the run of name words starting at {@code i}. */
    private int runEnd(int i) {
        int k = i;
        if (hyphenParticle(k)) {
            k += 2;
        }
        while (k - i < MAX_RUN) {
            if (t.is(k, Tokens.POSSESSIVE)) {
                return k + 1;
            }
            int next = k + 1;
            if (next >= t.size) {
                return next;
            }
            if (t.punct(next) == '-' && t.is(next, Tokens.ATTACHED) && next + 1 < t.size && t.is(next + 1, Tokens.ATTACHED)
                    && (capital(next + 1) || hyphenParticle(next + 1))) {
                k = next + 1;
                continue;
            }
            if (nameWord(next)) {
                k = next;
                continue;
            }
            if (in(Lexicon.PARTICLE, next) && next + 1 < t.size && capital(next + 1) && !in(Lexicon.CONNECTOR, next)) {
                k = next + 1;
                continue;
            }
            int joined = connectorJoin(i, k, next);
            if (joined > 0) {
                k = joined;
                continue;
            }
            return next;
        }
        return k + 1;
    }

    /**
     * Whether lower-case connectors at {@code next} join the run: only inside organisation names
     * and titles ("Bank of England", "President of Turkey"), never between two people
     * ("Trump and Erdoğan"). Returns the index of the capitalised word after them, or -1.
     */
    private int connectorJoin(int runStart, int last, int next) {
        int after = next;
        int connectors = 0;
        while (after < t.size && connectors < 2 && in(Lexicon.CONNECTOR, after) && !t.is(after, Tokens.CAP)) {
            after++;
            connectors++;
        }
        if (connectors == 0 || after >= t.size || !nameWord(after) && !(capital(after) && match(after) != null)) {
            return -1;
        }
        if ((t.sameText(next, "and") || t.sameText(next, "&")) && connectors > 1) {
            return -1; // never "the Arizona Republic and the Cincinnati Enquirer"
        }
        if (orgCueIn(runStart, last + 1) && !(t.sameText(next, "and") && orgCue(last))) {
            // "Bank of England", "Ministry of Trade and Industry"; not "Urban Institute and Brookings Institution"
            return after;
        }
        if (allTitle(runStart, last + 1) && !t.sameText(next, "and")) {
            return after; // "President of Turkey", "Secretary of State"
        }
        // "Securities and Exchange Commission": one word, "and", then words up to a cue; never
        // "Ayla Demir of the World Bank", which is a person and an organisation
        if (last == runStart && t.sameText(next, "and")) {
            for (int k = after; k < t.size && k < after + 4 && capital(k); k++) {
                if (orgCue(k)) {
                    return after;
                }
            }
        }
        return -1;
    }

    /** whether [from, to) holds a cue word outside gazetteer places ("West Bank" is no bank) */
    private boolean orgCueIn(int from, int to) {
        for (int k = from; k < to; k++) {
            Phrase p = capital(k) ? match(k) : null;
            if (p != null && p.kind() != Kind.ORG) {
                k += p.length() - 1;
            } else if (orgCue(k)) {
                return true;
            }
        }
        return false;
    }

    // ---- segmentation ---------------------------------------------------------------------

    /** Turns the run [i, j) into candidates; returns where scanning goes on (a phrase may reach past j). */
    private int segment(int i, int j) {
        int k = i;
        if (t.is(k, Tokens.SENTENCE_START) && !hyphenParticle(k) && match(k) == null && ordinaryWord(k)) {
            k++; // "Additional details", "Expressing support for Trump's ..."
            while (k < j && (in(Lexicon.CONNECTOR, k) || in(Lexicon.PARTICLE, k) || !t.word(k))) {
                k++;
            }
        }
        if (k >= j) {
            return j;
        }
        if (orgCueIn(k, j)) {
            organisationRun(k, j);
            return j;
        }
        return plainRun(k, j);
    }

    /** a sentence-initial word that is an ordinary English word rather than a name */
    private boolean ordinaryWord(int k) {
        if (in(Lexicon.BREAK, k) || in(Lexicon.COMMON, k) || lowerCaseWords.contains(t.lower[k])) {
            return true;
        }
        // participles and adverbs open sentences far more often than they are names
        int e = t.end[k];
        return e - t.start[k] > 4 && (t.text.startsWith("ing", e - 3) || t.text.startsWith("ly", e - 2)
                || t.text.startsWith("ed", e - 2));
    }

    /** A run that names an organisation, possibly followed by a title and a person's name. */
    private void organisationRun(int k, int j) {
        if (k + 2 < j && t.end[k] - t.start[k] == 1 && t.punct(k + 1) == '-') {
            k += 2; // "D-Newport News": a party tag, then the place
        }
        if (allCaps(k, j) && j - k > 1 && match(k) == null) {
            return; // "NEWPORT NEWS": a dateline
        }
        while (k + 1 < j && titleHead(k) && !orgCue(k) && in(Lexicon.CONNECTOR, k + 1)) {
            // "Director of the Media Center": a role in front of the organisation
            k += 1;
            while (k < j && in(Lexicon.CONNECTOR, k)) {
                k++;
            }
        }
        if (k >= j) {
            return;
        }
        int lastWord = trimConnectors(k, j) - 1;
        if (in(Lexicon.THINGHEAD, lastWord) && !orgCue(lastWord) && !connectorIn(k, lastWord)) {
            return; // "Academy Award": a thing named after an organisation
        }
        if (k + 1 < j && in(Lexicon.COMMON, k) && in(Lexicon.CONNECTOR, k + 1)) {
            // "Republicans on the House Financial Services Committee"
            k += 1;
            while (k < j && in(Lexicon.CONNECTOR, k)) {
                k++;
            }
        }
        int lastCue = -1;
        for (int x = k; x < j; x++) {
            if (orgCue(x)) {
                lastCue = x;
            }
        }
        if (lastCue >= k && lastCue + 1 < j && t.word(lastCue + 1) && !in(Lexicon.CONNECTOR, lastCue + 1)
                && !orgCue(lastCue + 1) && !titleWord(lastCue + 1) && lastCue > k) {
            // "Washington Post Trump ...": the name after the organisation is not part of it
            organisationRun(k, lastCue + 1);
            plainRun(lastCue + 1, j);
            return;
        }
        // "European Council President Charles Michel": organisation, title, name
        int head = -1;
        for (int x = j - 1; x > k; x--) {
            if (titleHead(x) && !orgCue(x)) {
                head = x;
                break;
            }
            if (!t.word(x) || orgCue(x) || titleWord(x) || in(Lexicon.CONNECTOR, x)) {
                break;
            }
        }
        if (head > k && head + 1 < j) {
            int t0 = head;
            while (t0 - 1 > k && titleWord(t0 - 1) && !orgCue(t0 - 1)) {
                t0--;
            }
            if (orgCueIn(k, t0)) {
                int orgEnd = trimConnectors(k, t0);
                Candidate org = organisation(k, orgEnd);
                Candidate person = person(head + 1, j, t0, head + 1);
                person.roleOrg = org.name;
                return;
            }
        }
        if (j - k == 1 && t.word(k)) {
            // a head word alone ("The Post", "the Ministry"): a reference to an organisation named in full elsewhere
            out.add(candidate(Type.ORG_REFERENCE, k, k + 1));
            return;
        }
        // a country named inside an organisation is a mention of it too ("Turkish Foreign Ministry")
        for (int x = k; x < j; x++) {
            Phrase p = t.word(x) ? match(x) : null;
            if (p != null && (p.kind() == Kind.COUNTRY || p.kind() == Kind.DEMONYM) && x + p.length() <= j) {
                Candidate c = candidate(Type.COUNTRY, x, x + p.length());
                c.code = p.code();
                x += p.length() - 1;
            }
        }
        organisation(k, trimConnectors(k, j));
    }

    private Candidate organisation(int k, int j) {
        Phrase p = match(k);
        Candidate c = candidate(Type.ORG, k, j);
        if (p != null && p.kind() == Kind.ORG && p.length() == j - k) {
            c.name = p.name();
            c.known = true;
        } else {
            c.name = c.text;
        }
        return c;
    }

    private int trimConnectors(int k, int j) {
        while (j - 1 > k && (in(Lexicon.CONNECTOR, j - 1) || !t.word(j - 1))) {
            j--;
        }
        return j;
    }

    /** A run without organisation cues: gazetteer places, titles and names. */
    private int plainRun(int k, int j) {
        int wordsFrom = -1;
        Phrase previous = null;
        int previousStart = -1;
        int x = k;
        while (x < j) {
            Phrase p = t.word(x) ? match(x) : null;
            if (p != null && absorbedIntoName(p, x, wordsFrom, j)) {
                p = null;
            }
            if (p == null && wordsFrom < 0) {
                int region = regionAt(x, j);
                if (region > x) {
                    // "New Jersey", "West Virginia": a first-level division of two or three words
                    Candidate c = candidate(Type.PLACE, x, region);
                    c.name = c.text;
                    c.code = lexicon.region(c.text).split(",")[0];
                    x = region;
                    continue;
                }
            }
            if (p == null) {
                if (wordsFrom < 0) {
                    wordsFrom = x;
                }
                x++;
                continue;
            }
            if (wordsFrom >= 0) {
                words(wordsFrom, x, previous, previousStart, p, x);
                wordsFrom = -1;
            }
            if (!(p.kind() == Kind.DEMONYM && hyphenatedTo(x))) {
                gazetteer(p, x);
            }
            previous = p;
            previousStart = x;
            x += p.length();
        }
        if (wordsFrom >= 0) {
            words(wordsFrom, j, previous, previousStart, null, j);
        } else if (previous != null) {
            roleAfter(previous, previousStart, previousStart + previous.length());
        }
        return Math.max(x, j);
    }

    /** "African-American": a demonym glued to a word that is no country says nothing of the country */
    private boolean hyphenatedTo(int x) {
        return x >= 2 && t.punct(x - 1) == '-' && t.is(x, Tokens.ATTACHED) && t.word(x - 2)
                && match(x - 2) == null;
    }

    /** end of a two- or three-word region name starting at x, or -1 */
    private int regionAt(int x, int j) {
        for (int len = Math.min(3, j - x); len >= 2; len--) {
            boolean words = true;
            for (int y = x; y < x + len; y++) {
                words &= t.word(y);
            }
            boolean ordinary = true;
            for (int y = x; y < x + len; y++) {
                ordinary &= in(Lexicon.COMMON, y) || in(Lexicon.BREAK, y) || lowerCaseWords.contains(t.lower[y]);
            }
            if (words && !ordinary && lexicon.region(t.text.substring(t.start[x], t.end[x + len - 1])) != null) {
                return x + len;
            }
        }
        return -1;
    }

    /**
     * Whether a gazetteer hit is part of a person's name instead: "George Washington",
     * "Israel Katz", "Michael Jordan".
     */
    private boolean absorbedIntoName(Phrase p, int x, int wordsFrom, int j) {
        if (p.kind() == Kind.ORG || p.kind() == Kind.DC) {
            return false;
        }
        if (p.kind() == Kind.DEMONYM) {
            return false; // "Retired American Warriors" is no name ending in "American"
        }
        if (wordsFrom >= 0) {
            for (int w = wordsFrom; w < x; w++) {
                if (t.word(w) && !titleWord(w) && !in(Lexicon.CONNECTOR, w) && !in(Lexicon.COMMON, w)
                        && !lowerCaseWords.contains(t.lower[w]) && !t.is(w, Tokens.ALL_CAPS)) {
                    return true;
                }
            }
            return false;
        }
        int next = x + p.length();
        return p.length() == 1 && (p.kind() == Kind.COUNTRY || p.kind() == Kind.CAPITAL) && next < j && capital(next)
                && !t.is(next, Tokens.ALL_CAPS) && !titleWord(next) && match(next) == null
                && !in(Lexicon.COMMON, next) && !lowerCaseWords.contains(t.lower[next]) && !in(Lexicon.THINGHEAD, next);
    }

    private void gazetteer(Phrase p, int x) {
        int end = x + p.length();
        Candidate c;
        switch (p.kind()) {
            case CAPITAL -> {
                if (locativeBefore(x) || dateline(x)) {
                    // "talks in Paris", "LONDON —": the city itself; "Ankara said" stays the state
                    c = candidate(Type.PLACE, x, end);
                    c.name = p.name();
                } else {
                    c = candidate(Type.COUNTRY, x, end);
                }
                c.code = p.code();
            }
            case COUNTRY, DEMONYM -> {
                c = candidate(Type.COUNTRY, x, end);
                c.code = p.code();
            }
            case CITY, PLACE -> {
                c = candidate(Type.PLACE, x, end);
                c.code = p.code();
                c.name = p.name() != null ? p.name() : lexicon.countryName(p.code());
            }
            case DC -> {
                c = candidate(Type.DC, x, end);
                c.code = p.code();
                c.name = p.name();
            }
            default -> {
                c = candidate(Type.ORG, x, end);
                c.name = p.name();
                c.known = true;
            }
        }
        c.locative = locativeBefore(x);
    }

    /** a wire dateline: the text opens with the city, then a dash, a comma or "(Reuters)" */
    private boolean dateline(int x) {
        if (x != 0) {
            return false;
        }
        int n = x + 1;
        while (n < t.size && capital(n)) {
            n++;
        }
        char c = n < t.size ? t.punct(n) : 0;
        return c == '\u2014' || c == '\u2013' || c == '-' || c == ',' || c == '(';
    }

    private boolean locativeBefore(int x) {
        int b = x - 1;
        if (b >= 0 && t.lower[b] == THE) {
            b--;
        }
        return b >= 0 && in(Lexicon.LOCATIVE, b);
    }

    /**
     * Capitalised words between gazetteer hits: [title words] [name words]. {@code before} is the
     * gazetteer hit right before them (a country that qualifies the title), {@code after} the one
     * right after ("President of Turkey").
     */
    private void words(int from, int to, Phrase before, int beforeStart, Phrase after, int afterStart) {
        if (allCaps(from, to) && to - from > 1) {
            return; // "DOCTORS FELLOW": a shouted heading, no name
        }
        boolean countryBefore = before != null && beforeStart + before.length() == from
                && (before.kind() == Kind.COUNTRY || before.kind() == Kind.DEMONYM);
        int titleEnd = titleBeforeName(from, to);
        if (titleEnd < 0) {
            if (allTitle(from, to)) {
                titleOnly(from, to, before, beforeStart, countryBefore, after, afterStart);
                return;
            }
            int[] lower = lowerCaseTitleBefore(from);
            if (lower != null) {
                person(from, to, lower[0], lower[1] + 1).roleCode = lower[2] >= 0 ? countryCode(lower[2]) : null;
            } else {
                chunk(from, to);
            }
            return;
        }
        int titleFrom = titleEnd;
        while (titleFrom - 1 >= from && (titleWord(titleFrom - 1) || !t.word(titleFrom - 1))) {
            titleFrom--;
        }
        if (titleFrom > from) {
            // "Massachusetts Sen. Elizabeth Warren": what precedes the title may be a place, not a person
            int f = from;
            while (f < titleFrom && (titleWord(f) || !t.word(f))) {
                f++;
            }
            if (f < titleFrom) {
                Candidate c = candidate(titleFrom - f == 1 ? Type.SINGLE : Type.CHUNK, f, trimConnectors(f, titleFrom));
                c.locative = true; // a place qualifying a title: "Indiana Gov."
            }
        }
        int last = trimConnectors(titleEnd + 1, to) - 1;
        if (in(Lexicon.THINGHEAD, last) || in(Lexicon.PLACEHEAD, last) || orgCue(last)
                || last == titleEnd + 1 && t.end[last] - t.start[last] <= 2) {
            return; // "Commander-in-Chief Forum", "Queen City", "founder J."
        }
        Candidate p = person(titleEnd + 1, to, titleFrom, titleEnd + 1);
        if (countryBefore && titleFrom == from) {
            p.roleCode = before.code();
        }
    }

    /**
     * The last token of a title that a name follows ("Secretary of State | Marco Rubio"), where
     * the title holds a head word; -1 when there is none.
     */
    private int titleBeforeName(int from, int to) {
        for (int x = to - 2; x >= from; x--) {
            if (titleWord(x) && !in(Lexicon.CONNECTOR, x) && t.word(x + 1) && !titleWord(x + 1) && !in(Lexicon.CONNECTOR, x + 1)) {
                for (int y = x; y >= from && (titleWord(y) || !t.word(y)); y--) {
                    if (titleHead(y)) {
                        return x;
                    }
                }
            }
        }
        return -1;
    }

    private boolean connectorIn(int from, int to) {
        for (int x = from; x < to; x++) {
            if (in(Lexicon.CONNECTOR, x)) {
                return true;
            }
        }
        return false;
    }

    private boolean allCaps(int from, int to) {
        for (int x = from; x < to; x++) {
            if (t.word(x) && !t.is(x, Tokens.ALL_CAPS)) {
                return false;
            }
        }
        return true;
    }

    private boolean allTitle(int from, int to) {
        boolean head = false;
        for (int x = from; x < to; x++) {
            if (t.word(x) && !titleWord(x)) {
                return false;
            }
            head |= titleHead(x);
        }
        return head;
    }

    /** A title without a name: a role description when a country qualifies it. */
    private void titleOnly(int from, int to, Phrase before, int beforeStart, boolean countryBefore, Phrase after, int afterStart) {
        int titleEnd = trimConnectors(from, to);
        String title = t.text.substring(t.start[from], t.end[titleEnd - 1]);
        if (after != null && (after.kind() == Kind.COUNTRY || after.kind() == Kind.DEMONYM) && t.lower[to - 1] == OF) {
            role(withArticle(from), afterStart + after.length(), after.code(), title);
        } else if (countryBefore) {
            role(withArticle(beforeStart), titleEnd, before.code(), title);
        }
    }

    private String countryCode(int token) {
        Phrase p = match(token);
        return p == null ? null : OfficeHolders.jurisdiction(p);
    }

    /**
     * A lower-case title right before a name ("Turkish president Recep Tayyip Erdoğan"):
     * {first title token, last title token, country token or -1}, or null.
     */
    private int[] lowerCaseTitleBefore(int from) {
        int last = from - 1;
        if (last < 0 || !t.word(last) || t.is(last, Tokens.CAP) || !in(Lexicon.TITLE, last)) {
            return null;
        }
        int first = last;
        while (first - 1 >= 0 && first > last - 3 && t.word(first - 1) && !t.is(first - 1, Tokens.CAP)
                && (in(Lexicon.TITLE, first - 1) || in(Lexicon.TITLEMOD, first - 1)) && t.lower[first - 1] != THE) {
            first--;
        }
        int country = -1;
        if (first - 1 >= 0 && t.word(first - 1)) {
            Phrase p = match(first - 1);
            if (p != null && p.length() == 1 && OfficeHolders.jurisdiction(p) != null) {
                country = first - 1;
            }
        }
        return new int[] {first, last, country};
    }

    /** A person's name [from, to) with a title [titleFrom, titleTo), or titleFrom -1. */
    private Candidate person(int from, int to, int titleFrom, int titleTo) {
        int end = trimConnectors(from, to);
        int nameWords = 0;
        for (int x = from; x < end; x++) {
            if (t.word(x) && !in(Lexicon.PARTICLE, x)) {
                nameWords++;
            }
        }
        Candidate c = candidate(nameWords >= 2 || titleFrom >= 0 ? Type.PERSON : Type.SINGLE, from, end);
        if (titleFrom >= 0 && !allHonorific(titleFrom, titleTo)) {
            c.role = t.text.substring(t.start[titleFrom], t.end[titleTo - 1]);
        }
        if (titleFrom >= 0) {
            c.known = true; // a title makes it a person even as one word
        }
        return c;
    }

    private boolean allHonorific(int from, int to) {
        for (int x = from; x < to; x++) {
            if (t.word(x) && !in(Lexicon.HONORIFIC, x)) {
                return false;
            }
        }
        return true;
    }

    /** Name words with no title: a person if two or more, a single word otherwise. */
    private void chunk(int from, int to) {
        int end = trimConnectors(from, to);
        int nameWords = 0;
        boolean allCommon = true;
        for (int x = from; x < end; x++) {
            if (t.word(x) && !in(Lexicon.PARTICLE, x) && !in(Lexicon.CONNECTOR, x)) {
                nameWords++;
                if (!in(Lexicon.COMMON, x) && !in(Lexicon.BREAK, x) && !lowerCaseWords.contains(t.lower[x])) {
                    allCommon = false;
                }
            }
        }
        if (nameWords == 0) {
            return;
        }
        boolean connector = false;
        for (int x = from; x < end; x++) {
            connector |= in(Lexicon.CONNECTOR, x);
        }
        if (nameWords == 1 && end + 1 < t.size && t.punct(end) == '-' && t.is(end, Tokens.ATTACHED)
                && Character.isDigit(t.firstChar(end + 1))) {
            return; // "EB-5", "F-16": a model or a visa, not an entity
        }
        Type type = nameWords == 1 ? Type.SINGLE
                : allCommon || connector || nameWords > 4 || !personShaped(from, end) ? Type.CHUNK : Type.PERSON;
        if (nameWords > 1 && in(Lexicon.PLACEHEAD, end - 1)) {
            Candidate place = candidate(Type.PLACE, from, end);
            place.name = Names.clean(place.text);
            return;
        }
        Candidate c = candidate(type, from, end);
        c.common = allCommon;
        c.locative = locativeBefore(from);
        c.afterOn = from > 0 && t.lower[from - 1] == ON && t.word(from - 1);
        if (end + 1 < t.size && t.punct(end) == ',' && capital(end + 1)) {
            Phrase p = match(end + 1);
            if (p != null && p.code() != null) {
                c.followingPlaceCode = p.code();
            } else {
                String region = lexicon.region(t.text(end + 1));
                c.followingPlaceCode = region == null ? null : region.split(",")[0];
            }
        }
    }

    /**
     * Whether words can be a person's name: no one-letter word that is not an initial ("R-IN",
     * "U-S-A"), not all capitals ("LOS ANGELES"), not ending in a word for a law or an event.
     */
    private boolean personShaped(int from, int end) {
        boolean allCaps = true;
        for (int x = from; x < end; x++) {
            if (!t.word(x)) {
                continue;
            }
            if (t.end[x] - t.start[x] == 1 && !t.is(x, Tokens.ABBREVIATION)) {
                return false;
            }
            allCaps &= t.is(x, Tokens.ALL_CAPS);
        }
        return !allCaps && !in(Lexicon.THINGHEAD, end - 1) && !titleHead(end - 1);
    }

    /** "the U.S. president", "Turkey's leader": a country hit followed by lower-case role words. */
    private void roleAfter(Phrase p, int x, int afterEnd) {
        if (p.kind() != Kind.COUNTRY && p.kind() != Kind.DEMONYM) {
            return;
        }
        int r = afterEnd;
        int last = -1;
        while (r < t.size && r < afterEnd + 3 && t.word(r) && !t.is(r, Tokens.CAP) && in(Lexicon.ROLE, r)) {
            last = r;
            r++;
        }
        if (last < 0) {
            return;
        }
        String words = t.text.substring(t.start[afterEnd], t.end[last]);
        if (OfficeHolders.office(words.toLowerCase(java.util.Locale.ROOT)) == null) {
            return;
        }
        if (r < t.size && (capital(r) || hyphenParticle(r))) {
            return; // a title before a name: the run that follows takes it
        }
        role(withArticle(x), last + 1, p.code(), words);
    }

    private int withArticle(int x) {
        return x > 0 && t.lower[x - 1] == THE && t.word(x - 1) ? x - 1 : x;
    }

    private void role(int from, int to, String code, String words) {
        Candidate c = candidate(Type.ROLE, from, to);
        c.code = code;
        c.role = OfficeHolders.office(words.toLowerCase(java.util.Locale.ROOT));
        if (c.role == null) {
            out.remove(out.size() - 1);
            return;
        }
        if (to + 1 < t.size && t.punct(to) == ',' && runStart(to + 1)) {
            c.appositiveToken = to + 1;
        }
    }

    private Candidate candidate(Type type, int from, int to) {
        Candidate c = new Candidate(type, t.start[from], t.end[to - 1], t.text.substring(t.start[from], t.end[to - 1]));
        c.firstToken = from;
        c.headline = t.is(from, Tokens.HEADLINE);
        c.sentenceInitial = t.is(from, Tokens.SENTENCE_START);
        out.add(c);
        return c;
    }
}
