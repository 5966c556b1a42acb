package io.pressflow.extract.entity;

/**
 * One linear pass that cuts a text into word and punctuation tokens, with the facts the entity
 * rules need per token: case shape, sentence start, possessive, and two hashes (exact and
 * lower-cased) so that every dictionary test is a hash probe without allocating a string.
 *
 * <p>Words keep inner apostrophes ("d'Ivoire", "O'Brien") but not a possessive "'s"; hyphens are
 * tokens of their own so that "Russia-Ukraine" shows both countries. Letter-dot abbreviations
 * ("U.S.", "D.C.") and known short forms ("Dr.", "Sen.") keep their dots and end no sentence.
 */
final class Tokens {
    static final int WORD = 1;
    /** first letter upper case */
    static final int CAP = 1 << 1;
    /** two or more letters, all upper case ("NATO", "U.S.") */
    static final int ALL_CAPS = 1 << 2;
    /** first word of a sentence, a paragraph, or a quotation */
    static final int SENTENCE_START = 1 << 3;
    /** followed by 's or ' (possessive), which is not part of the token */
    static final int POSSESSIVE = 1 << 4;
    /** no blank between this token and the one before */
    static final int ATTACHED = 1 << 5;
    /** on a line written in title case (a headline): weak evidence for names */
    static final int HEADLINE = 1 << 6;
    /** ends with a dot that belongs to it ("U.S.", "Dr.") */
    static final int ABBREVIATION = 1 << 7;
    /** a line break (or more) lies between the previous token and this one */
    static final int AFTER_BREAK = 1 << 8;
    /** a word whose first char is a letter (not a digit): what the headline test counts */
    static final int LETTER = 1 << 9;

    String text;
    int size;
    /** per-token gazetteer lookups of the scanner (scratch, reused with this object) */
    Lexicon.Phrase[] phrases;
    /** per-token word-class bits of the scanner, -1 until looked up (scratch) */
    int[] classes;
    /** lower-case hashes of words the text writes in lower case (scratch, reused) */
    final WordFilter lowerCaseWords = new WordFilter();
    private boolean inUse;
    /** the text's chars, copied once per statement: the scan reads an array, not String.charAt (scratch) */
    private char[] chars = new char[0];
    int[] start;
    int[] end;
    int[] flags;
    long[] exact;
    long[] lower;

    private Tokens(int capacity) {
        start = new int[capacity];
        phrases = new Lexicon.Phrase[capacity];
        classes = new int[capacity];
        end = new int[capacity];
        flags = new int[capacity];
        exact = new long[capacity];
        lower = new long[capacity];
    }

    static final long SEED = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    static long mix(long h, char c) {
        return (h ^ c) * PRIME;
    }

