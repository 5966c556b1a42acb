package io.pressflow.extract.topic;

import java.util.Arrays;

/**
 * One linear scan of a text into word tokens: char spans, a 64-bit hash of the lowercased and
 * lightly stemmed form, and flags about case and the punctuation before each token. No regex, no
 * String per token: the classifier and the key-phrase finder work on these arrays only.
 */
final class Tokens {
    /** first letter is upper case ("Labour", "Apple") */
    static final int CAP = 1;
    /** punctuation or a line end separates this token from the previous one: phrases stop here */
    static final int BREAK = 2;
    /** first token of a sentence or line: its capital says nothing about it being a name */
    static final int SENTENCE = 4;
    /** joined to the previous token by a hyphen ("Russia-Ukraine", "cease-fire") */
    static final int HYPHEN = 8;
    /** starts with a digit */
    static final int DIGIT = 16;
    /** ends in a possessive mark ("Gaza's", "workers'"): a noun phrase boundary for key phrases */
    static final int POSSESSIVE = 32;

    /** longest token prefix that is hashed; longer tokens are not words worth telling apart */
    private static final int MAX_CHARS = 48;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    int size;
    int[] start;
    int[] end;
    long[] hash;
    byte[] flags;
    /** paragraph index (blank-line separated) of each token */
    int[] paragraph;
    /** number of tokens on the text's first line */
    int firstLineTokens;
    /** the first line ends like a headline (no sentence punctuation) */
    boolean firstLineIsTitle;

    private final char[] buf = new char[MAX_CHARS];
    /** the text being scanned, copied once */
    private char[] chars = new char[0];

    Tokens(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
        hash = new long[capacity];
        flags = new byte[capacity];
        paragraph = new int[capacity];
    }

    int capacity() {
        return start.length;
    }

