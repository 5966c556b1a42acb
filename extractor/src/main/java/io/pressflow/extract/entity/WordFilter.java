package io.pressflow.extract.entity;

/**
 * Which words a text writes in lower case, as a two-hash bit filter: adding a word is two bit
 * writes, with no probing, and clearing touches only the bits that were set. A false "yes" (well
 * under one in a thousand for a press statement) only makes one capitalised word look ordinary.
 */
final class WordFilter {
    private static final int BITS = 1 << 16;
    private final long[] words = new long[BITS / 64];
    private int[] touched = new int[256];
    private int touchedCount;

    void add(long hash) {
        set((int) hash & (BITS - 1));
        set((int) (hash >>> 32) & (BITS - 1));
    }

    boolean contains(long hash) {
        return get((int) hash & (BITS - 1)) && get((int) (hash >>> 32) & (BITS - 1));
    }

    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            words[touched[i]] = 0;
        }
        touchedCount = 0;
    }

    private void set(int bit) {
        int slot = bit >>> 6;
        long word = words[slot];
        if (word == 0) {
            if (touchedCount == touched.length) {
                touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = slot;
        }
        words[slot] = word | (1L << bit);
    }

    private boolean get(int bit) {
        return (words[bit >>> 6] & (1L << bit)) != 0;
    }
}
