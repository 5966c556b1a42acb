package io.pressflow.extract.quote;

import io.pressflow.extract.entity.Countries;
import io.pressflow.extract.text.Tokens;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The people and bodies a statement names, built in one pass before attribution: each member keeps
 * the fullest form of its name, its roles and titles ("U.S. president"), its gender where a title
 * or given name says it, and where it was mentioned. Descriptions and pronouns resolve against it
 * by role, number, gender and recency.
 */
final class Cast {

    static final int UNKNOWN = 0;
    static final int MALE = 1;
    static final int FEMALE = 2;

    /** One person or body. */
    static final class Member {
        String name;
        /** set when the member is made: its name's keys, each word lower-cased */
        List<String> keys;
        boolean person;
        boolean org;
        int gender;
        final Set<String> roles = new HashSet<>();
        /** posts said by a relative clause after the name ("who has chaired the association") */
        final Set<String> postsByClause = new HashSet<>(0);
        int nameTokens;
        /** mentions not at a sentence start: evidence that a one-word name is a name */
        int inner;
        /** index of its latest mention while the cast is built */
        int latest = -1;
        /** the first token of its first mention */
        int firstToken = -1;
        /** marks the member as seen by one scan */
        int stamp;
        /** the acronym given in brackets after a body's name, or null */
        String acronym;
        /** the name, one or two words, the story says it is known by ("known to everyone as Marquinhos"), or null */
        String alias;

        String name() {
            return name;
        }

        String last() {
            return keys.get(keys.size() - 1);
        }
    }

    /** A mention of a member in the text. */
    record Mention(int first, int last, Member member, boolean quoted) {}

    /** A capitalised run read as a name: tokens [first, last], name part [nameFirst, nameLast]. */
    record Run(int first, int last, int nameFirst, int nameLast) {}

    private final Tokens t;
    final List<Member> members = new ArrayList<>();
    /** members by the last word of their name, for matching without scanning the cast */
    private final Map<String, List<Member>> byLast = new HashMap<>();
    private int scan;
    final List<Mention> mentions = new ArrayList<>();
    /** for each token, the index into mentions of the mention covering it, or -1 */
    private final int[] mentionAt;

    private Cast(Tokens t) {
        this.t = t;
        this.mentionAt = new int[t.size()];
        java.util.Arrays.fill(mentionAt, -1);
    }

    /** builds the cast from every name run; quoted marks which tokens lie inside quote marks */
    static Cast build(Tokens t, boolean[] quoted, int headlineEnd, LowerWords lower) {
        Cast c = new Cast(t);
        int i = 0;
        int n = t.size();
        while (i < n) {
            Run r = run(t, i, lower);
            if (r == null) {
                i++;
                continue;
            }
            if (r.nameFirst() <= r.nameLast() && r.first() >= headlineEnd) {
                c.add(r, quoted[r.nameFirst()]);
            }
            i = r.last() + 1;
        }
        return c;
    }

    Member memberAt(int token) {
        int m = token >= 0 && token < mentionAt.length ? mentionAt[token] : -1;
        return m < 0 ? null : mentions.get(m).member();
    }

    /** the name run starting at token i, or null when i does not start one */
    static Run run(Tokens t, int i, LowerWords lower) {
        if (!startsName(t, i, lower)) {
            return null;
        }
        if (demonym(t, i) && i + 1 < t.size() && t.isWord(i + 1) && !t.isCap(i + 1) && !Lexicon.CUES.contains(t, i + 1)
                && !Lexicon.BETWEEN.contains(t, i + 1) && !notAfterAdjective(t, i + 1)) {
            return new Run(i, i, i + 1, i); // "the Turkish leader": an adjective, no name
        }
        if (describedByNationality(t, i)) {
            return new Run(i, i, i + 1, i); // "the 24-year-old Spaniard": someone described, no name
        }
        int n = t.size();
        int j = i;
        while (j + 1 < n) {
            int k = j + 1;
            if (t.sentence(k) != t.sentence(i) && !t.has(j, Tokens.ABBREV)) {
                break;
            }
            if (t.has(k, Tokens.PARA_START)) {
                break;
            }
            if (namePart(t, k)) {
                j = k;
            } else if (nicknameEnd(t, k) > 0) {
                j = nicknameEnd(t, k) + 1; // past the nickname to the surname
            } else if (t.is(k, '&') && k + 1 < n && namePart(t, k + 1) && t.sentence(k + 1) == t.sentence(i)) {
                j = k + 1; // "Allegheny & Western Railroad", "Johnson & Johnson"
            } else if ((t.is(k, '\'') || t.is(k, '\u2019')) && t.endsWith(j, "s") && !t.spaceAfter(j) && k + 1 < n
                    && namePart(t, k + 1) && Lexicon.ORG_WORDS.contains(t, k + 1)) {
                j = k + 1; // "the Sefwi Bekwai Cocoa Farmers' Cooperative", "the Deccan Investors' Forum"
            } else if (t.is(k, "of") && t.is(k + 1, "the") && !t.isCap(k + 1) && namePart(t, k + 2)
                    && (Lexicon.BODY_HEADS.contains(t, j) || Lexicon.BODY_HEADS.contains(t, t.is(i, "the") ? i + 1 : i))
                    // ("the Ministry of Foreign Affairs of the Republic of Poland")
                    && t.sentence(k + 2) == t.sentence(i)) {
                j = k + 2; // "the Ministry of the Interior", "the Embassy of the Federal Republic of Nigeria"
            } else if (t.is(k, "and") && !t.isCap(k) && bodyNameJoined(t, i, k)) {
                j = k + 1; // "the Securities and Exchange Commission", "the Department of Health and Human Services"
            } else if (t.isWord(k) && !t.isCap(k) && Lexicon.NAME_JOINERS.contains(t, k) && k + 1 < n
                    && namePart(t, k + 1) && !t.is(k, "and") && (!t.is(k, "for") && !t.is(k, "on") || bodyOn(t, j, k + 1))
                    && !(t.is(k, "of") && personSoFar(t, i, j) && !Lexicon.TITLES.contains(t, j))) { // ("Ohio Secretary of State X")
                j = k + 1;
            } else if (Lexicon.NAME_SUFFIXES.contains(t, k) || (t.is(k, ',') && Lexicon.NAME_SUFFIXES.contains(t, k + 1))) {
                j = t.is(k, ',') ? k + 1 : k;
            } else {
                break;
            }
        }
        j = acronymExtent(t, i, j);
        // strip titles and sentence openers from the front
        int a = i;
        while (a <= j && !surnameAfterHonorific(t, a) && !newPlace(t, a) && !monthAsGivenName(t, a, j)
                && (Lexicon.TITLES.contains(t, a) || Lexicon.NOT_NAMES.contains(t, a)
                || (a < j && demonym(t, a) && Lexicon.TITLES.contains(t, a + 1))
                || (a == i && nationalityBeforeName(t, a, j))
                || (a == i && sentenceInitial(t, a) && (lower.contains(t, a) || adverb(t, a)
                        || a < j && Lexicon.ROLE_NOUNS.contains(t, a))))) {
            a++;
        }
        int b = j;
        while (b >= a && (Lexicon.NAME_SUFFIXES.contains(t, b) || t.is(b, ',') || Lexicon.NAME_JOINERS.contains(t, b))) {
            b--;
        }
        a = afterPortfolioTitle(t, a, b);
        if (a == i && b - a >= 2 && t.is(i - 1, "of") && Countries.of(key(t, a)) != null) {
            a++; // "President of the Republic of Kazakhstan Kassym-Jomart Tokayev": the country ends the post, not begins the name
        }
        return new Run(i, j, a, b);
    }

    /**
     * "and" inside a body's name: after "the" (or a body's word: "Department of Health and"), capitalised words
     * that end in a body's word ("Commission", "Council", "Services") follow it. Two names joined by "and"
     * ("Trump and Clinton", "Turkey and Greece") end in no such word, and two bodies each end in one.
     */
    /** {@link #bodyNameJoined} read backwards from the name's last word: is the "and" at {@code and} inside it? */
    static boolean andInBodyName(Tokens t, int and, int last) {
        if (!t.is(and, "and") || t.isCap(and) || !namePart(t, and - 1)) {
            return false;
        }
        int i = and - 1;
        while (i - 1 >= 0 && (namePart(t, i - 1) || t.is(i - 1, "of") && namePart(t, i - 2)) && t.sentence(i - 1) == t.sentence(and)) {
            i -= t.is(i - 1, "of") ? 2 : 1;
        }
        return bodyNameJoined(t, i, and) && last >= and + 1 && last <= and + 4 && bodyWord(t, last) && t.isCap(last);
    }

    private static boolean bodyNameJoined(Tokens t, int i, int and) {
        boolean opened = i > 0 && (t.is(i - 1, "the") || t.is(i - 1, "'s") || t.is(i - 1, "\u2019s")) || t.is(i, "the");
        for (int k = i; k < and && !opened; k++) {
            opened = Lexicon.ORG_WORDS.contains(t, k);
        }
        if (!opened || !namePart(t, and + 1) || Lexicon.BODY_HEADS.contains(t, and - 1)) {
            return false; // ("the Urban Institute and Brookings Institution": two bodies)
        }
        int q = and + 1;
        while (q + 1 < t.size() && (namePart(t, q + 1) || t.is(q + 1, "of") && namePart(t, q + 2))
                && t.sentence(q + 1) == t.sentence(and)) {
            q += t.is(q + 1, "of") ? 2 : 1;
        }
        return q - and <= 4 && bodyWord(t, q) && t.isCap(q);
    }