    /** Hash of a plain string as the tokenizer would compute it for a token of that text. */
    static long hashExact(CharSequence s) {
        long h = SEED;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h = mix(h, c == '\u2019' ? '\'' : c);
        }
        return h;
    }

    static long hashLower(CharSequence s) {
        long h = SEED;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h = mix(h, c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return h;
    }

    boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    boolean word(int i) {
        return (flags[i] & WORD) != 0;
    }

    char firstChar(int i) {
        return text.charAt(start[i]);
    }

    /** the single punctuation char of a non-word token, or 0 */
    char punct(int i) {
        return word(i) ? 0 : text.charAt(start[i]);
    }

    String text(int i) {
        return text.substring(start[i], end[i]);
    }

    boolean sameText(int i, String s) {
        return end[i] - start[i] == s.length() && text.startsWith(s, start[i]);
    }

    /**
     * one reusable instance per thread: the arrays are most of the allocation of an extraction,
     * and streams threads extract one statement after another
     */
    private static final ThreadLocal<Tokens> SCRATCH = ThreadLocal.withInitial(() -> new Tokens(1024));

    /** Tokenizes text[from..]; call {@link #release()} when done with the result. */
    static Tokens of(String text, int from) {
        Tokens t = SCRATCH.get();
        if (t.inUse) {
            t = new Tokens(Math.max(16, (text.length() - from) / 5));
        }
        t.inUse = true;
        t.text = text;
        if (t.chars.length < text.length()) {
            t.chars = new char[text.length() + (text.length() >> 1)];
        }
        text.getChars(0, text.length(), t.chars, 0);
        t.size = 0;
        t.lowerCaseWords.clear();
        t.scan(from);
        t.markHeadlines();
        java.util.Arrays.fill(t.phrases, 0, t.size, null);
        java.util.Arrays.fill(t.classes, 0, t.size, -1);
        return t;
    }

    /** hands the arrays back for the next statement on this thread */
    void release() {
        text = null;
        inUse = false;
        if (start.length > MAX_KEPT && SCRATCH.get() == this) {
            SCRATCH.remove(); // one huge statement should not pin its arrays for the thread's life
        }
    }

    /** tokens of scratch kept between statements (a press statement has a few thousand) */
    private static final int MAX_KEPT = 1 << 16;

    private void add(int s, int e, int f, long hx, long hl) {
        if (size == start.length) {
            int cap = size * 2;
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
            flags = java.util.Arrays.copyOf(flags, cap);
            exact = java.util.Arrays.copyOf(exact, cap);
            lower = java.util.Arrays.copyOf(lower, cap);
            phrases = java.util.Arrays.copyOf(phrases, cap);
            classes = java.util.Arrays.copyOf(classes, cap);
        }
        start[size] = s;
        end[size] = e;
        flags[size] = f;
        exact[size] = hx;
        lower[size] = hl;
        size++;
    }

    /** ASCII classes: 1 letter or digit, 2 blank */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isLetterOrDigit(c) ? 1 : Character.isWhitespace(c) ? 2 : 0);
        }
    }

    private static boolean wordChar(char c) {
        if (c < 128) {
            return ASCII[c] == 1;
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean blank(char c) {
        return c < 128 ? ASCII[c] == 2 : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean openingQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\'';
    }

    private void scan(int from) {
        char[] s = chars;
        int n = text.length();
        int i = from;
        boolean sentenceStart = true;
        boolean lineBreak = true;
        boolean blank = true;
        while (i < n) {
            char c = s[i];
            if (blank(c)) {
                if (c == '\n' || c == '\r' || c == '\u2029') {
                    sentenceStart = true;
                    lineBreak = true;
                }
                blank = true;
                i++;
                continue;
            }
            int base = (blank ? 0 : ATTACHED) | (lineBreak ? AFTER_BREAK : 0);
            if (!wordChar(c)) {
                // a lone surrogate or symbol is punctuation too: one char, no meaning
                add(i, i + 1, base, 0, 0);
                if (c == '.' || c == '!' || c == '?' || c == ':' || (openingQuote(c) && blank)) {
                    // a new sentence or a quotation starts with a capital that is no name evidence
                    sentenceStart = true;
                }
                blank = false;
                lineBreak = false;
                i++;
                continue;
            }
            i = word(i, base, sentenceStart);
            sentenceStart = false;
            blank = false;
            lineBreak = false;
            // a dot that ended an abbreviation is inside the token; a bare dot follows as punctuation
        }
    }

    /** Reads one word starting at {@code i}; returns the index after it (and its possessive). */
    private int word(int i, int base, boolean sentenceStart) {
        char[] s = chars;
        int n = text.length();
        int j = i;
        long hx = SEED;
        long hl = SEED;
        int upper = 0;
        int letters = 0;
        boolean redo = false;
        while (j < n) {
            char c = s[j];
            if (c < 128 && ASCII[c] == 1) {
                // the common case without Unicode tables; the exact hash is redone below only
                // for words that have capitals
                if (c >= 'A' && c <= 'Z') {
                    hl = mix(hl, (char) (c + 32));
                    letters++;
                    upper++;
                } else {
                    hl = mix(hl, c);
                    if (c >= 'a') {
                        letters++;
                    }
                }
                j++;
            } else if (wordChar(c)) {
                hl = mix(hl, Character.toLowerCase(c));
                redo = true; // not ASCII: the exact hash is redone below
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
                j++;
            } else if (apostrophe(c) && j + 1 < n && Character.isLetter(s[j + 1])
                    && !possessiveAt(j)) {
                hl = mix(hl, '\'');
                j++;
            } else if (c == '.' && j + 2 < n && Character.isUpperCase(s[j + 1]) && s[j + 2] == '.'
                    && Character.isUpperCase(s[j - 1]) && (j - 1 == i || s[j - 2] == '.')) {
                // letter-dot chains: "U.S", "D.C" (the closing dot is taken below)
                hl = mix(hl, c);
                j++;
            } else {
                break;
            }
        }
        if (upper == 0 && !redo) {
            hx = hl;
        } else {
            for (int k = i; k < j; k++) {
                hx = mix(hx, s[k] == '\u2019' ? '\'' : s[k]);
            }
        }
        int f = base | WORD;
        char first = s[i];
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            f |= CAP;
        }
        if (letters >= 2 && upper == letters) {
            f |= ALL_CAPS;
        }
        if (sentenceStart) {
            f |= SENTENCE_START;
        }
        if (first < 128 ? (first | 0x20) >= 'a' && (first | 0x20) <= 'z' : Character.isLetter(first)) {
            f |= LETTER;
        }
        // take the closing dot of an abbreviation into the token
        if (j < n && s[j] == '.' && abbreviationBefore(i, j)) {
            hx = mix(hx, '.');
            hl = mix(hl, '.');
            j++;
            f |= ABBREVIATION;
        }
        int tokenEnd = j;
        if (j < n && apostrophe(s[j])) {
            if (possessiveAt(j)) {
                f |= POSSESSIVE;
                j += 2;
            } else if (j > i && (s[j - 1] == 's' || s[j - 1] == 'S')
                    && (j + 1 == n || !Character.isLetter(s[j + 1]))) {
                f |= POSSESSIVE; // plural possessive: "Americans'"
                j += 1;
            }
        }
        add(i, tokenEnd, f, hx, hl);
        if (first >= 'a' && first <= 'z' || first >= 128 && Character.isLowerCase(first)) {
            lowerCaseWords.add(hl);
        }
        return j;
    }

    private boolean possessiveAt(int j) {
        char[] s = chars;
        int n = text.length();
        return j + 1 < n && apostrophe(s[j]) && (s[j + 1] == 's' || s[j + 1] == 'S')
                && (j + 2 == n || !Character.isLetterOrDigit(s[j + 2]));
    }

    /** whether the dot at {@code dot} closes an abbreviation spanning [from, dot) */
    private boolean abbreviationBefore(int from, int dot) {
        char[] s = chars;
        int len = dot - from;
        if (len == 1 && Character.isUpperCase(s[from])) {
            // an initial between names ("John F. Kennedy"), not a one-letter word ending a sentence ("on X.")
            return size > 0 && (flags[size - 1] & (WORD | CAP)) == (WORD | CAP) && dot + 2 < text.length()
                    && s[dot + 1] == ' ' && Character.isUpperCase(s[dot + 2]);
        }
        if (len >= 3 && s[dot - 2] == '.') {
            return true; // "U.S." / "D.C."
        }
        if (len > 4) {
            return false;
        }
        return Abbreviations.known(text, from, dot);
    }

    /**
     * Marks the tokens of lines written in title case: at least five words, nearly all of them
     * capitalised. Such lines are headlines, where capitals say nothing about names.
     */
    private void markHeadlines() {
        int lineStart = 0;
        for (int i = 0; i <= size; i++) {
            if (i == size || (i > lineStart && is(i, AFTER_BREAK))) {
                int words = 0;
                int caps = 0;
                for (int k = lineStart; k < i; k++) {
                    // flags only: the first-letter test was made once, when the word was read
                    int f = flags[k];
                    if ((f & (WORD | LETTER)) == (WORD | LETTER)) {
                        words++;
                        if ((f & CAP) != 0) {
                            caps++;
                        }
                    }
                }
                char last = i > lineStart ? text.charAt(end[i - 1] - 1) : '.';
                boolean heading = words >= 3 && caps == words && last != '.' && last != '"' && last != '\u201D';
                if (words >= 5 && caps * 10 >= words * 7 || heading) {
                    for (int k = lineStart; k < i; k++) {
                        flags[k] |= HEADLINE;
                    }
                }
                lineStart = i;
            }
        }
    }

    /** Short forms whose dot is part of the word. */
    static final class Abbreviations {
        private static final String[] KNOWN = {
            "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Adm", "Rev",
            "Prof", "St", "Jr", "Sr", "Mt", "Inc", "Ltd", "Corp", "Co", "No", "vs", "Jan", "Feb", "Mar", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Gov", "Pres", "Amb", "Supt", "Cmdr", "Brig"
        };

        private Abbreviations() {}

        static boolean known(String s, int from, int to) {
            for (String k : KNOWN) {
                if (k.length() == to - from && s.startsWith(k, from)) {
                    return true;
                }
            }
            return false;
        }
    }
}
