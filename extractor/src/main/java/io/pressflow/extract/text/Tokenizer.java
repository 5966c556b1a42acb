package io.pressflow.extract.text;

import java.util.Arrays;

/**
 * One left-to-right pass over the chars: tokens, then sentence and paragraph numbers over the
 * tokens. No regular expressions; every char is looked at a bounded number of times, so the cost is
 * linear in the text whatever it holds.
 */
public final class Tokenizer {

    /** words that end in a dot without ending the sentence */
    private static final WordSet ABBREVIATIONS = WordSet.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
            "cmdr", "maj", "st", "jr", "sr", "prof", "rev", "hon", "pres", "sens", "messrs", "mt", "ft",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
            "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
            "tenn", "tex", "va", "vt", "wash", "wis", "wyo");

    private static final WordSet LOWER_CASE_ABBREVIATIONS = WordSet.of("no", "nos", "vs", "v", "etc", "approx", "est", "fig",
            "cf", "al", "st", "jr", "sr", "inc", "corp", "co", "ltd", "dept");

    /** capitalised, these open a sentence and never continue a name or an abbreviation */
    private static final WordSet SENTENCE_OPENERS = WordSet.of("the", "he", "she", "it", "they", "we", "but", "this",
            "these", "those", "there", "his", "her", "its", "their", "our", "after", "when", "while", "if", "however");

    /** what may follow "8 p.m." in the same sentence: a day, a month, a time zone */
    private static final WordSet AFTER_CLOCK = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "eastern", "central", "pacific", "mountain", "atlantic", "local", "today", "tonight", "tomorrow", "yesterday",
            "christmas", "election", "thanksgiving", "new");

    private Tokenizer() {}

    public static Tokens tokenize(String text) {
        return tokenize(text, 0);
    }

    /** tokens of text from char index {@code from} on (text before it is skipped, offsets stay absolute) */
    public static Tokens tokenize(String text, int from) {
        int n = text.length();
        // one copy up front: indexing a char[] skips the per-call checks of String.charAt (most news is UTF-16)
        char[] cs = chars(text);
        int cap = Math.max(16, (n - from) / 4);
        int[] start = new int[cap];
        int[] end = new int[cap];
        byte[] kind = new byte[cap];
        byte[] flags = new byte[cap];
        int[] hash = new int[cap];
        int size = 0;
        boolean space = true;
        boolean newline = true;
        int i = Math.max(0, from);
        while (i < n) {
            char c = cs[i];
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                newline = true;
                space = true;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || (c < 128 ? c < 32 || c == 127
                    : Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || Character.isISOControl(c))) {
                space = true;
                i++;
                continue;
            }
            if (size == start.length) {
                int grow = size + (size >> 1) + 16;
                start = Arrays.copyOf(start, grow);
                end = Arrays.copyOf(end, grow);
                kind = Arrays.copyOf(kind, grow);
                flags = Arrays.copyOf(flags, grow);
                hash = Arrays.copyOf(hash, grow);
            }
            int f = (space ? Tokens.SPACE_BEFORE : 0) | (newline ? Tokens.PARA_START : 0);
            int e;
            int k;
            if (isApostrophe(c) && i + 1 < n && (cs[i + 1] == 's' || cs[i + 1] == 'S') && size > 0
                    && end[size - 1] == i && kind[size - 1] == Tokens.WORD && (i + 2 >= n || !isLetter(cs[i + 2]))) {
                e = i + 2; // the possessive 's, split from its word, is a word of its own
                k = Tokens.WORD;
            } else if (isLetter(c)) {
                e = wordEnd(cs, i, n);
                k = Tokens.WORD;
                if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    f |= Tokens.CAP;
                    if (allCaps(cs, i, e)) {
                        f |= Tokens.ALL_CAPS;
                    }
                }
                if (e < n && cs[e] == '.' && (keepsDot(text, cs, i, e)
                        || e + 1 < n && (cs[e + 1] == ',' || cs[e + 1] == ')') && e - i <= 6)) {
                    e++;
                    f |= Tokens.ABBREV;
                }
            } else if (isDigit(c)) {
                e = numberEnd(cs, i, n);
                k = Tokens.NUMBER;
            } else if (isMark(c)) {
                k = Tokens.MARK;
                e = i + 1;
                if (c == '\'' && e < n && cs[e] == '\'') {
                    e++; // '' is a double quote in some house styles
                } else if (c == '`' && e < n && cs[e] == '`') {
                    e++;
                }
            } else {
                k = Tokens.PUNCT;
                e = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1]) ? i + 2 : i + 1;
            }
            start[size] = i;
            end[size] = e;
            hash[size] = k == Tokens.WORD ? WordSet.rawHash(cs, i, e) : c; // only words are looked up by hash
            kind[size] = (byte) k;
            flags[size] = (byte) f;
            size++;
            space = false;
            newline = false;
            i = e;
        }
        return structure(text, cs, size, start, end, kind, flags, hash);
    }

    /** texts up to this many chars are copied into a per-thread buffer; longer ones get their own */
    private static final int KEEP_CHARS = 1 << 16;
    private static final ThreadLocal<char[][]> CHARS = ThreadLocal.withInitial(() -> new char[][] {new char[4096]});

    /**
     * The text's chars in an array that is only read while this call tokenizes (no Tokens keeps it),
     * so one buffer per thread serves every statement instead of a fresh copy each time.
     */
    private static char[] chars(String text) {
        int n = text.length();
        if (n > KEEP_CHARS) {
            return text.toCharArray();
        }
        char[][] box = CHARS.get();
        if (box[0].length < n) {
            box[0] = new char[KEEP_CHARS];
        }
        text.getChars(0, n, box[0], 0);
        return box[0];
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            int l = c | 0x20;
            return l >= 'a' && l <= 'z';
        }
        return Character.isLetter(c) || (Character.getType(c) == Character.NON_SPACING_MARK);
    }

    static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    static boolean isMark(char c) {
        switch (c) {
            case '"': case '\'': case '\u201C': case '\u201D': case '\u201E': case '\u201F':
            case '\u00AB': case '\u00BB': case '\u2018': case '\u2019': case '\u201A': case '\u201B':
            case '\u2039': case '\u203A': case '`': case '\u2032': case '\u2033':
                return true;
            default:
                return false;
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** end of a word starting at i: letters and digits, with inner hyphens, apostrophes and dots */
    private static int wordEnd(char[] text, int i, int n) {
        int e = i + 1;
        while (e < n) {
            char c = text[e];
            if (isLetter(c) || isDigit(c)) {
                e++;
                continue;
            }
            if (e + 1 < n && isLetter(text[e + 1])) {
                if (c == '-' || c == '\u2010' || c == '\u2011') {
                    e++;
                    continue;
                }
                if (c == '.' && e + 2 <= n && dotJoins(text, i, e, n)) {
                    e++;
                    continue;
                }
                if (isApostrophe(c)) {
                    // the possessive 's stands alone so that "Trump's" yields the name "Trump"
                    char s = text[e + 1];
                    boolean possessive = (s == 's' || s == 'S') && (e + 2 >= n || !isLetter(text[e + 2]));
                    if (possessive) {
                        return e;
                    }
                    e++;
                    continue;
                }
            }
            return e;
        }
        return e;
    }

    /** "U.S", "D.C", "will.i.am": a dot glued between letters whose pieces are short */
    private static boolean dotJoins(char[] text, int wordStart, int dot, int n) {
        int seg = dot;
        while (seg > wordStart && text[seg - 1] != '.') {
            seg--;
        }
        return dot - seg <= 3;
    }

    /** whether the dot after the word [s, e) is part of it (an abbreviation, an initial) */
    private static boolean keepsDot(String str, char[] text, int s, int e) {
        int len = e - s;
        if (len == 1) {
            return true; // initials "J." and "U.S.": the final piece is one letter
        }
        for (int k = s; k < e; k++) {
            if (text[k] == '.') {
                return true; // "U.S" + "."
            }
        }
        if (text[s] >= 'a' && text[s] <= 'z') {
            // "fell ill." and "the mass." end sentences; only a few abbreviations are written in lower case
            return LOWER_CASE_ABBREVIATIONS.contains(str, s, e);
        }
        return ABBREVIATIONS.contains(str, s, e);
    }

    private static boolean allCaps(char[] text, int s, int e) {
        int letters = 0;
        for (int k = s; k < e; k++) {
            char c = text[k];
            if (c < 128) {
                // ASCII without the Unicode tables
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                if (c >= 'A' && c <= 'Z') {
                    letters++;
                }
                continue;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 1;
    }

    private static int numberEnd(char[] text, int i, int n) {
        int e = i + 1;
        while (e < n) {
            char c = text[e];
            if (isDigit(c) || isLetter(c)) {
                e++;
            } else if ((c == ',' || c == '.' || c == ':' || c == '/') && e + 1 < n && isDigit(text[e + 1])) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** sentence and paragraph numbers for every token */
    private static Tokens structure(String text, char[] cs, int size, int[] start, int[] end, byte[] kind, byte[] flags, int[] hash) {
        int[] sentence = new int[size];
        int[] paragraph = new int[size];
        int[] sentStart = new int[Math.max(4, size / 8)];
        int[] paraStart = new int[Math.max(4, size / 32)];
        int sents = 0;
        int paras = 0;
        boolean breakBefore = true;
        for (int t = 0; t < size; t++) {
            boolean para = (flags[t] & Tokens.PARA_START) != 0;
            if (para) {
                if (paras == paraStart.length) {
                    paraStart = Arrays.copyOf(paraStart, paras * 2);
                }
                paraStart[paras++] = t;
            }
            if (para || breakBefore) {
                if (sents == sentStart.length) {
                    sentStart = Arrays.copyOf(sentStart, sents * 2);
                }
                sentStart[sents++] = t;
                flags[t] |= Tokens.SENT_START;
                breakBefore = false;
            }
            sentence[t] = sents - 1;
            paragraph[t] = Math.max(0, paras - 1);
            if (endsSentence(text, cs, size, start, end, kind, flags, t)) {
                breakBefore = true;
            }
        }
        if (paras == 0) {
            paraStart[paras++] = 0;
        }
        return new Tokens(text, size, start, end, kind, flags, hash, sentence, paragraph, sentStart, sents, paraStart, paras);
    }

    /**
     * Whether a sentence ends after token t: t is a terminal (. ! ? …), or a closing mark or bracket
     * right after one, and what follows opens a sentence (capital, digit, opening mark, new paragraph).
     */
    private static boolean endsSentence(String str, char[] text, int size, int[] start, int[] end, byte[] kind, byte[] flags, int t) {
        boolean terminal;
        if (kind[t] == Tokens.PUNCT) {
            char c = text[start[t]];
            terminal = c == '.' || c == '!' || c == '?' || c == '\u2026';
        } else if (kind[t] == Tokens.MARK || text[start[t]] == ')') {
            // a closing mark or bracket glued to a terminal: ."  !”  .)
            int p = t - 1;
            while (p >= 0 && start[p + 1] == end[p] && (kind[p] == Tokens.MARK || text[start[p]] == ')')) {
                p--;
            }
            if (p < 0 || p == t || start[p + 1] != end[p] || kind[p] != Tokens.PUNCT) {
                return false;
            }
            char c = text[start[p]];
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                return false;
            }
            if (t + 1 < size && start[t + 1] == end[t] && (kind[t + 1] == Tokens.MARK || text[start[t + 1]] == ')')) {
                return false;
            }
            return opensSentence(text, size, start, end, kind, flags, t + 1);
        } else if ((flags[t] & Tokens.ABBREV) != 0) {
            // "U.S." may end a sentence before a paragraph break, or before a word that only opens one
            return t + 1 >= size || (flags[t + 1] & Tokens.PARA_START) != 0 || abbreviationEnds(str, text, size, start, end, kind, flags, t);
        } else {
            terminal = false;
        }
        if (!terminal) {
            return false;
        }
        int u = t + 1;
        // closing marks and brackets hug the terminal: ."  .)  !”
        while (u < size && start[u] == end[u - 1] && (kind[u] == Tokens.MARK || text[start[u]] == ')')) {
            if (kind[u] == Tokens.MARK) {
                return false; // the mark decides: let the mark token be the last of the sentence
            }
            u++;
        }
        if (u > t + 1) {
            return false;
        }
        return opensSentence(text, size, start, end, kind, flags, u);
    }

    /**
     * "... in the U.S. The company said", "at 8 p.m. Residents said": a capitalised function word after
     * an abbreviation opens a sentence, and so does any capitalised word after a clock time but a day,
     * a month or a time zone ("8 p.m. Friday", "noon ET").
     */
    private static boolean abbreviationEnds(String str, char[] text, int size, int[] start, int[] end, byte[] kind, byte[] flags, int t) {
        int u = t + 1;
        if (kind[u] != Tokens.WORD || (flags[u] & Tokens.CAP) == 0 || (flags[u] & Tokens.SPACE_BEFORE) == 0) {
            return false;
        }
        if (SENTENCE_OPENERS.contains(str, start[u], end[u])) {
            return true;
        }
        boolean clock = end[t] - start[t] == 4 && (text[start[t]] == 'a' || text[start[t]] == 'p') && text[start[t] + 1] == '.'
                && text[start[t] + 2] == 'm' && text[start[t] + 3] == '.';
        return clock && t > 0 && kind[t - 1] == Tokens.NUMBER && !AFTER_CLOCK.contains(str, start[u], end[u])
                && (flags[u] & Tokens.ALL_CAPS) == 0;
    }

    private static boolean opensSentence(char[] text, int size, int[] start, int[] end, byte[] kind, byte[] flags, int u) {
        if (u >= size) {
            return true;
        }
        if ((flags[u] & Tokens.PARA_START) != 0) {
            return true;
        }
        if ((flags[u] & Tokens.SPACE_BEFORE) == 0) {
            return false;
        }
        if (kind[u] == Tokens.WORD) {
            return (flags[u] & Tokens.CAP) != 0;
        }
        if (kind[u] == Tokens.NUMBER || kind[u] == Tokens.MARK) {
            return true;
        }
        char c = text[start[u]];
        return c == '(' || c == '[' || c == '\u2014' || c == '\u2015' || c == '-';
    }

}