    int flags(int i) {
        return flags[i];
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** Hash of a phrase built token by token; the same function builds lexicon keys. */
    static long extend(long phrase, long token) {
        long h = (phrase ^ 0x5851F42D4C957F2DL) * 0x9E3779B97F4A7C15L + token;
        return h == 0 ? 1 : h;
    }

    /** Tokens of {@code text} from char index {@code from}. */
    static Tokens scan(String text, int from) {
        return scanInto(new Tokens(Math.max(16, (text.length() - from) / 5 + 8)), text, from);
    }

    /** Tokens of {@code text} into {@code t}, reusing its arrays (a per-thread scratch). */
    static Tokens scanInto(Tokens t, String text, int from) {
        int n = text.length();
        if (t.chars.length < n) {
            t.chars = new char[n + (n >> 1)];
        }
        char[] cs = t.chars;
        text.getChars(0, n, cs, 0); // one bulk copy; the loop below then reads a plain array
        t.size = 0;
        t.firstLineTokens = 0;
        t.firstLineIsTitle = false;
        char[] buf = t.buf;
        boolean brk = true;
        boolean sentence = true;
        boolean hyphen = false;
        int newlines = 0;
        int para = 0;
        int line = 0;
        boolean firstLineOpen = true;
        char lastPunct = 0;
        int i = from;
        while (i < n) {
            char c = cs[i];
            if (isWordChar(c)) {
                int begin = i;
                int len = 0;
                int tokenEnd;
                boolean possessive = false;
                while (true) {
                    if (i < n && isWordChar(cs[i])) {
                        if (len < MAX_CHARS) {
                            buf[len++] = lower(cs[i]);
                        }
                        i++;
                        continue;
                    }
                    if (i + 1 < n && isApostrophe(cs[i]) && isWordChar(cs[i + 1])) {
                        char next = cs[i + 1];
                        if ((next == 's' || next == 'S') && (i + 2 >= n || !isWordChar(cs[i + 2]))) {
                            tokenEnd = i; // possessive: "Gaza's" is Gaza
                            possessive = true;
                            i += 2;
                            break;
                        }
                        i++; // "don't", "O'Neill": one word without the mark
                        continue;
                    }
                    tokenEnd = i;
                    break;
                }
                if (newlines >= 2 && t.size > 0) {
                    para++;
                }
                if (line > 0 && firstLineOpen) {
                    firstLineOpen = false;
                    t.firstLineTokens = t.size;
                    t.firstLineIsTitle = lastPunct != '.' && lastPunct != '!' && lastPunct != '?'
                            && lastPunct != '"' && lastPunct != '\u201D';
                }
                int f = 0;
                if (Character.isUpperCase(c)) {
                    f |= CAP;
                }
                if (c >= '0' && c <= '9') {
                    f |= DIGIT;
                }
                if (brk) {
                    f |= BREAK;
                }
                if (sentence) {
                    f |= SENTENCE;
                }
                if (hyphen) {
                    f |= HYPHEN;
                }
                if (possessive) {
                    f |= POSSESSIVE;
                }
                t.add(begin, tokenEnd, hashOf(buf, stem(buf, len)), f, para);
                brk = false;
                sentence = false;
                hyphen = false;
                newlines = 0;
                lastPunct = 0;
                continue;
            }
            switch (c) {
                case ' ', '\t', '\r', '\u00A0', '\u2009', '\u202F', '\uFEFF' -> { }
                case '\n' -> {
                    newlines++;
                    line++;
                    brk = true;
                    sentence = true;
                }
                case '-', '\u2010', '\u2011' -> {
                    boolean joins = i > from && i + 1 < n && isWordChar(cs[i - 1]) && isWordChar(cs[i + 1]);
                    if (joins) {
                        hyphen = true;
                    } else {
                        brk = true;
                    }
                }
                case '.' -> {
                    boolean initial = t.size > 0 && t.end[t.size - 1] == i && t.has(t.size - 1, CAP)
                            && t.end[t.size - 1] - t.start[t.size - 1] == 1;
                    if (initial) {
                        break; // "U.S.", "Donald J. Trump": an initial neither breaks a phrase nor ends a sentence
                    }
                    brk = true;
                    // "Mr." "U.S." "Dr." rarely end a sentence; anything else is taken to
                    sentence |= !(t.size > 0 && t.end[t.size - 1] == i && t.has(t.size - 1, CAP)
                            && t.end[t.size - 1] - t.start[t.size - 1] <= 3);
                    lastPunct = c;
                }
                case '\'', '\u2019' -> {
                    boolean pluralPossessive = t.size > 0 && t.end[t.size - 1] == i && i > 0
                            && (cs[i - 1] == 's' || cs[i - 1] == 'S');
                    if (pluralPossessive) {
                        t.flags[t.size - 1] |= POSSESSIVE; // "workers' rights" stays one phrase
                    } else {
                        brk = true;
                        lastPunct = c;
                    }
                }
                case '!', '?' -> {
                    brk = true;
                    sentence = true;
                    lastPunct = c;
                }
                default -> {
                    brk = true;
                    lastPunct = c;
                }
            }
            i++;
        }
        if (firstLineOpen) {
            t.firstLineTokens = t.size;
            t.firstLineIsTitle = false; // a single line is a body, not a headline
        }
        return t;
    }

    private void add(int s, int e, long h, int f, int para) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            hash = Arrays.copyOf(hash, cap);
            flags = Arrays.copyOf(flags, cap);
            paragraph = Arrays.copyOf(paragraph, cap);
        }
        start[size] = s;
        end[size] = e;
        hash[size] = h;
        flags[size] = (byte) f;
        paragraph[size] = para;
        size++;
    }

    /** Hash of one lowercase word as the scanner would produce it (for building tables). */
    static long hashWord(String word) {
        char[] buf = new char[MAX_CHARS];
        int len = 0;
        for (int i = 0; i < word.length() && len < MAX_CHARS; i++) {
            char c = word.charAt(i);
            if (isWordChar(c)) {
                buf[len++] = lower(c);
            }
        }
        return hashOf(buf, stem(buf, len));
    }

    /** ASCII letters and digits: a table read instead of three range tests per char of the scan */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return ASCII_WORD[c];
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * Folds the common English plural endings so "sanctions"/"sanction" and "companies"/"company"
     * share a hash. Applied identically to text and lexicon, so it only has to be consistent.
     */
    static int stem(char[] b, int len) {
        if (len > 4 && b[len - 1] == 's' && b[len - 2] == 'e') {
            char p = b[len - 3];
            if (p == 'i') {
                b[len - 3] = 'y';
                return len - 2;
            }
            if (p == 'x' || (p == 's' && b[len - 4] == 's') || (p == 'h' && (b[len - 4] == 's' || b[len - 4] == 'c'))) {
                return len - 2;
            }
        }
        if (len >= 4 && b[len - 1] == 's') {
            char p = b[len - 2];
            boolean news = len == 4 && b[0] == 'n' && b[1] == 'e' && b[2] == 'w';
            if (p != 's' && p != 'u' && p != 'i' && p != '\'' && !news) {
                return len - 1;
            }
        }
        return len;
    }

    private static long hashOf(char[] b, int len) {
        long h = FNV_OFFSET;
        for (int i = 0; i < len; i++) {
            h ^= b[i];
            h *= FNV_PRIME;
        }
        return h == 0 ? 1 : h;
    }
}
