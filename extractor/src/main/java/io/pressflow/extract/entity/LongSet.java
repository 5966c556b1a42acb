package io.pressflow.extract.entity;

/** An open-addressing set of 64-bit hashes: word-class tests without boxing or strings. */
final class LongSet {
    private long[] slots = new long[64];
    private boolean hasZero;
    private int size;

    void add(long v) {
        if (v == 0) {
            hasZero = true;
            return;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = spread(v) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
    }

    boolean contains(long v) {
        if (v == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        int i = spread(v) & mask;
        while (slots[i] != 0) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
            if (v != 0) {
                add(v);
            }
        }
    }

    static int spread(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
