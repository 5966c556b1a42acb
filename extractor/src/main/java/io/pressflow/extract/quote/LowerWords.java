package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;

/**
 * The words a text writes in lower case somewhere. A capitalised word that opens a sentence and is
 * also written in lower case ("Additional", "Expressing") is an ordinary word, not a name.
 * Open addressing over token indexes: no strings are built.
 */
final class LowerWords {
    private final Tokens t;
    private final int[] table;
    private final int mask;

    LowerWords(Tokens t) {
        this.t = t;
        int n = Integer.highestOneBit(Math.max(16, t.size()) * 2) << 1;
        table = new int[n];
        mask = n - 1;
        java.util.Arrays.fill(table, -1);
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i) && Character.isLowerCase(t.first(i))) {
                insert(i);
            }
        }
    }

    private int hash(int i) {
        String s = t.text();
        int h = 0;
        for (int k = t.start(i); k < t.end(i); k++) {
            h = 31 * h + Character.toLowerCase(s.charAt(k));
        }
        return (h ^ (h >>> 16)) & mask;
    }

    private boolean same(int a, int b) {
        int n = t.length(a);
        if (n != t.length(b)) {
            return false;
        }
        String s = t.text();
        int sa = t.start(a);
        int sb = t.start(b);
        for (int k = 0; k < n; k++) {
            if (Character.toLowerCase(s.charAt(sa + k)) != Character.toLowerCase(s.charAt(sb + k))) {
                return false;
            }
        }
        return true;
    }

    private void insert(int i) {
        int h = hash(i);
        while (table[h] >= 0) {
            if (same(table[h], i)) {
                return;
            }
            h = (h + 1) & mask;
        }
        table[h] = i;
    }

    boolean contains(Tokens tokens, int i) {
        int h = hash(i);
        while (table[h] >= 0) {
            if (same(table[h], i)) {
                return true;
            }
            h = (h + 1) & mask;
        }
        return false;
    }
}
