package io.pressflow.extract.entity;

/**
 * An open-addressing set of 64-bit hashes: word-class tests without boxing or strings. Slots are
 * stamped with a generation, so that {@link #clear()} is O(1) and a per-thread set can be reused
 * for every statement without refilling its arrays.
 */
final class LongSet {
    private long[] slots = new long[64];
    private int[] stamps = new int[64];
    private int stamp = 1;
    private int size;

    void add(long v) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = spread(v) & mask;
        while (stamps[i] == stamp) {
            if (slots[i] == v) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        stamps[i] = stamp;
        size++;
    }

    boolean contains(long v) {
        int mask = slots.length - 1;
        int i = spread(v) & mask;
        while (stamps[i] == stamp) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    void clear() {
        size = 0;
        stamp++;
        if (stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    private void grow() {
        long[] oldSlots = slots;
        int[] oldStamps = stamps;
        int oldStamp = stamp;
        slots = new long[oldSlots.length * 2];
        stamps = new int[oldSlots.length * 2];
        stamp = 1;
        size = 0;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldStamps[i] == oldStamp) {
                add(oldSlots[i]);
            }
        }
    }

    static int spread(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
