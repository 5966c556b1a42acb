package io.pressflow.extract.text;

/**
 * A text cut into tokens, sentences and paragraphs, held in parallel int arrays so that a 5 MB
 * statement costs a handful of allocations rather than a million objects. Read-only once built.
 * Offsets are Java char indexes into {@link #text()}.
 */
public final class Tokens {
    /** letters (may hold digits, inner hyphens, apostrophes and dots: "U.S.", "cease-fire", "don't") */
    public static final int WORD = 1;
    /** starts with a digit: "2,000", "1990s", "10:30" */
    public static final int NUMBER = 2;
    /** one punctuation or symbol char; "..." gives three */
    public static final int PUNCT = 3;
    /** a quote mark or apostrophe that is not inside a word: " “ ” „ « » ‘ ’ ' ‹ › and '' as one */
    public static final int MARK = 4;

    /** first letter upper case */
    public static final int CAP = 1;
    /** first token of a paragraph (text start or after a line break) */
    public static final int PARA_START = 1 << 1;
    /** whitespace (or text start) right before the token */
    public static final int SPACE_BEFORE = 1 << 2;
    /** a word ending in a dot that belongs to it: "Mr.", "U.S.", "J." */
    public static final int ABBREV = 1 << 3;
    /** first token of a sentence */
    public static final int SENT_START = 1 << 4;
    /** every letter upper case and more than one letter ("NATO", "NOW") */
    public static final int ALL_CAPS = 1 << 5;

    private final String text;
    private final int size;
    private final int[] start;
    private final int[] end;
    private final byte[] kind;
    private final byte[] flags;
    private final int[] hash;
    private final int[] sentence;
    private final int[] paragraph;
    private final int[] sentenceStart;
    private final int sentences;
    private final int[] paragraphStart;
    private final int paragraphs;

    Tokens(String text, int size, int[] start, int[] end, byte[] kind, byte[] flags, int[] hash,
            int[] sentence, int[] paragraph, int[] sentenceStart, int sentences,
            int[] paragraphStart, int paragraphs) {
        this.text = text;
        this.size = size;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.flags = flags;
        this.hash = hash;
        this.sentence = sentence;
        this.paragraph = paragraph;
        this.sentenceStart = sentenceStart;
        this.sentences = sentences;
        this.paragraphStart = paragraphStart;
        this.paragraphs = paragraphs;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public int kind(int i) {
        return kind[i];
    }

    public boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public boolean isWord(int i) {
        return kind[i] == WORD;
    }

    public boolean isCap(int i) {
        return (flags[i] & CAP) != 0;
    }

    public int length(int i) {
        return end[i] - start[i];
    }

    /** the first char of the token */
    public char first(int i) {
        return text.charAt(start[i]);
    }

    /** true when token i is the single char c */
    public boolean is(int i, char c) {
        return i >= 0 && i < size && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    /** case-insensitive comparison with a lower-case word, without allocating */
    public boolean is(int i, String lower) {
        if (i < 0 || i >= size) {
            return false;
        }
        int s = start[i];
        int n = end[i] - s;
        if (n != lower.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (lower(text.charAt(s + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Character.toLowerCase with an ASCII fast path */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * The case-folded hash of a word, computed once while tokenizing (see {@link WordSet}); other
     * tokens carry their first char, which equals the hash of any one-char token.
     */
    public int hash(int i) {
        return hash[i];
    }

    /** whether the token ends with the lower-case suffix, compared case-insensitively without allocating */
    /** whether token i starts with the lower-case prefix (its letters compared folded) */
    public boolean startsWith(int i, String prefix) {
        int n = prefix.length();
        int s = start[i];
        if (end[i] - s < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (lower(text.charAt(s + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public boolean endsWith(int i, String suffix) {
        if (i < 0 || i >= size) {
            return false;
        }
        int n = suffix.length();
        int e = end[i];
        if (e - start[i] < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (lower(text.charAt(e - n + k)) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public String string(int i) {
        return text.substring(start[i], end[i]);
    }

    /** the text from token a to token b inclusive, as written */
    public String span(int a, int b) {
        return text.substring(start[a], end[b]);
    }

    public int sentence(int i) {
        return sentence[i];
    }

    public int paragraph(int i) {
        return paragraph[i];
    }

    public int sentences() {
        return sentences;
    }

    /** first token of sentence s */
    public int sentenceStart(int s) {
        return sentenceStart[s];
    }

    /** one past the last token of sentence s */
    public int sentenceEnd(int s) {
        return s + 1 < sentences ? sentenceStart[s + 1] : size;
    }

    public int paragraphs() {
        return paragraphs;
    }

    public int paragraphStart(int p) {
        return paragraphStart[p];
    }

    public int paragraphEnd(int p) {
        return p + 1 < paragraphs ? paragraphStart[p + 1] : size;
    }

    /** whitespace between token i and the next one (or text end) */
    public boolean spaceAfter(int i) {
        return i + 1 >= size ? true : start[i + 1] > end[i];
    }
}
