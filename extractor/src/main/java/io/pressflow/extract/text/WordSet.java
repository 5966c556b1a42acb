package io.pressflow.extract.text;

import java.util.Collection;

/**
 * A case-insensitive set of words looked up straight from a char range, so the hot loop never
 * builds a substring. Open addressing over lower-cased strings; immutable once built. Each slot
 * also keeps its word's folded hash, so a probe that lands on another word is turned away by an
 * int compare instead of a walk through that word's String.
 */
public final class WordSet {
    private final String[] table;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    private WordSet(int capacity) {
        int n = Integer.highestOneBit(Math.max(4, capacity) * 3) << 1;
        table = new String[n];
        hashes = new int[n];
        values = new int[n];
        mask = n - 1;
    }

    public static WordSet of(String... words) {
        WordSet s = new WordSet(words.length);
        for (String w : words) {
            s.put(w, 1);
        }
        return s;
    }

    public static WordSet of(Collection<String> words) {
        return of(words.toArray(new String[0]));
    }

    /** a set whose words carry an int value (bit flags, ids) */
    public static WordSet withValues(String[] words, int[] vals) {
        WordSet s = new WordSet(words.length);
        for (int i = 0; i < words.length; i++) {
            s.put(words[i], vals[i]);
        }
        return s;
    }

    /** lower case, with the typographic apostrophe read as the plain one */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c; // ASCII without the Unicode tables
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    private void put(String w, int v) {
        String lower = w.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        int h = mix(rawHash(lower, 0, lower.length())) & mask;
        while (table[h] != null && !table[h].equals(lower)) {
            h = (h + 1) & mask;
        }
        table[h] = lower;
        hashes[h] = lower.hashCode(); // what rawHash gives for any text whose folded chars are these
        values[h] = values[h] | v;
    }

    /** the folded hash before mixing; {@link Tokens} keeps it per token so lookups never rehash */
    static int rawHash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        return h;
    }

    /** {@link #rawHash(CharSequence, int, int)} over a char array */
    static int rawHash(char[] s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s[i]);
        }
        return h;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    public boolean contains(CharSequence s, int from, int to) {
        return value(s, from, to) != 0;
    }

    public boolean contains(String w) {
        return value(w, 0, w.length()) != 0;
    }

    public boolean contains(Tokens t, int i) {
        return value(t, i) != 0;
    }

    /** the value stored for the token, 0 when absent; uses the token's precomputed hash */
    public int value(Tokens t, int i) {
        if (i < 0 || i >= t.size()) {
            return 0;
        }
        int from = t.start(i);
        int n = t.end(i) - from;
        if (n <= 0 || n > 40) {
            return 0;
        }
        int raw = t.hash(i);
        if (t.kind(i) != Tokens.WORD) {
            return probe(mix(raw) & mask, t.text(), from, n); // their hash is the char as written, not folded
        }
        return probeHashed(raw, t.text(), from, n);
    }

    /** the probe for a key whose folded hash is {@code raw}: the stored hash filters before the chars are compared */
    private int probeHashed(int raw, CharSequence s, int from, int n) {
        int h = mix(raw) & mask;
        while (true) {
            String cand = table[h];
            if (cand == null) {
                return 0;
            }
            if (hashes[h] == raw && cand.length() == n && same(cand, s, from)) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
    }

    /** the plain probe, without the hash filter, for tokens whose hash is not the folded one */
    private int probe(int h, CharSequence s, int from, int n) {
        while (true) {
            String cand = table[h];
            if (cand == null) {
                return 0;
            }
            if (cand.length() == n && same(cand, s, from)) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
    }

    public int value(CharSequence s, int from, int to) {
        int n = to - from;
        if (n <= 0 || n > 40) {
            return 0;
        }
        return probeHashed(rawHash(s, from, to), s, from, n);
    }

    private static boolean same(String lower, CharSequence s, int from) {
        for (int k = 0; k < lower.length(); k++) {
            if (fold(s.charAt(from + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