    /**
     * "Prime Minister Chidi Okonkwo of Nigeria": after a person's name "of" starts a phrase of its own;
     * after a body's head word it continues the name ("Bank of England", "Secretary of State").
     */
    private static boolean personSoFar(Tokens t, int i, int j) {
        boolean name = false;
        for (int k = i; k <= j; k++) {
            if (bodyWord(t, k) || t.isCap(k) && Lexicon.BODY_DESCRIPTIONS.contains(t, k)) {
                return false; // "Bank of America", "City of Millbrook Falls"
            }
            name |= namePart(t, k) && !Lexicon.TITLES.contains(t, k) && !Lexicon.NOT_NAMES.contains(t, k);
        }
        return name;
    }

    /** "audio maker Brightwell", "the retailer Osko": the lower-case noun right before the name is a body's */
    private boolean bodyDescribed(Run r) {
        int k = r.first() - 1;
        return k >= 0 && t.isWord(k) && !t.isCap(k) && isOrgNoun(key(t, k));
    }

    /** a word that makes a name a body's: "Ministry", "Energy", a capitalised "Maritime" */
    private static boolean bodyWord(Tokens t, int k) {
        return Lexicon.ORG_WORDS.contains(t, k) || t.isCap(k) && Lexicon.COMPANY_NAME_ENDS.contains(t, k);
    }

    /**
     * "June Abernathy", "April Reyes": a month that is a given name, before a surname and not after a
     * word that would make it a date ("in June Smith ..." stays ambiguous and is read as a date)
     */
    private static boolean monthAsGivenName(Tokens t, int a, int j) {
        if (!(t.is(a, "june") || t.is(a, "april") || t.is(a, "may") || t.is(a, "august")) || a >= j || !namePart(t, a + 1)) {
            return false;
        }
        int p = a - 1;
        return p < 0 || !(t.is(p, "in") || t.is(p, "on") || t.is(p, "since") || t.is(p, "by") || t.is(p, "until")
                || t.is(p, "last") || t.is(p, "next") || t.is(p, "early") || t.is(p, "late") || t.is(p, "mid") || t.is(p, "from")
                || t.is(p, "through") || t.is(p, "of") || t.is(p, "during") || t.is(p, "before") || t.is(p, "after"));
    }

    /** "New York", "New Zealand": "New" opening a place name is part of it, not an adjective */
    private static boolean newPlace(Tokens t, int a) {
        return t.is(a, "new") && Lexicon.NEW_PLACES.contains(t, a + 1);
    }

    /** "Mr. King", "Ms. Bishop": after an honorific comes a surname, even one that is also a title */
    private static boolean surnameAfterHonorific(Tokens t, int a) {
        return a > 0 && (t.is(a - 1, "mr.") || t.is(a - 1, "mrs.") || t.is(a - 1, "ms.") || t.is(a - 1, "mr") || t.is(a - 1, "mrs")
                || t.is(a - 1, "ms")) && namePart(t, a) && !t.is(a, "president") && !t.is(a, "speaker") && !t.is(a, "chairman")
                && !t.is(a, "secretary") && !t.is(a, "justice");
    }

    /**
     * "Commission on Presidential Debates", "Center for American Progress": a body's name goes on past
     * "on" or "for"; after a person's name those start a phrase of their own ("Trump on Monday").
     */
    private static boolean bodyOn(Tokens t, int body, int next) {
        return Lexicon.ORG_WORDS.contains(t, body) && !Lexicon.TIME_WORDS.contains(t, next);
    }

    /**
     * "Fisheries Minister Lena Sorensen", "Health Secretary Ana Ruiz": a portfolio word before a title
     * belongs to the role, not the name. The name starts after the last title that is followed by at
     * least two name words (one word after a title may be the rest of the office, "Minister Mentor").
     */
    static int afterPortfolioTitle(Tokens t, int a, int b) {
        for (int k = b - 2; k > a; k--) {
            if (Lexicon.TITLES.contains(t, k) && namePart(t, k + 1) && namePart(t, k + 2)) {
                for (int m = k + 1; m <= b; m++) {
                    if (!namePart(t, m) || Lexicon.TITLES.contains(t, m)) {
                        return a;
                    }
                }
                return k + 1;
            }
        }
        return a;
    }

    /**
     * A word no adjective stands before: a preposition, a weekday or an adverb in -ly. The endings {@link #demonym}
     * reads are those of surnames too ("Gingrich", "Bush", "Rouhani", "Salvini"), and "Rouhani on Monday said" or
     * "Gingrich cynically dismissed" is a name, where "the Turkish leader" is an adjective.
     */
    private static boolean notAfterAdjective(Tokens t, int k) {
        return Lexicon.PREPOSITIONS.contains(t, k) || Lexicon.WEEKDAYS.contains(t, k)
                || t.length(k) > 4 && t.endsWith(k, "ly") && !Lexicon.LY_NOUNS.contains(t, k);
    }

    /** "Turkish", "American", "Israeli": capitalised adjectives of place */
    static boolean demonym(Tokens t, int i) {
        if (!t.isWord(i) || t.length(i) < 4) {
            return false;
        }
        String s = t.text();
        int e = t.end(i);
        char last = s.charAt(e - 1);
        char prev = s.charAt(e - 2);
        if (last == 'h' && (prev == 's' || prev == 'c')) {
            return true; // Turkish, British, French, Dutch
        }
        if (last == 'e' && prev == 's' && s.charAt(e - 3) == 'e') {
            return true; // Chinese, Japanese
        }
        if (Lexicon.UNSUFFIXED_DEMONYMS.contains(t, i)) {
            return true; // "Swiss hearing-technology start-up Lumeris": an adjective the suffixes miss
        }
        if (t.length(i) >= 6 && last == 'n' && prev == 'a' && (s.charAt(e - 3) == 'i' || s.charAt(e - 3) == 'c' || s.charAt(e - 3) == 'e')) {
            return true; // Russian, American, European
        }
        return last == 'i' && (prev == 'l' || prev == 'n' || prev == 'q' || prev == 'b');
    }

