package io.pressflow.dashboard.model;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Field-by-field writing and reading of {@link CompactSerde}'s values straight into and out of one
 * byte array: no streams, no buffer that grows and is copied at the end. A value's fields are
 * described once ({@link Out}) and walked twice: a first pass encodes its strings and counts the
 * bytes, the second fills an array of exactly that size.
 *
 * <p>Big-endian, as {@code DataOutputStream} wrote the values before, so their bytes are unchanged:
 * an {@code int} is 4 bytes, a {@code long} 8, a {@code double} its raw {@code long} bits, a string
 * an {@code int} byte length ({@code -1} for null) then its UTF-8 bytes, a present/absent flag one
 * byte (1 or 0), a list an {@code int} count ({@code -1} for null) then its elements.
 */
final class CompactFields {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private CompactFields() {}

    /** Where a value's fields go; {@link #write} walks them once to size the value and once to fill it. */
    interface Out {
        void string(String s);

        void int32(int v);

        void int64(long v);

        void flag(boolean present);

        default void float64(double v) {
            int64(Double.doubleToRawLongBits(v));
        }

        /** A list of records: count, then per element a presence flag and, when present, its fields. */
        default <E> void records(List<E> list, BiConsumer<Out, E> fields) {
            if (list == null) {
                int32(-1);
                return;
            }
            int32(list.size());
            for (E e : list) {
                flag(e != null);
                if (e != null) {
                    fields.accept(this, e);
                }
            }
        }

        default void strings(List<String> list) {
            if (list == null) {
                int32(-1);
                return;
            }
            int32(list.size());
            for (String s : list) {
                string(s);
            }
        }
    }

    /** Reads one record's fields; {@link In}'s reads throw {@link IOException} on bytes that cannot be right. */
    interface RecordReader<E> {
        E read(In in) throws IOException;
    }

    /** {@code format}, then the value's fields, in an array of exactly their size. */
    static <T> byte[] write(byte format, T value, BiConsumer<Out, T> fields) {
        Sizer sizer = new Sizer();
        fields.accept(sizer, value);
        Filler filler = new Filler(format, sizer);
        fields.accept(filler, value);
        return filler.done();
    }

    /** Pass one: encodes each string once, in write order, and adds up the bytes. */
    private static final class Sizer implements Out {
        private byte[][] strings = new byte[8][];
        private int count;
        private int size = 1;

        @Override
        public void string(String s) {
            byte[] b = s == null ? null : s.getBytes(StandardCharsets.UTF_8);
            if (count == strings.length) {
                strings = Arrays.copyOf(strings, count * 2);
            }
            strings[count++] = b;
            size += Integer.BYTES + (b == null ? 0 : b.length);
        }

        @Override
        public void int32(int v) {
            size += Integer.BYTES;
        }

        @Override
        public void int64(long v) {
            size += Long.BYTES;
        }

        @Override
        public void flag(boolean present) {
            size += 1;
        }
    }

    /** Pass two: the same fields into the sized array, the strings as pass one encoded them. */
    private static final class Filler implements Out {
        private final byte[][] strings;
        private final byte[] bytes;
        private int next;
        private int p = 1;

        Filler(byte format, Sizer sizer) {
            this.strings = sizer.strings;
            this.bytes = new byte[sizer.size];
            bytes[0] = format;
        }

        @Override
        public void string(String s) {
            byte[] b = strings[next++];
            if ((b == null) != (s == null)) {
                throw new IllegalStateException("value changed while it was written");
            }
            if (b == null) {
                INT.set(bytes, p, -1);
                p += Integer.BYTES;
                return;
            }
            INT.set(bytes, p, b.length);
            System.arraycopy(b, 0, bytes, p + Integer.BYTES, b.length);
            p += Integer.BYTES + b.length;
        }

        @Override
        public void int32(int v) {
            INT.set(bytes, p, v);
            p += Integer.BYTES;
        }

        @Override
        public void int64(long v) {
            LONG.set(bytes, p, v);
            p += Long.BYTES;
        }

        @Override
        public void flag(boolean present) {
            bytes[p++] = (byte) (present ? 1 : 0);
        }

        byte[] done() {
            if (p != bytes.length) {
                throw new IllegalStateException("value changed while it was written: " + p + " of " + bytes.length + " bytes");
            }
            return bytes;
        }
    }

    /** Reads fields from {@code bytes}, checking every length against what is left. */
    static final class In {
        private final byte[] bytes;
        private int p;

        /** Starts after the format byte. */
        In(byte[] bytes) {
            this.bytes = bytes;
            this.p = 1;
        }

        int int32(String what) throws IOException {
            need(Integer.BYTES, what);
            int v = (int) INT.get(bytes, p);
            p += Integer.BYTES;
            return v;
        }

        long int64(String what) throws IOException {
            need(Long.BYTES, what);
            long v = (long) LONG.get(bytes, p);
            p += Long.BYTES;
            return v;
        }

        double float64(String what) throws IOException {
            return Double.longBitsToDouble(int64(what));
        }

        boolean flag(String what) throws IOException {
            need(1, what);
            byte b = bytes[p++];
            if (b != 0 && b != 1) {
                throw new IOException("flag of " + b + " before the " + what + " at byte " + (p - 1));
            }
            return b == 1;
        }

        String string(String what) throws IOException {
            int n = int32(what + " length");
            if (n == -1) {
                return null;
            }
            if (n < -1 || n > bytes.length - p) {
                throw new IOException(what + " of " + n + " bytes at byte " + (p - Integer.BYTES) + ", " + (bytes.length - p) + " left");
            }
            String s = new String(bytes, p, n, StandardCharsets.UTF_8);
            p += n;
            return s;
        }

        /** A list of records written by {@link Out#records}; null for {@code -1}. */
        <E> List<E> records(String what, RecordReader<E> element) throws IOException {
            int n = count(what, 1);
            if (n < 0) {
                return null;
            }
            List<E> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(flag(what) ? element.read(this) : null);
            }
            return out;
        }

        /** A list written by {@link Out#strings}; null for {@code -1}. */
        List<String> strings(String what) throws IOException {
            int n = count(what, Integer.BYTES);
            if (n < 0) {
                return null;
            }
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(string(what));
            }
            return out;
        }

        /** Throws unless every byte was read. */
        void end() throws IOException {
            if (p != bytes.length) {
                throw new IOException((bytes.length - p) + " bytes left over");
            }
        }

        /** A list's count, refused if even its smallest elements could not fit in what is left. */
        private int count(String what, int minEach) throws IOException {
            int n = int32(what + " count");
            if (n == -1) {
                return -1;
            }
            if (n < -1 || n > (bytes.length - p) / minEach) {
                throw new IOException(n + " " + what + " at byte " + (p - Integer.BYTES) + ", " + (bytes.length - p) + " bytes left");
            }
            return n;
        }

        private void need(int n, String what) throws IOException {
            if (p > bytes.length - n) {
                throw new IOException("cut short before the " + what + " at byte " + p);
            }
        }
    }
}
