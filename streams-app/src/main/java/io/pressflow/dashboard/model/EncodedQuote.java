package io.pressflow.dashboard.model;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * One quote in {@link CompactSerde}'s layout, kept as the bytes it was read from (a slice of the
 * value), its lengths checked when read and its strings decoded into a {@link QuoteView} when asked.
 *
 * <p>Layout, big-endian (what {@code DataOutputStream} wrote since format 1, so stored values stay
 * readable): {@code statementId, int index, text, kind, speaker, speakerId, headline, source,
 * long at}, each string an {@code int} byte length ({@code -1} for null) then its UTF-8 bytes.
 */
final class EncodedQuote {
    /** Seven length prefixes, the index and the time: the size of a quote whose strings are all null. */
    static final int MIN_LENGTH = 7 * Integer.BYTES + Integer.BYTES + Long.BYTES;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int STRINGS_AFTER_INDEX = 6;

    private final byte[] bytes;
    private final int offset;
    private final int length;
    private QuoteView view;

    private EncodedQuote(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** Encodes a new quote once; it is then copied as bytes like the stored ones. */
    static EncodedQuote of(QuoteView q) {
        byte[][] strings = {utf8(q.statementId()), utf8(q.text()), utf8(q.kind()), utf8(q.speaker()), utf8(q.speakerId()),
                utf8(q.headline()), utf8(q.source())};
        int size = MIN_LENGTH;
        for (byte[] s : strings) {
            size += s == null ? 0 : s.length;
        }
        byte[] b = new byte[size];
        int p = putString(b, 0, strings[0]);
        INT.set(b, p, q.index());
        p += Integer.BYTES;
        for (int i = 1; i < strings.length; i++) {
            p = putString(b, p, strings[i]);
        }
        LONG.set(b, p, q.at());
        EncodedQuote e = new EncodedQuote(b, 0, size);
        e.view = q;
        return e;
    }

    /**
     * The quote that starts at {@code offset}, not past {@code end}: every length is checked, no
     * string is decoded. The result keeps a reference to {@code bytes}, which must not change.
     */
    static EncodedQuote read(byte[] bytes, int offset, int end) throws IOException {
        // any negative length is null, as format 1 read it
        int p = offset + Integer.BYTES + Math.max(stringLength(bytes, offset, end), 0);
        need(bytes, p, Integer.BYTES, end, "index");
        p += Integer.BYTES;
        for (int i = 0; i < STRINGS_AFTER_INDEX; i++) {
            p += Integer.BYTES + Math.max(stringLength(bytes, p, end), 0);
        }
        need(bytes, p, Long.BYTES, end, "time");
        p += Long.BYTES;
        return new EncodedQuote(bytes, offset, p - offset);
    }

    /** Bytes this quote takes in a value. */
    int length() {
        return length;
    }

    /** Copies this quote's bytes into {@code out} at {@code position}; returns the position after them. */
    int copyTo(byte[] out, int position) {
        System.arraycopy(bytes, offset, out, position, length);
        return position + length;
    }

    QuoteView view() {
        QuoteView v = view;
        if (v == null) {
            v = decode();
            view = v;
        }
        return v;
    }

    private QuoteView decode() {
        int[] p = {offset};
        String id = string(p);
        int idx = (int) INT.get(bytes, p[0]);
        p[0] += Integer.BYTES;
        String text = string(p);
        String kind = string(p);
        String speaker = string(p);
        String speakerId = string(p);
        String headline = string(p);
        String source = string(p);
        return new QuoteView(id, idx, text, kind, speaker, speakerId, headline, source, (long) LONG.get(bytes, p[0]));
    }

    /** Reads the string at {@code p[0]} and moves {@code p[0]} past it; the bounds were checked by {@link #read}. */
    private String string(int[] p) {
        int n = (int) INT.get(bytes, p[0]);
        p[0] += Integer.BYTES;
        if (n < 0) {
            return null;
        }
        String s = new String(bytes, p[0], n, StandardCharsets.UTF_8);
        p[0] += n;
        return s;
    }

    /** A string's byte length (negative for null), after checking that it fits before {@code end}. */
    private static int stringLength(byte[] bytes, int p, int end) throws IOException {
        need(bytes, p, Integer.BYTES, end, "string length");
        int n = (int) INT.get(bytes, p);
        if (n > end - p - Integer.BYTES) {
            throw new IOException("string of " + n + " bytes, only " + (end - p - Integer.BYTES) + " left");
        }
        return n;
    }

    private static void need(byte[] bytes, int p, int n, int end, String what) throws IOException {
        if (end > bytes.length || p > end - n) {
            throw new IOException("cut short before the " + what + " at byte " + p);
        }
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static int putString(byte[] b, int p, byte[] s) {
        if (s == null) {
            INT.set(b, p, -1);
            return p + Integer.BYTES;
        }
        INT.set(b, p, s.length);
        System.arraycopy(s, 0, b, p + Integer.BYTES, s.length);
        return p + Integer.BYTES + s.length;
    }
}
