package io.pressflow.extract.topic;

/**
 * Open-addressing map from 64-bit token/phrase hashes to ints, so the hot loop looks words up
 * without building a String per token. Key 0 marks an empty slot (the hash functions never return
 * 0), so a probe touches one array of keys. The shared tables are filled once at load time and then
 * only read (thread-safe); per-document scratch maps are cleared and reused by one thread.
 */
final class LongIntMap {
    static final int MISSING = Integer.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    /** slots in use, in insertion order, so {@link #clear()} costs what was put, not the capacity */
    private int[] slots;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        keys = new long[cap];
        values = new int[cap];
        slots = new int[cap / 2 + 1];
        mask = cap - 1;
        size = 0;
    }

    int get(long key) {
        long[] k = keys;
        int i = slot(key);
        long found;
        while ((found = k[i]) != 0) {
            if (found == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return MISSING;
    }

    void put(long key, int value) {
        int i = find(key);
        if (keys[i] == 0) {
            claim(i, key);
        }
        values[i] = value;
    }

    /** Adds {@code delta} to the value of {@code key} (absent counts as 0); returns the new value. */
    int add(long key, int delta) {
        int i = find(key);
        if (keys[i] == 0) {
            claim(i, key);
            values[i] = 0;
        }
        values[i] += delta;
        return values[i];
    }

    /** Empties the map, keeping its capacity (per-document scratch maps are reused). */
    void clear() {
        for (int k = 0; k < size; k++) {
            keys[slots[k]] = 0;
        }
        size = 0;
    }

    int size() {
        return size;
    }

    /** the slot holding {@code key}, or the empty slot where it would go (after growing if needed) */
    private int find(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("0 is not a valid key");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void claim(int i, long key) {
        keys[i] = key;
        slots[size++] = i;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int[] oldSlots = slots;
        int oldSize = size;
        allocate(oldKeys.length * 2);
        for (int k = 0; k < oldSize; k++) {
            int s = oldSlots[k];
            put(oldKeys[s], oldValues[s]);
        }
    }

    @Override
    public String toString() {
        return "LongIntMap[" + size + "/" + keys.length + "]";
    }
}
