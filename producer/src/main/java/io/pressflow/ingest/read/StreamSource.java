package io.pressflow.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.function.Consumer;

/**
 * A stream such as stdin. Without a given format it is sniffed: text that does not open with '{'
 * is raw; a first line that is a whole JSON object means NDJSON; otherwise one JSON object.
 */
public final class StreamSource implements StatementSource {
    private final InputStream in;
    private final String name;
    private final StatementFormat format;
    private final ReadOptions options;

    StreamSource(InputStream in, String name, StatementFormat format, ReadOptions options) {
        this.in = in;
        this.name = name;
        this.format = format;
        this.options = options;
    }

    @Override
    public void read(Consumer<ReadResult> sink) throws IOException {
        StatementFormat f = format;
        InputStream input = in;
        if (f == null) {
            byte[] firstLine = readFirstLine(in, options.maxBytes());
            f = sniff(firstLine);
            input = new SequenceInputStream(new ByteArrayInputStream(firstLine), in);
        }
        if (f == StatementFormat.NDJSON) {
            InputReader.readNdjson(input, name, name, options, sink);
            return;
        }
        byte[] bytes = InputReader.readCapped(input, options.maxBytes());
        if (bytes.length > options.maxBytes()) {
            sink.accept(ReadResult.rejected(name + ":1", "statement is more than " + options.maxBytes()
                    + " bytes, over the limit per statement (--max-bytes)"));
            return;
        }
        sink.accept(InputReader.readWhole(bytes, f, name, name, options));
    }

    /** The format of a stream from its first line. */
    static StatementFormat sniff(byte[] firstLine) {
        String head = new String(firstLine, java.nio.charset.StandardCharsets.UTF_8).strip();
        head = InputReader.stripBom(head).strip();
        if (!head.startsWith("{")) {
            return StatementFormat.RAW;
        }
        try {
            return JsonStatement.MAPPER.readTree(head).isObject() ? StatementFormat.NDJSON : StatementFormat.JSON;
        } catch (IOException e) {
            return StatementFormat.JSON; // an object spread over several lines
        }
    }

    /** Bytes up to and including the first '\n' that ends a non-blank line, at most max+1 bytes. */
    private static byte[] readFirstLine(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean sawText = false;
        int b;
        while (out.size() <= max && (b = in.read()) >= 0) {
            out.write(b);
            if (b == '\n' && sawText) {
                break;
            }
            if (b > ' ') {
                sawText = true;
            }
        }
        return out.toByteArray();
    }

    @Override
    public String describe() {
        return name;
    }
}