    /**
     * "the Brazilian", "the 24-year-old Spaniard", "the veteran Dutchman": a nationality noun alone,
     * after an article and at most a few lower-case words, ages or numbers, and before no name.
     */
    static boolean describedByNationality(Tokens t, int i) {
        if (!t.isCap(i) || !Lexicon.PERSON_DEMONYMS.contains(t, i) || i + 1 < t.size() && namePart(t, i + 1)
                && t.sentence(i + 1) == t.sentence(i) || nounAfter(t, i + 1)) {
            return false; // ("the Saudi government", "the Greek side": an adjective)
        }
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            if (t.is(k, "the")) {
                return true;
            }
            if (t.isWord(k) && t.isCap(k) && !t.has(k, Tokens.SENT_START) || !t.isWord(k) && !t.is(k, '-') && t.kind(k) != Tokens.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /** a noun the word before qualifies: a post, a body, a group, a document */
    private static boolean nounAfter(Tokens t, int k) {
        return k < t.size() && t.isWord(k) && !t.isCap(k) && (Lexicon.ROLE_NOUNS.contains(t, k) || Lexicon.ORG_WORDS.contains(t, k)
                || Lexicon.GROUP_NOUNS.contains(t, k) || Lexicon.BODY_DESCRIPTIONS.contains(t, k) || Lexicon.DOCUMENTS.contains(t, k)
                || Lexicon.COMPANY_DESCRIPTIONS.contains(t, k));
    }

    /**
     * "Brazilian Luiz Tavares", "Spaniard Carlos Moya": a nationality noun before a person's name of
     * two words or more describes her (it becomes a role), unless the run is a body's name ("American
     * Civil Liberties Union") or the word is also a given name ("Finn Ryan Walsh").
     */
    private static boolean nationalityBeforeName(Tokens t, int a, int j) {
        if (j - a < 2 || !Lexicon.PERSON_DEMONYMS.contains(t, a) || Lexicon.DEMONYM_GIVEN_NAMES.contains(t, a)) {
            return false;
        }
        for (int k = a + 1; k <= j; k++) {
            if (bodyWord(t, k) || Lexicon.PLACE_ENDS.contains(t, k) || Lexicon.TITLES.contains(t, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Mrs Strachan's husband, Alasdair,", "his wife, Laura,": a given name alone in apposition to a
     * kin noun takes the family name of the one whose kin it is (named in full before); null otherwise.
     */
    private String kinsFamilyName(Run r) {
        int kin = r.first() - 2;
        if (r.first() != r.nameFirst() || kin < 1 || !t.is(r.first() - 1, ',') || !(t.is(r.last() + 1, ',') || t.is(r.last() + 1, '.'))
                || !(Lexicon.MALE_KIN.contains(t, kin) || Lexicon.FEMALE_KIN.contains(t, kin))) {
            return null;
        }
        Member owner = null;
        int p = kin - 1;
        if ((t.is(p, "'s") || t.is(p, "\u2019s")) && p > 0 && mentionAt[p - 1] >= 0) {
            owner = mentions.get(mentionAt[p - 1]).member();
        } else if (t.is(p, "his") || t.is(p, "her")) {
            owner = recentPerson(p, t.is(p, "his") ? MALE : FEMALE, -1);
        }
        if (owner == null || !owner.person || owner.keys.size() < 2) {
            return null;
        }
        String name = owner.name();
        int space = name.lastIndexOf(' ');
        // "Pieter de Vries": the particle goes with the family name
        int before = name.lastIndexOf(' ', space - 1);
        if (before >= 0 && Lexicon.NAME_JOINERS.contains(name, before + 1, space)) {
            space = before;
        }
        return name.substring(space + 1);
    }

    /** "Conversely," "Ultimately": a capitalised adverb opening a sentence */
    static boolean adverb(Tokens t, int i) {
        return t.length(i) > 5 && t.endsWith(i, "ly") && t.is(i + 1, ',');
    }

    static boolean startsName(Tokens t, int i, LowerWords lower) {
        if (!namePart(t, i)) {
            return false;
        }
        int p = i - 1;
        return p < 0 || !namePart(t, p) || t.sentence(p) != t.sentence(i) || t.has(i, Tokens.PARA_START);
    }

    static boolean namePart(Tokens t, int i) {
        return i >= 0 && i < t.size() && t.isWord(i) && (t.isCap(i) || particleName(t, i));
    }

    /** the hyphen within the first four chars of the token [s, e), or -1: looked for in the token only */
    private static int particleDash(String text, int s, int e) {
        for (int k = s + 1; k < e && k <= s + 3; k++) {
            if (text.charAt(k) == '-') {
                return k;
            }
        }
        return -1;
    }

    /** "al-Mansouri", "el-Baradei", "bin-Talal": a lower-case particle joined to a capitalised name */
    private static boolean particleName(Tokens t, int i) {
        if (t.length(i) < 5) {
            return false;
        }
        String text = t.text();
        int s = t.start(i);
        char c = text.charAt(s);
        if (c != 'a' && c != 'e' && c != 'b') {
            return false; // (asked of nearly every word: the particles below start with these)
        }
        int dash = particleDash(text, s, t.end(i));
        return dash > s && dash + 1 < t.end(i) && Character.isUpperCase(text.charAt(dash + 1))
                && (t.startsWith(i, "al-") || t.startsWith(i, "el-") || t.startsWith(i, "ad-") || t.startsWith(i, "as-")
                || t.startsWith(i, "ash-") || t.startsWith(i, "bin-") || t.startsWith(i, "abu-"));
    }

    /**
     * Walter "Wally" Kessel: when token i opens a quoted nickname of one or two capitalised words between
     * two name parts, the index of its closing mark; otherwise -1.
     */
    static int nicknameEnd(Tokens t, int i) {
        if (i < 1 || i + 2 >= t.size() || t.kind(i) != Tokens.MARK || !namePart(t, i - 1) || !namePart(t, i + 1)
                || !t.has(i, Tokens.SPACE_BEFORE) || t.has(i + 1, Tokens.SPACE_BEFORE)) {
            return -1; // an opening mark: space before, none after ("Shakin' Goin' On" has apostrophes)
        }
        int close = t.kind(i + 2) == Tokens.MARK ? i + 2 : namePart(t, i + 2) && i + 3 < t.size() && t.kind(i + 3) == Tokens.MARK ? i + 3 : -1;
        return close > 0 && namePart(t, close + 1) && t.sentence(close + 1) == t.sentence(i) ? close : -1;
    }

    /** the opening mark of the nickname whose closing mark is i, or -1 */
    static int nicknameStart(Tokens t, int i) {
        for (int o = i - 2; o >= i - 3 && o >= 1; o--) {
            if (nicknameEnd(t, o) == i) {
                return o;
            }
        }
        return -1;
    }

    static boolean sentenceInitial(Tokens t, int i) {
        if (t.has(i, Tokens.SENT_START)) {
            return true;
        }
        int p = i - 1;
        return p >= 0 && (t.kind(p) == Tokens.MARK || t.is(p, '(') || t.is(p, '\u2014')) && (p == 0 || t.has(p, Tokens.SENT_START)
                || t.is(p - 1, ':') || t.is(p - 1, ',') || t.is(p - 1, '.'));
    }

    private void add(Run r, boolean isQuoted) {
        // sized to the run: a default list grows on its first add, the most allocated array of a statement
        List<String> keys = new ArrayList<>(Math.max(0, r.nameLast() - r.nameFirst() + 1));
        for (int k = r.nameFirst(); k <= r.nameLast(); k++) {
            int nick = nicknameEnd(t, k);
            if (nick > 0) {
                k = nick; // the nickname is not part of the name's keys
            } else if (namePart(t, k)) {
                keys.add(key(t, k));
            }
        }
        if (keys.isEmpty() || dateline(r)) {
            return;
        }
        boolean org = false;
        for (int k = r.nameFirst(); k <= r.nameLast(); k++) {
            int nick = nicknameEnd(t, k);
            if (nick > 0) {
                k = nick; // Marcia "Cia" Price is no CIA
            } else if (t.is(k, '&') || bodyWord(t, k) && !(k == r.nameLast() && k == r.nameFirst() + 1
                    && givenNameGender(r.nameFirst()) != UNKNOWN)) {
                // "Moore & Van Allen": an ampersand joins a firm's names, not a person's; "Étienne Carrier" is a
                // given name and a family name that happens to be a word for a body
                org = true;
            }
        }
        if (r.nameLast() == r.nameFirst() && t.has(r.nameFirst(), Tokens.ALL_CAPS) && t.length(r.nameFirst()) <= 5
                && !hasDigit(r.nameFirst())) {
            org = true; // NATO, CNN, FBI (not a model number: "HX23")
        }
        if (r.nameLast() > r.nameFirst() + 1 && Lexicon.BODY_DESCRIPTIONS.contains(t, r.nameFirst()) && t.is(r.nameFirst() + 1, "of")) {
            org = true; // "the City of Millbrook Falls", "the Port of Tacoma": a body named for its place
        }
        boolean titled = false;
        int gender = UNKNOWN;
        for (int k = r.first(); k < r.nameFirst(); k++) {
            if (Lexicon.TITLES.contains(t, k) && !t.is(k, "the")) {
                titled = true;
            }
            if (Lexicon.MALE_TITLES.contains(t, k)) {
                gender = MALE;
            } else if (Lexicon.FEMALE_TITLES.contains(t, k)) {
                gender = FEMALE;
            }
        }
        String familyName = keys.size() == 1 ? kinsFamilyName(r) : null;
        if (familyName != null) {
            keys.add(key(familyName));
            gender = Lexicon.MALE_KIN.contains(t, r.first() - 2) ? MALE : FEMALE;
        }
        Member m = keys.size() == 1 && Lexicon.ORG_WORDS.contains(keys.get(0)) ? shortFormOfBody(keys.get(0)) : null;
        if (m == null && keys.size() == 1 && r.nameFirst() > 0 && (t.is(r.nameFirst() - 1, "sir") || t.is(r.nameFirst() - 1, "dame"))) {
            m = byGivenName(keys.get(0)); // "Sir Elton" is Elton John
        }
        if (m == null) {
            m = match(keys, gender);
            if (m != null && m.org && keys.size() == 1 && ageAfter(r)) {
                Member person = familyNameFirst(keys.get(0)); // "Han, 61,": Han Seung-woo, not "Han River News"
                m = person != null ? person : m;
            }
            if (m == null && keys.size() <= 2) {
                m = knownAs(r, String.join(" ", keys)); // "Marcos Antonio Ribeiro, known to everyone as Marquinhos"
            }
            if (m == null && keys.size() == 1 && (titled || speaksHere(r) || describedAfter(r))) {
                m = personByInnerName(keys.get(0), gender); // "Liu said", "said Ms. Nguyen", "said Ruiz"
            }
        }
        if (m == null && org && keys.size() > 1) {
            m = headlineShortForm(keys);
            if (m != null) {
                m.name = nameText(r);
            }
        }
        if (m == null && !org && keys.size() > 1 && !isQuoted) {
            m = headlinePerson(keys);
            if (m != null) {
                m.name = nameText(r);
            }
        }
        if (m == null) {
            m = new Member();
            m.keys = keys;
            m.name = familyName == null ? nameText(r) : nameText(r) + " " + familyName;
            m.nameTokens = keys.size();
            members.add(m);
            byLast.computeIfAbsent(m.last(), k -> new ArrayList<>(2)).add(m);
        } else if (keys.size() > m.nameTokens && keys.containsAll(m.keys) && m.last().equals(keys.get(keys.size() - 1))
                && !isQuoted) { // a nickname inside a quote ("Crooked Hillary Clinton") is not the fuller name

            m.keys = keys;
            m.name = nameText(r);
            m.nameTokens = keys.size();
        }
        org |= !titled && bodyDescribed(r); // "Consumer audio maker Brightwell"
        // "Douglas Fenn, Silver State Renewal's treasurer": a name whose post-holder is named is a body's,
        // unless it starts with a given name ("Hillary Clinton's chairman")
        if (!titled && keys.size() >= 2 && givenNameGender(r.nameFirst()) == UNKNOWN && postOfBodyAfter(r.nameLast())) {
            org = true;
            m.person = false; // (whatever an earlier mention with no such clue suggested)
        }
        m.org |= org;
        boolean place = !titled && (Lexicon.PLACE_ENDS.contains(t, r.nameLast()) || Lexicon.DAY_NAME_ENDS.contains(t, r.nameLast()));
        // (not "the Krishi Bhavan", "the Grand Palais": a name after a lower-case "the" is a place or a thing)
        boolean afterThe = !titled && r.first() > 0 && r.first() == r.nameFirst() && t.is(r.first() - 1, "the") && !t.isCap(r.first() - 1);
        m.person |= !org && !m.org && !place && !afterThe && (keys.size() >= 2 || titled || givenNameSpeaking(r)) || familyName != null;
        if (gender == UNKNOWN && m.gender == UNKNOWN && !org) {
            gender = kinBefore(r.first()); // "her husband, former President Harlan Whitcomb": a man
        }
        if (gender != UNKNOWN) {
            m.gender = gender;
        } else if (m.gender == UNKNOWN && (keys.size() >= 2 || m.person)) {
            int g = givenNameGender(r.nameFirst());
            if (g != UNKNOWN) {
                m.gender = g;
            }
        }
        roles(r, m);
        acronymAfter(r, m);
        if (!sentenceInitial(t, r.first())) {
            m.inner++;
        }
        int idx = mentions.size();
        if (m.latest < 0) {
            m.firstToken = r.nameFirst();
        }
        m.latest = idx;
        mentions.add(new Mention(r.nameFirst(), r.nameLast(), m, isQuoted));
        for (int k = r.first(); k <= r.last(); k++) {
            mentionAt[k] = idx;
        }
    }

    /**
     * "the Compagnie Lemanique de Navigation (CLN)": the acronym in brackets after a body's name is that
     * body when the story uses it later.
     */
    private void acronymAfter(Run r, Member m) {
        int o = r.last() + 1;
        if (r.nameLast() == r.nameFirst() || !t.is(o, '(') || !t.is(o + 2, ')') || !t.isWord(o + 1)
                || !t.has(o + 1, Tokens.ALL_CAPS) || t.length(o + 1) < 2) {
            return;
        }
        if (!m.org) {
            if (!initials(r, t.string(o + 1))) {
                return;
            }
            m.org = true; // "Societe Alpine de Transport (SAT)": spelled out with its acronym, a body
            m.person = false;
        }
        m.acronym = key(t, o + 1);
        List<Member> same = byLast.computeIfAbsent(m.acronym, k -> new ArrayList<>(2));
        if (!same.contains(m)) {
            same.add(m);
        }
    }

    /** whether the acronym is the initials of the name's capitalised words */
    private boolean initials(Run r, String acronym) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nameFirst(); k <= r.nameLast(); k++) {
            if (t.isWord(k) && t.isCap(k)) {
                b.append(t.first(k));
            }
        }
        return b.length() >= 2 && b.toString().equals(acronym);
    }

    /** "Melanie said": a given name alone, as the subject of a cue, is a person (and says a gender) */
    private boolean givenNameSpeaking(Run r) {
        int next = r.nameLast() + 1;
        return r.nameFirst() == r.nameLast() && next < t.size() && Lexicon.CUES.contains(t, next) && !t.isCap(next)
                && givenNameGender(r.nameFirst()) != UNKNOWN;
    }

    private int givenNameGender(int k) {
        if (Lexicon.FEMALE_NAMES.contains(t, k) && !Lexicon.MALE_NAMES.contains(t, k)) {
            return FEMALE;
        }
        if (Lexicon.MALE_NAMES.contains(t, k) && !Lexicon.FEMALE_NAMES.contains(t, k)) {
            return MALE;
        }
        return UNKNOWN;
    }

    private String nameText(Run r) {
        String name = t.text().substring(t.start(r.nameFirst()), t.end(r.nameLast()));
        for (int k = r.nameFirst(); k < r.nameLast(); k++) {
            int nick = nicknameEnd(t, k);
            if (nick > 0 && nick < r.nameLast()) {
                // Walter "Wally" Kessel is Walter Kessel
                return t.text().substring(t.start(r.nameFirst()), t.start(k)) + t.text().substring(t.start(nick + 1), t.end(r.nameLast()));
            }
        }
        return name;
    }

    /** titles, role words before the name and an apposition after it become the member's roles */
    private void roles(Run r, Member m) {
        // "Press Secretary of the President Dinara Seitqali": "the President" is her principal's post (a title
        // before a name takes no article), hers is the one before it; not so "advisers to President Obama"
        int link = r.first() - 2;
        if (t.is(r.first() - 1, "the") && (t.is(link, "of") || t.is(link, "to") || t.is(link, "for"))
                && Lexicon.ROLE_NOUNS.contains(t, link - 1) && r.first() < r.nameFirst() && Lexicon.ROLE_NOUNS.contains(t, r.first())) {
            addRole(m, key(t, link - 1));
            return;
        }
        for (int k = r.first(); k < r.nameFirst(); k++) {
            String word = key(t, k);
            if (!bodysWord(m, word) || k + 1 == r.nameFirst() || Lexicon.CHAMBERS.contains(t, k)) {
                addRole(m, word); // but "Ministry spokeswoman Ilona Varga" is not the ministry ("Senate Majority Leader" is a senator)
            }
        }
        // "Sen. Rachel Novak (D-Minn.)": later "the Minnesota Democrat"
        int o = r.last() + 1;
        if ((t.is(o, '(') && t.is(o + 2, ')') || t.is(o, ',') && (t.is(o + 2, ',') || t.is(o + 2, '.'))) && t.isWord(o + 1)) {
            m.roles.addAll(Lexicon.partyRoles(t.string(o + 1))); // "(D-Minn.)", ", R-Texas,"
        }
        partyInBrackets(o, m);
        // lower-case role words right before the run: "campaign manager Robby Mook", "Republican nominee X"
        int k = r.first() - 1;
        int taken = 0;
        while (k >= 0 && taken < 4 && t.isWord(k) && !Lexicon.DETERMINERS.contains(t, k)
                && t.sentence(k) == t.sentence(r.first()) && (Lexicon.ROLE_NOUNS.contains(t, k) || Lexicon.TITLES.contains(t, k)
                || (t.isCap(k) && taken > 0))) {
            String word = key(t, k);
            if (taken == 0 || !bodysWord(m, word)) {
                addRole(m, word); // "Ministry spokeswoman Ilona Varga" is a spokeswoman, not the ministry
            }
            if (Lexicon.FEMALE_KIN.contains(t, k) || Lexicon.FEMALE_TITLES.contains(t, k)) {
                m.gender = FEMALE; // "9/11 widow Terry Strada": the role says it, whatever the given name suggests
            } else if (Lexicon.MALE_KIN.contains(t, k) || Lexicon.MALE_TITLES.contains(t, k)) {
                m.gender = MALE;
            }
            k--;
            taken++;
        }
        roleBefore(r, m);
        if (t.is(r.last() + 1, ',')) {
            postInRelativeClause(r.last() + 2, m);
        }
        // "His Highness the Emir Sheikh X": later "His Highness stressed that"
        int style = t.is(r.first() - 1, "the") ? r.first() - 2 : r.first() - 1;
        if (t.is(style, "highness") || t.is(style, "majesty") || t.is(style, "excellency")) {
            addRole(m, key(t, style));
        }
        if (!m.org) {
            officialPostAfter(r.last() + 1, m);
            officialPostBefore(r.first() - 1, m);
        }
        // apposition: "X, the Turkish leader," / "X, a former secretary of state,"
        int a = r.last() + 1;
        if (t.is(a, ',') && a + 2 < t.size() && t.kind(a + 1) == Tokens.NUMBER && t.is(a + 2, ',')) {
            m.roles.add(age(t.string(a + 1))); // "Kieran Doyle, 19,": later "the 19-year-old"
        }
        if (a + 2 < t.size() && t.is(a, ',') && (t.is(a + 1, "the") || t.is(a + 1, "a") || t.is(a + 1, "an"))) {
            List<String> words = new ArrayList<>();
            boolean role = false;
            int q = a + 2;
            for (; q < t.size() && q < a + 12; q++) {
                if (t.is(q, '-') && !t.spaceAfter(q) && t.isWord(q + 1)) {
                    continue; // "a package-tracking app"
                }
                if ((t.is(q, '\'') || t.is(q, '\u2019')) && t.endsWith(q - 1, "s") && t.isWord(q + 1)) {
                    continue; // "a farmers' body"
                }
                if (!t.isWord(q) || t.is(q, "who") || t.is(q, "of") || t.is(q, "and") || t.is(q, "for") || t.is(q, "at")) {
                    break;
                }
                if (!words.isEmpty() && !t.isCap(q) && t.endsWith(q, "ed") && t.length(q) >= 4) {
                    describedAsBody(m, words); // "Parcelwise, a package-tracking app used by millions,"
                    return;
                }
                if (Lexicon.CUES.contains(t, q) || Lexicon.BETWEEN.contains(t, q) || Lexicon.DETERMINERS.contains(t, q)) {
                    if (t.is(q, "that") || t.is(q, "which")) {
                        describedAsBody(m, words); // "Lumen Audio, the company that makes speakers,"
                    }
                    return;
                }
                role |= Lexicon.ROLE_NOUNS.contains(t, q);
                words.add(key(t, q));
            }
            boolean closed = q >= t.size() || t.is(q, ',') || t.is(q, '.') || t.is(q, "of") || t.is(q, "for") || t.is(q, "at")
                    || t.is(q, ';') || t.is(q, '\u2014');
            if (role && (closed || t.is(q, "who"))) {
                words.forEach(w -> addRole(m, w)); // ("Dr Anil Mehra, a former Treasury economist who now runs ...,")
            }
            if (t.is(q, "who")) {
                postInRelativeClause(q, m); // "X, the Gatineau city councillor who chairs the board,"
            }
            if (closed || t.is(q, "who")) {
                describedAsBody(m, words); // "Parcelwise, the parcel locker operator,"
            }
        }
    }

    /**
     * "Claire Morley, who has chaired the association since 2019,": the verb says her post, so that
     * "the chair of the local association" a paragraph before can name her.
     */
    private void postInRelativeClause(int who, Member m) {
        if (!t.is(who, "who")) {
            return;
        }
        int k = who + 1;
        while (k < who + 4 && (t.is(k, "has") || t.is(k, "have") || t.is(k, "had") || t.is(k, "also") || t.is(k, "now")
                || t.is(k, "still"))) {
            k++;
        }
        List<String> posts = k < t.size() && t.isWord(k) ? Lexicon.POSTS_BY_VERB.get(t.string(k).toLowerCase(java.util.Locale.ROOT)) : null;
        if (posts != null) {
            posts.forEach(w -> addRole(m, w));
            m.postsByClause.addAll(posts);
        }
    }

    /**
     * "X, President of the Federal Republic of Nigeria," / "X, Foreign Minister of Iran,": the apposition
     * of official statements, a capitalised post and the place it is of, without an article.
     */
    private void officialPostAfter(int comma, Member m) {
        if (!t.is(comma, ',')) {
            return;
        }
        int k = comma + 1;
        while (k < comma + 4 && k < t.size() && t.isWord(k) && t.isCap(k) && !Lexicon.ROLE_NOUNS.contains(t, k)) {
            k++; // "Foreign", "Deputy", "Prime"
        }
        if (k < t.size() && t.isCap(k) && Lexicon.ROLE_NOUNS.contains(t, k) && t.is(k + 1, "of")) {
            for (int q = comma + 1; q <= k; q++) {
                addRole(m, key(t, q));
            }
            m.roles.addAll(placeAfterOf(k + 1));
        }
    }

    /**
     * "the President of the Republic of Indonesia, His Excellency X,": a post of a place written before the
     * name and its comma, the place's words kept as roles ("indonesia"), so "the Indonesian President" finds X.
     */
    private void officialPostBefore(int before, Member m) {
        // after a comma, or after the "of" of a post whose country opened the run ("of Kazakhstan Kassym-Jomart Tokayev")
        int from = t.is(before, ',') ? before - 1 : t.is(before, "of") ? before : -1;
        int post = -1;
        for (int k = from; k > 0 && k > from - 10 && (t.isCap(k) || t.is(k, "of") || t.is(k, "the")); k--) {
            if (t.is(k, "of") && t.isCap(k - 1) && Lexicon.ROLE_NOUNS.contains(t, k - 1)) {
                post = k - 1;
            }
        }
        if (post < 0) {
            return;
        }
        int first = post;
        while (first - 1 >= 0 && t.isWord(first - 1) && t.isCap(first - 1) && !t.has(first, Tokens.SENT_START) && post - first < 2) {
            first--; // "Deputy", "Foreign"
        }
        boolean opens = t.has(first, Tokens.SENT_START) || first > 0 && (t.is(first - 1, "the") || !t.isWord(first - 1)); // ("ASTANA — President of ...")
        if (!opens) {
            return;
        }
        for (int q = first; q <= post; q++) {
            addRole(m, key(t, q));
        }
        m.roles.addAll(placeAfterOf(post + 1));
        if (from == before) {
            m.roles.add(key(t, before + 1)); // the country the run began with
        }
    }

    /** the capitalised words after a post's "of", lower-cased: "of the Republic of Indonesia" -> republic, indonesia */
    private List<String> placeAfterOf(int of) {
        List<String> words = new ArrayList<>(4);
        for (int k = of + 1; k < t.size() && k < of + 10; k++) {
            if (t.is(k, "of") || t.is(k, "the")) {
                continue;
            }
            if (!t.isWord(k) || !t.isCap(k)) {
                break;
            }
            words.add(key(t, k));
        }
        return words;
    }

    /**
     * Where a name ends when an acronym in brackets spells more of it: "the Joint Chiefs of Staff (JCS)" runs
     * to "Staff", since J-C-S are the initials of "Joint Chiefs ... Staff"; j when no acronym says so.
     */
    static int acronymExtent(Tokens t, int i, int j) {
        int k = j + 1;
        int end = j;
        while (k < t.size() && k <= j + 6 && (t.is(k, "of") || t.is(k, "the") || t.is(k, "and") || t.is(k, "for") || namePart(t, k))) {
            if (namePart(t, k)) {
                end = k;
            }
            k++;
        }
        if (end == j || !t.is(end + 1, '(') || !t.is(end + 3, ')') || !t.has(end + 2, Tokens.ALL_CAPS)) {
            return j;
        }
        StringBuilder initials = new StringBuilder();
        for (int q = i; q <= end; q++) {
            if (t.isWord(q) && t.isCap(q)) {
                initials.append(t.text().charAt(t.start(q)));
            }
        }
        String acronym = t.string(end + 2);
        return acronym.length() >= 2 && initials.toString().endsWith(acronym) ? end : j;
    }

    /** a title or a post among the member's roles: evidence of a person */
    private static boolean hasPost(Member m) {
        for (String r : m.roles) {
            if (Lexicon.ROLE_NOUNS.contains(r) || Lexicon.TITLES.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** "Cllr Declan Furey (Fine Gael)": later "the Fine Gael councillor"; capitalised words only, up to three */
    private void partyInBrackets(int open, Member m) {
        if (!t.is(open, '(')) {
            return;
        }
        int k = open + 1;
        while (k < t.size() && k <= open + 3 && t.isWord(k) && t.isCap(k) && t.kind(k) != Tokens.NUMBER) {
            k++;
        }
        if (k > open + 1 && t.is(k, ')')) {
            for (int q = open + 1; q < k; q++) {
                m.roles.add(key(t, q));
            }
        }
    }

    /** an apposition whose head is a body's noun makes the name a body's: "X, the parcel locker operator," */
    private static void describedAsBody(Member m, List<String> words) {
        // a name of several words is taken for a person's until something says otherwise: "Paschim Odisha
        // Krushak Sangathan, a farmers' body," says so, unless a title, a gender or a role said it was a person
        if (!words.isEmpty() && (!m.person || m.gender == UNKNOWN && !hasPost(m))) {
            String head = words.get(words.size() - 1);
            // (but "Dunmore Flats, a town of about 6,000 people," is a place: the town speaks as its council)
            if (isOrgNoun(head) && !Lexicon.ROLE_NOUNS.contains(head) && (!m.person || !Lexicon.BODY_DESCRIPTIONS.contains(head))) {
                m.org = true;
                m.person = false;
            }
        }
    }

    /** "TOKYO —", "OSLO (Reuters) -": a dateline in capitals opening a paragraph is a place, nobody who speaks */
    private boolean dateline(Run r) {
        if (!t.has(r.first(), Tokens.PARA_START)) {
            return false;
        }
        for (int k = r.first(); k <= r.last(); k++) {
            if (t.isWord(k) && !t.has(k, Tokens.ALL_CAPS)) {
                return false;
            }
        }
        int n = r.last() + 1;
        return t.is(n, '\u2014') || t.is(n, '\u2013') || t.is(n, '-') || t.is(n, '(') || t.is(n, ',') && t.isWord(n + 1) && t.isCap(n + 1)
                && (t.is(n + 2, '\u2014') || t.is(n + 2, '\u2013') || t.is(n + 2, '-') || t.is(n + 2, '(') || t.is(n + 2, ','));
    }

    /**
     * The apposition the other way round: "The cantonal transport minister, Karin Zbinden, called ...",
     * "Halvorsen's chief executive, Ingrid Solbakk, said": a description ending in a role noun, then the
     * name set off by commas.
     */
    private void roleBefore(Run r, Member m) {
        int comma = r.first() - 1;
        if (!t.is(comma, ',') || !(t.is(r.last() + 1, ',') || t.is(r.last() + 1, '.'))) {
            return;
        }
        List<String> words = new ArrayList<>();
        int end = comma - 1;
        // "The MP for Wexley North, Priya Lal,", "the senator from Ohio, Ann Vey,": the place qualifies the role
        int c = end;
        while (c > 0 && c > end - 4 && namePart(t, c) && !t.has(c, Tokens.SENT_START)) {
            c--;
        }
        if (c < end && (t.is(c, "for") || t.is(c, "from") || t.is(c, "of")) && Lexicon.ROLE_NOUNS.contains(t, c - 1)) {
            for (int q = c + 1; q <= end; q++) {
                words.add(key(t, q));
            }
            end = c - 1;
        }
        if (!Lexicon.ROLE_NOUNS.contains(t, end)) {
            return;
        }
        // "The Victorian Premier, Dianne Kostakis,": British and Australian copy capitalises the post
        boolean titleCase = t.isCap(end) && !t.has(end, Tokens.SENT_START) && !t.has(end, Tokens.ALL_CAPS);
        int k = end;
        for (; k >= 0 && k > end - 5 && t.isWord(k) && t.sentence(k) == t.sentence(r.first()); k--) {
            if (Lexicon.DETERMINERS.contains(t, k) || t.is(k, "'s") || t.is(k, "\u2019s")) {
                break;
            }
            if (Lexicon.CUES.contains(t, k) || Lexicon.BETWEEN.contains(t, k) || Lexicon.AUX.contains(t, k) || t.isCap(k)
                    && !titleCase && !t.has(k, Tokens.SENT_START) && !(k == end && t.has(k, Tokens.ALL_CAPS))) {
                return; // "..., said the finance minister, X": not one description
            }
            words.add(key(t, k));
        }
        // a capitalised post needs its article ("The Premier, X,"), or it may be a name or a list: "Bristol, X,"
        boolean opens = titleCase ? k >= 0 && (Lexicon.DETERMINERS.contains(t, k) || t.is(k, "'s") || t.is(k, "\u2019s"))
                : k < 0 || Lexicon.DETERMINERS.contains(t, k) || t.is(k, "'s") || t.is(k, "\u2019s") || t.has(k + 1, Tokens.SENT_START);
        if (opens && !words.isEmpty() && (t.is(k, "'s") || t.is(k, "\u2019s")) && k > 0 && t.isCap(k - 1)) {
            words.add(key(t, k - 1)); // "UNHCR's Assistant High Commissioner, X,": later "the UNHCR official"
        }
        if (opens && !words.isEmpty()) {
            // "campaign co-chairman": the body's word says whose chairman, the person is not "the campaign"
            words.stream().filter(w -> !Lexicon.ORG_WORDS.contains(w) || Lexicon.ROLE_NOUNS.contains(w) && !isOrgNoun(w))
                    .forEach(w -> addRole(m, w));
        }
    }

    /** the role an age is kept as: "Kieran Doyle, 19," is "the 19-year-old" */
    static String age(String years) {
        return "age:" + years;
    }

    /** the person of any gender last named as a sentence's subject, near token at, or null */
    Member recentSubject(int at) {
        return recentSubject(at, UNKNOWN);
    }

    /** a body's word before a person's name ("Ministry spokeswoman Ilona Varga"): it qualifies her role, it is not hers */
    private static boolean bodysWord(Member m, String word) {
        return !m.org && isOrgNoun(word);
    }

    /** a role and the other names of that post ("sen." is also "senator" and "lawmaker") */
    private static void addRole(Member m, String role) {
        if (m.roles.add(role)) {
            Lexicon.addRoleForms(role, m.roles);
        }
    }

    /** the member a name with these keys refers to, preferring the most recently mentioned */
    private Member match(List<String> keys, int gender) {
        List<Member> cands = byLast.get(keys.get(keys.size() - 1));
        if (cands == null) {
            if (keys.size() > 1) {
                return bodyByLeadingWords(keys);
            }
            Member body = shortFormOfBody(keys.get(0));
            return body != null ? body : familyNameFirst(keys.get(0));
        }
        Member best = null;
        for (Member m : cands) {
            if (gender != UNKNOWN && m.gender != UNKNOWN && m.gender != gender) {
                continue;
            }
            boolean byAcronym = keys.size() == 1 && keys.get(0).equals(m.acronym) || m.alias != null && m.alias.equals(String.join(" ", keys));
            if ((compatible(keys, m.keys) || byAcronym) && (best == null || m.latest > best.latest && !(keys.size() == 1
                    && relative(m) && !relative(best)))) {
                best = m;
            }
        }
        return best;
    }

    /**
     * "her son, Peter Marchbanks": a relative introduced by kinship is called by his given name later;
     * the bare family name stays with the one the story is about
     */
    private static boolean relative(Member m) {
        for (String r : m.roles) {
            switch (r) {
                case "son": case "daughter": case "wife": case "husband": case "mother": case "father": case "brother":
                case "sister": case "widow": case "widower": case "grandson": case "granddaughter": case "niece": case "nephew":
                case "cousin": case "uncle": case "aunt": case "grandmother": case "grandfather":
                    return true;
                default:
            }
        }
        return false;
    }

    /**
     * The person a one-word name is given to by "known (to everyone in Belem) (simply) as X" after that
     * person's name in the same sentence; the alias is kept, so that "X said" later finds the person.
     */
    private Member knownAs(Run r, String key) {
        int as = r.first() - 1;
        if (as >= 0 && (t.is(as, "calls") || t.is(as, "call") || t.is(as, "called"))) {
            // "Maria Aparecida Souza, whom everyone calls Dona Cida,": the name the relative clause gives her
            for (int k = as - 1; k >= 0 && k >= as - 7 && t.sentence(k) == t.sentence(as); k--) {
                if (t.is(k, "whom") || t.is(k, "who")) {
                    return aliasOfEarlier(k, as, key);
                }
            }
            return null;
        }
        if (!t.is(as, "as")) {
            return null;
        }
        for (int k = as - 1; k >= 0 && k >= as - 7 && t.sentence(k) == t.sentence(as); k--) {
            if (t.is(k, "known") || t.is(k, "nicknamed")) {
                return aliasOfEarlier(k, as, key);
            }
        }
        return null;
    }

    /** the person named in the sentence before token k gets the alias key */
    private Member aliasOfEarlier(int k, int as, String key) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention x = mentions.get(i);
            if (x.first() < k && t.sentence(x.first()) == t.sentence(as)) {
                if (x.member().person) {
                    x.member().alias = key;
                    byLast.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), q -> new ArrayList<>(1)).add(x.member());
                    return x.member();
                }
                return null;
            }
        }
        return null;
    }

    /** a name right before or after a cue: "Liu said", "said Ruiz", "according to Beltrán" */
    private boolean speaksHere(Run r) {
        int next = r.nameLast() + 1;
        int prev = r.first() - 1;
        return next < t.size() && Lexicon.CUES.contains(t, next) && !t.isCap(next)
                || prev >= 0 && Lexicon.CUES.contains(t, prev) && !t.isCap(prev)
                || prev >= 1 && t.is(prev, "to") && t.is(prev - 1, "according"); // "According to Beltrán,"
    }

    /**
     * "Liu" for Liu Meihua, "Ms. Nguyen" for Nguyen Thi Thu Ha, "Ruiz" for Maria Fernanda Ruiz Castillo:
     * where the family name comes first or two surnames are carried, the name a story goes on with is not
     * the last word. One word that no name ends with, and that exactly one person's name contains, is that person.
     */
    private Member personByInnerName(String key, int gender) {
        return onlyPerson(m -> m.keys.size() >= 2 && m.keys.contains(key) && (gender == UNKNOWN || m.gender == UNKNOWN || m.gender == gender));
    }

    /** the one person (not a body) who fits, or null when none or several do */
    private Member onlyPerson(Predicate<Member> fits) {
        Member found = null;
        for (Member m : members) {
            if (m.person && !m.org && fits.test(m)) {
                if (found != null && found != m) {
                    return null; // two people share it: no guess
                }
                found = m;
            }
        }
        return found;
    }

    /** "Sir Elton" is Elton John: a person called by the first word of a longer name */
    private Member byGivenName(String key) {
        return latestByFirstWord(key, m -> m.person);
    }

    /**
     * "Lumen" for "Lumen Systems", "the Ministry" for "the Ministry of Transport": a body called by its
     * first word
     */
    private Member shortFormOfBody(String key) {
        return latestByFirstWord(key, m -> m.org && (Lexicon.ORG_WORDS.contains(m.last()) || Lexicon.COMPANY_NAME_ENDS.contains(m.last())
                || Lexicon.ORG_WORDS.contains(key)));
    }

    /**
     * "Brightwell recalls cookers" in a headline, then "Brightwell Appliances is recalling ...": the
     * one-word name met first was the body's short form, so it takes the full name (and stays findable
     * by the short one). Only a one-word member met in the first paragraph alone and nothing marked as a
     * person (no title, gender or role).
     */
    private Member headlineShortForm(List<String> keys) {
        for (Member m : members) {
            if (metAloneInFirstParagraph(m) && m.keys.get(0).equals(keys.get(0))) {
                m.keys = keys;
                m.nameTokens = keys.size();
                m.person = false;
                byLast.computeIfAbsent(m.last(), k -> new ArrayList<>(2)).add(m);
                return m;
            }
        }
        return null;
    }

    /**
     * "Peru heads for runoff between Villanueva and Mendoza", then "José Antonio Villanueva Paredes": the one word
     * met first, in the headline, was the person's name as the story goes on to use it, though not the last word of the
     * full one. Only a one-word member met in the first paragraph alone, marked neither as a body nor with a role,
     * and whose word is in no other member's name.
     */
    private Member headlinePerson(List<String> keys) {
        for (Member m : members) {
            if (metAloneInFirstParagraph(m) && keys.contains(m.keys.get(0)) && !m.org && onlyMemberWith(m.keys.get(0), m)) {
                m.keys = keys;
                m.nameTokens = keys.size();
                byLast.computeIfAbsent(m.last(), k -> new ArrayList<>(2)).add(m);
                return m;
            }
        }
        return null;
    }

    /** a one-word member with no gender or role yet, met in the first paragraph (the headline) alone */
    private boolean metAloneInFirstParagraph(Member m) {
        return m.keys.size() == 1 && m.gender == UNKNOWN && m.roles.isEmpty() && t.paragraph(mentions.get(m.latest).first()) == 0;
    }

    private boolean onlyMemberWith(String key, Member self) {
        for (Member m : members) {
            if (m != self && m.keys.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** "Allegheny & Western" for "Allegheny & Western Railroad": a body called by the first words of its name */
    private Member bodyByLeadingWords(List<String> keys) {
        Member best = null;
        for (Member m : members) {
            if (m.org && m.keys.size() > keys.size() && m.keys.subList(0, keys.size()).equals(keys)
                    && Lexicon.COMPANY_NAME_ENDS.contains(m.last()) // not "New York" for "New York Times"
                    && (best == null || m.latest > best.latest)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * "Wang Lixin ... Wang, asked whether ..., replied": the first of a two-word name, with or without a
     * cue beside it (see {@link #personByInnerName}, which takes any inner word but only beside a cue),
     * when one person alone has it so
     */
    private Member familyNameFirst(String key) {
        Member m = onlyPerson(x -> x.keys.size() == 2 && x.keys.get(0).equals(key));
        // "Sheikh Fahad" for Sheikh Fahad bin Suhaim Al Mansouri: rulers and sheikhs go by their given names
        return m != null ? m : onlyPerson(x -> x.keys.size() > 2 && x.keys.get(0).equals(key) && byGivenName(x));
    }

    private static boolean byGivenName(Member m) {
        return m.roles.contains("sheikh") || m.roles.contains("sheikha") || m.roles.contains("emir") || m.roles.contains("sultan")
                || m.roles.contains("king") || m.roles.contains("queen") || m.roles.contains("prince") || m.roles.contains("princess");
    }

    /** an apposition right after the run that describes whoever it names: "Villanueva, a former mayor of Arequipa," or ", 61," */
    private boolean describedAfter(Run r) {
        int a = r.last() + 1;
        return ageAfter(r) || t.is(a, ',') && (t.is(a + 1, "a") || t.is(a + 1, "an") || t.is(a + 1, "the"))
                && a + 2 < t.size() && t.isWord(a + 2) && !t.isCap(a + 2);
    }

    /** the gender of a kin noun right before a name, or set off by a comma before it ("her husband, X"; "his wife X") */
    private int kinBefore(int first) {
        int k = first - 1;
        while (k >= 0 && k > first - 4 && t.isWord(k) && Lexicon.TITLES.contains(t, k)) {
            k--; // "that husband, former President X"
        }
        if (t.is(k, ',')) {
            k--;
        }
        return Lexicon.MALE_KIN.contains(t, k) ? MALE : Lexicon.FEMALE_KIN.contains(t, k) ? FEMALE : UNKNOWN;
    }

    /** ", 61," right after the run: an age, so a person's */
    private boolean ageAfter(Run r) {
        int a = r.last() + 1;
        return t.is(a, ',') && a + 2 < t.size() && t.kind(a + 1) == Tokens.NUMBER && t.is(a + 2, ',');
    }

    /** the most recently mentioned member of several name words whose first word is key and that fits */
    private Member latestByFirstWord(String key, Predicate<Member> fits) {
        Member best = null;
        for (Member m : members) {
            if (m.keys.size() > 1 && m.keys.get(0).equals(key) && fits.test(m) && (best == null || m.latest > best.latest)) {
                best = m;
            }
        }
        return best;
    }

    private static boolean compatible(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        for (String s : shorter) {
            if (!longer.contains(s) && !initialOf(s, longer)) {
                return false;
            }
        }
        return true;
    }

    private static boolean initialOf(String s, List<String> longer) {
        if (s.length() == 2 && s.charAt(1) == '.') {
            for (String l : longer) {
                if (l.charAt(0) == s.charAt(0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** the member for a name written at [a, b] (titles already stripped), or null */
    Member lookup(int a, int b) {
        Member m = memberAt(a);
        if (m != null) {
            return m;
        }
        List<String> keys = new ArrayList<>(Math.max(0, b - a + 1));
        for (int k = a; k <= b; k++) {
            if (namePart(t, k)) {
                keys.add(key(t, k));
            }
        }
        return keys.isEmpty() ? null : match(keys, UNKNOWN);
    }

    /** index of the last mention starting before token at, or -1 */
    private int before(int at) {
        return InOrder.lastBefore(mentions, Mention::first, at);
    }

    /** how many mentions back a description or pronoun may look: recency is the point */
    private static final int REACH = 300;

    /** the token of the member's last mention before token at, or -1 */
    int lastMentionBefore(Member m, int at) {
        int from = before(at);
        for (int i = from; i >= 0 && i > from - REACH; i--) {
            if (mentions.get(i).member() == m) {
                return mentions.get(i).first();
            }
        }
        return -1;
    }

    static boolean fitsGender(Member m, int gender) {
        return fits(m, gender);
    }

    /** the person a "he" or "she" before token at most likely means */
    Member byPronoun(int at, int gender, Member lastSpeaker, int lastSpeakerToken) {
        if (lastSpeaker != null && lastSpeaker.person && fits(lastSpeaker, gender)
                && t.paragraph(at) - t.paragraph(Math.max(0, lastSpeakerToken)) <= 2) {
            // a nearer named person of the same gender who is the subject of a sentence beats the last speaker
            Member nearer = recentPerson(at, gender, lastSpeakerToken);
            return nearer != null ? nearer : lastSpeaker;
        }
        // centering: a pronoun that opens a report most often continues the recent sentences' subject
        Member subject = recentSubject(at, gender);
        return subject != null ? subject : recentPerson(at, gender, -1);
    }

    /** the person last named before token at, of the same gender as {@code not} (when known), who is not {@code not} */
    Member otherPerson(int at, Member not) {
        int from = before(at);
        for (int i = from; i >= 0 && i > from - REACH; i--) {
            Mention x = mentions.get(i);
            Member m = x.member();
            if (t.paragraph(at) - t.paragraph(x.first()) > 4) {
                return null;
            }
            boolean qualifies = modifiesNext(x) || nounAfter(t, x.last() + 1);
            if (!x.quoted() && m != not && m.person && fits(m, not.gender) && !qualifies) {
                return m; // (not "a South Florida-based president": a name that qualifies the noun after it)
            }
        }
        return null;
    }

    /** the person of this gender last named as a sentence's subject, within the paragraph and the one before */
    private Member recentSubject(int at, int gender) {
        int from = before(at);
        for (int i = from; i >= 0 && i > from - REACH; i--) {
            Mention x = mentions.get(i);
            if (t.paragraph(at) - t.paragraph(x.first()) > 1) {
                return null;
            }
            Member m = x.member();
            if (!x.quoted() && m.person && fits(m, gender) && subjectLike(x)) {
                return m;
            }
        }
        return null;
    }

    private Member recentPerson(int at, int gender, int after) {
        int from = before(at);
        for (int i = from; i >= 0 && i > from - REACH; i--) {
            Mention x = mentions.get(i);
            if (x.quoted()) {
                continue;
            }
            if (x.first() <= after) {
                return null;
            }
            Member m = x.member();
            if (m.person && fits(m, gender)) {
                if (after >= 0 && !subjectLike(x)) {
                    continue;
                }
                return m;
            }
            if (t.paragraph(at) - t.paragraph(x.first()) > 4) {
                return null;
            }
        }
        return null;
    }

    private int skipTitles(int p) {
        while (p >= 0 && Lexicon.TITLES.contains(t, p)) {
            p--;
        }
        return p;
    }

    /** titles and lower-case role words before token p+1: "campaign spokesman", "Sen." */
    private int skipRoleWords(int p) {
        while (p >= 0 && (Lexicon.TITLES.contains(t, p)
                || (!t.isCap(p) || t.has(p, Tokens.SENT_START)) && Lexicon.ROLE_NOUNS.contains(t, p))) {
            p--;
        }
        return p;
    }

    /** "Villa boss Unai Mendes", "Clinton campaign chairman John Podesta": a name that only qualifies the next one */
    private boolean modifiesNext(Mention x) {
        int k = x.last() + 1;
        int roles = 0;
        while (k < t.size() && roles < 3 && t.isWord(k) && !t.isCap(k) && (Lexicon.ROLE_NOUNS.contains(t, k) || Lexicon.TITLES.contains(t, k))) {
            k++;
            roles++;
        }
        return roles > 0 && k < t.size() && mentionAt[k] >= 0;
    }

    /** a mention that opens its sentence or clause: the usual place of the subject */
    private boolean subjectLike(Mention x) {
        if (modifiesNext(x) || (t.is(x.last() + 1, "'s") || t.is(x.last() + 1, "\u2019s")) && t.is(x.first() - 1, ',')) {
            return false; // ("Sen. Todd Keener, Whitcomb's running mate, was asked": a possessive in an apposition)
        }
        if (capitalisedPostOpens(x.first())) {
            return true; // "Assembly Speaker Patrick Larue, who wrote the law, was less charitable"
        }
        int p = skipTitles(x.first() - 1);
        int q = skipRoleWords(x.first() - 1);
        if (q >= 0 && q < x.first() - 1 && mentionAt[q] >= 0) {
            p = skipTitles(mentions.get(mentionAt[q]).first() - 1); // "Villa boss Unai Mendes said": Mendes is the subject
        } else if (q < x.first() - 1 && t.has(q + 1, Tokens.SENT_START)) {
            p = q; // "Planner Asha Varga disputed that": the role words open the sentence
        }
        return p < 0 || t.has(p + 1, Tokens.SENT_START) || t.is(p, ',') || t.is(p, "and") || t.is(p, "but")
                || t.kind(p) == Tokens.MARK || t.is(p, '\u2014') || t.is(p, '\u2013') || t.is(p, '-'); // "REDHAVEN, Kan. — Bernadette Kilgallon spent"
    }

    /** "'s treasurer", "'s founder": a possessive and a post that bodies have */
    private boolean postOfBodyAfter(int last) {
        int k = last + 1;
        return k + 1 < t.size() && (t.is(k, "'s") || t.is(k, "\u2019s")) && Lexicon.BODY_POSTS.contains(t, k + 1);
    }

    /** a post written with capitals ("Assembly Speaker") between the sentence's start and the name at token first */
    private boolean capitalisedPostOpens(int first) {
        int post = first - 1;
        if (post < 0 || !t.isCap(post) || !(Lexicon.ROLE_NOUNS.contains(t, post) || Lexicon.TITLES.contains(t, post))) {
            return false;
        }
        for (int c = post; c >= 0 && c > post - 4; c--) {
            if (!t.isWord(c) || !t.isCap(c)) {
                return false;
            }
            if (t.has(c, Tokens.SENT_START)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Member m, int gender) {
        return gender == UNKNOWN || m.gender == UNKNOWN || m.gender == gender;
    }

    /** the most recent body before token at ("they", "it" speaking for an organisation) */
    Member recentOrg(int at) {
        int from = before(at);
        for (int i = from; i >= 0 && i > from - REACH; i--) {
            Mention x = mentions.get(i);
            if (x.quoted()) {
                continue;
            }
            if (x.member().org) {
                return x.member();
            }
            if (t.paragraph(at) - t.paragraph(x.first()) > 3) {
                return null;
            }
        }
        return null;
    }

    /**
     * The member a description refers to: "the U.S. president", "the Turkish leader", "the directorate".
     * words are the description's words after its determiner, head last.
     */
    Member byRole(List<String> words, int at) {
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1);
        boolean orgHead = bodyHead(head);
        Member best = null;
        int bestScore = 0;
        int seen = 0;
        int stamp = ++scan;
        int from = before(at);
        for (int i = from; i >= 0 && i > from - REACH; i--) {
            Mention x = mentions.get(i);
            Member m = x.member();
            if (m.stamp == stamp) {
                continue; // scored at its most recent mention already
            }
            if (orgHead && toldOnly(x)) {
                continue; // "..., she told the BBC. The company said": the outlet listened, the company is another
            }
            m.stamp = stamp;
            seen++;
            int score = orgHead && !ownerFits(m, words) ? 0 : roleScore(m, head, words, orgHead);
            if (score > 0) {
                score = score * 100 - Math.min(seen, 99);
                if (score > bestScore) {
                    bestScore = score;
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * "The governor called the bill a disgrace ... Gov. Maria Kessler said": a description in a lede
     * that no one before it fits names the first one after it, within a few paragraphs, who holds that
     * very role (a title or an apposition said so; being a leader of some kind is not enough).
     */
    Member byRoleAhead(List<String> words, int at, int paragraphs, boolean newcomerOnly) {
        if (words.isEmpty()) {
            return null;
        }
        String head = words.get(words.size() - 1);
        boolean orgHead = bodyHead(head);
        int lastParagraph = t.paragraph(at) + paragraphs;
        for (int i = before(at) + 1; i < mentions.size(); i++) {
            Mention x = mentions.get(i);
            if (t.paragraph(x.first()) > lastParagraph) {
                return null;
            }
            Member m = x.member();
            if (newcomerOnly && (m.firstToken < at || !m.postsByClause.contains(head))) {
                continue; // a newcomer whose relative clause says the post; "the shadow chancellor, X," is no "the Chancellor"
            }
            if (m.roles.contains(head) && (m.person || orgHead) && roleScore(m, head, words, orgHead) >= 3
                    && (!orgHead || ownerFits(m, words))) {
                return m;
            }
        }
        return null;
    }

    /** a mention as the one told: "told the BBC", "speaking to Reuters" */
    private boolean toldOnly(Mention x) {
        int p = t.is(x.first() - 1, "the") ? x.first() - 2 : x.first() - 1;
        return Lexicon.TELLING.contains(t, p)
                || t.is(p, "to") && (t.is(p - 1, "speaking") || t.is(p - 1, "talking") || t.is(p - 1, "spoke") || t.is(p - 1, "said"));
    }

    /**
     * "Brightwell Appliances is recalling 1.2 million cookers, the company said": the name that opens
     * the sentence (at {@code opening}, after any dateline), when a body's noun describes it and it is
     * no person's
     */
    Member nameOpeningSentence(List<String> words, int at, int opening) {
        String head = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (!bodyHead(head)) {
            return null;
        }
        Mention first = null;
        for (int i = before(at); i >= 0 && t.sentence(mentions.get(i).first()) == t.sentence(at); i--) {
            first = mentions.get(i);
        }
        Member m = first == null ? null : first.member();
        // a name of two words or more, or a known body: "Water began entering the mine" opens with no name
        return m != null && first.first() == opening && !m.person && !first.quoted() && (m.nameTokens > 1 || m.org) ? m : null;
    }

    /**
     * "Rhys Calloway has pulled out of the sequel, the actor announced": the one person named earlier in
     * the same sentence, when no one was given the role the description names
     */
    Member onlyPersonEarlierInSentence(int at) {
        Member found = null;
        for (int i = before(at); i >= 0 && t.sentence(mentions.get(i).first()) == t.sentence(at); i--) {
            Mention x = mentions.get(i);
            if (x.member().person && !x.quoted()) {
                if (found != null && found != x.member()) {
                    return null;
                }
                found = x.member();
            }
        }
        return found;
    }

    /**
     * "the Clinton campaign", "Trump's team": a body named after a person is that person's, not
     * whichever organisation was named last.
     */
    private boolean ownerFits(Member m, List<String> words) {
        for (int k = 0; k < words.size() - 1; k++) {
            String q = words.get(k);
            List<Member> owners = byLast.get(q);
            if (owners == null || m.keys.contains(q) || m.roles.contains(q)) {
                continue;
            }
            for (Member o : owners) {
                if (o.person) {
                    return false;
                }
            }
        }
        return true;
    }

    /** a description's head word that names a body, not a post: "the ministry", "the company", not "the minister" */
    private static boolean bodyHead(String head) {
        return Lexicon.ORG_WORDS.contains(head) && !Lexicon.ROLE_NOUNS.contains(head) || isOrgNoun(head);
    }

    private static boolean isOrgNoun(String head) {
        if (Lexicon.BODY_DESCRIPTIONS.contains(head) || Lexicon.COMPANY_DESCRIPTIONS.contains(head)) {
            return true;
        }
        switch (head) {
            case "brand": case "startup":
            case "directorate": case "ministry": case "department": case "agency": case "company": case "firm": case "bank":
            case "government": case "administration": case "campaign": case "committee": case "commission": case "council":
            case "court": case "party": case "group": case "organization": case "organisation": case "union":
            case "association": case "institute": case "foundation": case "board": case "panel": case "network":
            case "newspaper": case "magazine": case "agency's": case "office": case "bureau": case "university":
            case "paper": case "website": case "channel": case "broadcaster": case "outlet": case "kremlin": case "palace":
            case "presidency": case "embassy": case "regulator": case "watchdog": case "coalition": case "alliance":
            case "team": case "club": case "league": case "corporation": case "senate": case "house": case "congress":
            case "parliament": case "cabinet": case "authority": case "service": case "police": case "military": case "army":
            case "body": case "cooperative": case "co-operative": case "federation": case "society": case "charity":
                return true;
            default:
                return false;
        }
    }

    private static int roleScore(Member m, String head, List<String> words, boolean orgHead) {
        if (orgHead) {
            if (!m.org) {
                return 0; // "the company said" is no person, whatever words came before her name
            }
            if (m.keys.contains(head) || m.roles.contains(head)) {
                return 3;
            }
            if (companyWord(head) && (publicBody(m) || !head.equals("group") && memberBody(m))) {
                return 0; // "In a filing with the Securities and Exchange Commission, the company said": not the regulator
            }
            if ((head.equals("regulator") || head.equals("watchdog")) && publicBody(m)) {
                return 2; // "In a notice published in the Kenya Gazette, the regulator said": the authority, not the paper
            }
            return m.org && isOrgNoun(head) ? 1 : 0; // "the committee" is the last body named; "new polls" are not
        }
        if (!m.person) {
            return 0;
        }
        boolean exact = m.roles.contains(head);
        // "the UNHCR official": whoever holds a post there, when a word before "official" says where
        boolean anOfficial = !exact && head.equals("official") && hasPost(m);
        if (!exact && !anOfficial && !(isLeaderWord(head) && leads(m))) {
            return 0;
        }
        if (anOfficial && !qualifierHeld(m, words)) {
            return 0;
        }
        int score = exact ? 3 : 2; // "the President" is the one titled president before any other leader
        // "the Nigerian President" is the one whose post is of Nigeria, not of Brazil
        String country = null;
        for (int k = 0; k < words.size() - 1 && country == null; k++) {
            country = Countries.of(words.get(k));
        }
        String held = country == null ? null : countryOfPost(m);
        if (held != null) {
            if (!held.equals(country)) {
                return 0;
            }
            score += 2;
        }
        boolean hasQualifiers = false;
        for (String r : m.roles) {
            if (isPlaceQualifier(r)) {
                hasQualifiers = true;
            }
        }
        for (int k = 0; k < words.size() - 1; k++) {
            String q = words.get(k);
            if (held != null && Countries.of(q) != null) {
                continue; // weighed by its country above: "nigerian" for "President of the Federal Republic of Nigeria"
            }
            if (m.roles.contains(q)) {
                score += 2;
            } else if (isPlaceQualifier(q) && hasQualifiers) {
                return 0; // "the Turkish leader" is not the one whose title says "U.S."
            } else if (q.equals("former") || q.equals("ex")) {
                return 0;
            }
        }
        return score;
    }

    /** some word before a description's head is among the member's roles ("unhcr" in "the UNHCR official") */
    private static boolean qualifierHeld(Member m, List<String> words) {
        for (int k = 0; k < words.size() - 1; k++) {
            if (m.roles.contains(words.get(k)) && !words.get(k).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** the one country a member's roles name ("president", "nigeria"), or null: none, or two ("u.s.", "georgia") */
    private static String countryOfPost(Member m) {
        String found = null;
        for (String r : m.roles) {
            String c = Countries.of(r);
            if (c != null) {
                if (found != null && !found.equals(c)) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static boolean companyWord(String head) {
        return head.equals("company") || head.equals("firm") || head.equals("business") || head.equals("corporation")
                || Lexicon.COMPANY_DESCRIPTIONS.contains(head);
    }

    /** a regulator, a court, a ministry: a body of the state, never what a story calls "the company" */
    private static boolean publicBody(Member m) {
        for (String k : m.keys) {
            switch (k) {
                case "commission": case "ministry": case "department": case "agency": case "court": case "council":
                case "committee": case "congress": case "senate": case "parliament": case "police": case "government":
                case "administration": case "authority": case "bureau": case "office": case "service": case "board":
                    return true;
                default:
            }
        }
        return false;
    }

    /** a body of members rather than a business: "the company" is never the distributors' association */
    private static boolean memberBody(Member m) {
        for (String k : m.keys) {
            if (Lexicon.MEMBER_BODIES.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasDigit(int k) {
        for (int i = t.start(k); i < t.end(k); i++) {
            if (Character.isDigit(t.text().charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLeaderWord(String head) {
        return head.equals("leader") || head.equals("head") || head.equals("president") || head.equals("premier");
    }

    private static boolean leads(Member m) {
        if (m.roles.contains("deputy") || m.roles.contains("vice")) {
            return false; // a deputy prime minister or a vice-president leads no country
        }
        for (String r : m.roles) {
            if (r.equals("president") || r.equals("prime") || r.equals("premier") || r.equals("chancellor") || r.equals("king")
                    || r.equals("queen") || r.equals("emperor") || r.equals("sheikh") || r.equals("emir")) {
                return true;
            }
        }
        // "Chinese leader Xi Jinping" leads a country; an opposition, deputy or majority leader does not
        return m.roles.contains("leader") && !m.roles.contains("opposition") && !m.roles.contains("deputy")
                && !m.roles.contains("majority") && !m.roles.contains("minority");
    }

    /** a capitalised qualifier of place or allegiance, written lower-cased here: "u.s.", "turkish" */
    static boolean isPlaceQualifier(String q) {
        if (q.isEmpty()) {
            return false;
        }
        if (q.indexOf('.') > 0) {
            return true;
        }
        return q.endsWith("ish") || q.endsWith("ian") || q.endsWith("ese") || q.endsWith("an") || q.endsWith("i")
                || q.equals("french") || q.equals("dutch") || q.equals("greek") || q.equals("thai") || q.equals("swiss")
                || q.equals("us") || q.equals("uk") || q.equals("eu") || q.equals("un");
    }

    /** {@link #key(String)} of token i, lower-cased straight from the text when it is ASCII (one allocation, not two) */
    static String key(Tokens t, int i) {
        String s = t.text();
        int from = t.start(i);
        int to = t.end(i);
        if (particleName(t, i)) {
            from = particleDash(s, from, to) + 1; // "al-Mansouri" and "Mansouri" are one name
        }
        char[] b = new char[to - from];
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c > 127) {
                return key(s.substring(from, to));
            }
            b[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(b);
    }

    /** lower case without accents, for matching names however they are written */
    static String key(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return lower;
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c == '\u0131' ? 'i' : c == '\u2019' ? '\'' : c);
            }
        }
        return b.toString();
    }
}
