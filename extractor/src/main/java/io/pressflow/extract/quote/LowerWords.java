package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;

/**
 * Which capitalised sentence openers the text also writes in lower case somewhere. "Additional"
 * or "Expressing" opening a sentence is an ordinary word when "additional" appears elsewhere; a
 * name is not. Only the openers are kept in the table, so the pass over the text is one probe of
 * a small, mostly empty table per lower-case word.
 */
final class LowerWords {
    private final Tokens t;
    private final int[] table;
    private final boolean[] seen;
    private final int mask;

    LowerWords(Tokens t) {
        this.t = t;
        // the openers are found once and remembered, not re-tested for the second pass
        int[] found = new int[Math.max(8, t.size() / 16)];
        int openers = 0;
        for (int i = 0; i < t.size(); i++) {
            if (candidate(i)) {
                if (openers == found.length) {
                    found = java.util.Arrays.copyOf(found, openers * 2);
                }
                found[openers++] = i;
            }
        }
        int n = Integer.highestOneBit(Math.max(8, openers) * 2) << 1;
        table = new int[n];
        seen = new boolean[n];
        mask = n - 1;
        java.util.Arrays.fill(table, -1);
        for (int f = 0; f < openers; f++) {
            int i = found[f];
            int h = slot(i);
            while (table[h] >= 0 && !same(table[h], i)) {
                h = (h + 1) & mask;
            }
            table[h] = i;
        }
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i) && lowerFirst(t.first(i))) {
                int h = slot(i);
                while (table[h] >= 0) {
                    if (same(table[h], i)) {
                        seen[h] = true;
                        break;
                    }
                    h = (h + 1) & mask;
                }
            }
        }
    }

    private static boolean lowerFirst(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private boolean candidate(int i) {
        return t.isWord(i) && t.isCap(i) && Cast.sentenceInitial(t, i);
    }

    private int slot(int i) {
        int h = t.hash(i);
        return (h ^ (h >>> 16)) & mask;
    }

    private boolean same(int a, int b) {
        int n = t.length(a);
        // words equal here have equal folded hashes (Tokens.hash): a different hash settles it at once
        if (n != t.length(b) || t.isWord(a) && t.isWord(b) && t.hash(a) != t.hash(b)) {
            return false;
        }
        String s = t.text();
        int sa = t.start(a);
        int sb = t.start(b);
        for (int k = 0; k < n; k++) {
            char x = s.charAt(sa + k);
            char y = s.charAt(sb + k);
            if (x == y) {
                continue;
            }
            if (x < 128 && y < 128) {
                if ((x | 0x20) != (y | 0x20) || (x | 0x20) < 'a' || (x | 0x20) > 'z') {
                    return false; // ASCII: only a letter's case may differ
                }
                continue;
            }
            if (Character.toLowerCase(x) != Character.toLowerCase(y)
                    && !(x == '\u2019' && y == '\'' || x == '\'' && y == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    /** whether the (sentence-opening) token i is also written in lower case in the text */
    boolean contains(Tokens tokens, int i) {
        int h = slot(i);
        while (table[h] >= 0) {
            if (same(table[h], i)) {
                return seen[h];
            }
            h = (h + 1) & mask;
        }
        return false;
    }
}
