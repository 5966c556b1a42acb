package io.pressflow.extract.entity;

/** An open-addressing map from 64-bit hashes to values; read-only once built. */
final class LongMap<V> {
    private long[] keys = new long[64];
    private Object[] values = new Object[64];
    private int size;

    void put(long k, V v) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = LongSet.spread(k) & mask;
        while (values[i] != null) {
            if (keys[i] == k) {
                values[i] = v;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = k;
        values[i] = v;
        size++;
    }

    @SuppressWarnings("unchecked")
    V get(long k) {
        int mask = keys.length - 1;
        int i = LongSet.spread(k) & mask;
        while (values[i] != null) {
            if (keys[i] == k) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != null) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }
}
