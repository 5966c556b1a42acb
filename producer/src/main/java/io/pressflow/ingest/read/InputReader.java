package io.pressflow.ingest.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/** Turns the bytes of one input, in one format, into read results. Shared by every source. */
final class InputReader {
    private InputReader() {}

    /**
     * One raw or JSON statement from its whole input.
     *
     * @param name     the input's name in origins (a path as given, or "stdin")
     * @param fileName what the source defaults to when neither the input nor the options name one
     */
    static ReadResult readWhole(byte[] bytes, StatementFormat format, String name, String fileName, ReadOptions options) {
        String origin = name + ":1";
        if (bytes.length > options.maxBytes()) {
            return ReadResult.rejected(origin, tooLarge(bytes.length, options));
        }
        if (bytes.length == 0) {
            return ReadResult.rejected(origin, "empty statement: the input has no bytes");
        }
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (decoded instanceof Utf8.Malformed bad) {
            return ReadResult.rejected(name + ":" + bad.line(), bad.describe());
        }
        String text = ((Utf8.Text) decoded).value();
        return switch (format) {
            case RAW -> raw(text, origin, fileName, bytes.length, options);
            case JSON -> JsonStatement.fromJson(stripBom(text), name, 1, bytes.length, fileName, options);
            case NDJSON -> throw new IllegalArgumentException("NDJSON is read line by line");
        };
    }

    private static ReadResult raw(String text, String origin, String fileName, long size, ReadOptions options) {
        RawText.Parsed parsed = RawText.parse(text);
        if (parsed instanceof RawText.Invalid invalid) {
            return ReadResult.rejected(origin, invalid.reason());
        }
        RawText.Parts parts = (RawText.Parts) parsed;
        return ReadResult.accepted(new IncomingStatement(
                origin, null, options.sourceOr(fileName), null, parts.headline(), parts.body(),
                null, parts.date(), size));
    }

    /**
     * One statement per line. A line over the limit is skipped without being held in memory; a bad
     * line is rejected with its number and the lines after it are still read.
     */
    static void readNdjson(InputStream in, String name, String fileName, ReadOptions options, Consumer<ReadResult> sink)
            throws IOException {
        LineBuffer line = new LineBuffer(options.maxBytes());
        int lineNo = 1;
        byte[] chunk = new byte[64 * 1024];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    line.append(chunk, start, i - start);
                    ndjsonLine(line, name, lineNo, fileName, options, sink);
                    line.reset();
                    lineNo++;
                    start = i + 1;
                }
            }
            line.append(chunk, start, n - start);
        }
        if (line.size() > 0) {
            ndjsonLine(line, name, lineNo, fileName, options, sink);
        }
    }

    private static void ndjsonLine(LineBuffer line, String name, int lineNo, String fileName, ReadOptions options,
                                   Consumer<ReadResult> sink) {
        String origin = name + ":" + lineNo;
        if (line.overflowed()) {
            sink.accept(ReadResult.rejected(origin, tooLarge(line.size(), options)));
            return;
        }
        byte[] bytes = line.bytes();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        Utf8.Decoded decoded = Utf8.decode(bytes, 0, length);
        if (decoded instanceof Utf8.Malformed bad) {
            sink.accept(ReadResult.rejected(origin, bad.describe() + " of the line"));
            return;
        }
        String text = stripBom(((Utf8.Text) decoded).value());
        if (text.isBlank()) {
            return; // blank lines separate records; they are not statements
        }
        sink.accept(JsonStatement.fromJson(text, name, lineNo, length, fileName, options));
    }

    static String tooLarge(long size, ReadOptions options) {
        return "statement is " + size + " bytes, over the limit of " + options.maxBytes()
                + " bytes per statement (--max-bytes)";
    }

    /** Reads at most max+1 bytes: enough to know the input is over the limit without holding all of it. */
    static byte[] readCapped(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long limit = max + 1;
        while (out.size() < limit) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, limit - out.size()));
            if (n < 0) {
                break;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The bytes of the current line, kept only up to the limit; the size keeps counting past it. */
    private static final class LineBuffer {
        private final long max;
        private byte[] buf = new byte[8 * 1024];
        private int kept;
        private long size;

        LineBuffer(long max) {
            this.max = max;
        }

        void append(byte[] b, int off, int len) {
            size += len;
            if (size > max) {
                return;
            }
            if (kept + len > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, kept + len));
            }
            System.arraycopy(b, off, buf, kept, len);
            kept += len;
        }

        boolean overflowed() {
            return size > max;
        }

        long size() {
            return size;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, kept);
        }

        void reset() {
            kept = 0;
            size = 0;
        }
    }
}
