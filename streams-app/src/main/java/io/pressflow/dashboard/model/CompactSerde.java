package io.pressflow.dashboard.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary format for the dashboard's busiest values. An aggregate is read and written back
 * whole for every quote or topic tag it counts, and with JSON that was most of the dashboard app's CPU. Each value starts with a format byte, so a later
 * layout can be told apart from this one.
 *
 * <p>Quotes ({@link #QUOTES}, {@link #QUOTE}) are laid out by {@link EncodedQuote}: a list is the
 * format byte, an {@code int} count, then the quotes; a single quote is the format byte and the quote.
 */
public final class CompactSerde<T> implements Serde<T> {
    private static final byte FORMAT = 1;

    /** Writes and reads one kind of value's fields after the format byte (see {@link CompactFields}). */
    interface Codec<T> {
        void write(CompactFields.Out out, T value);

        T read(CompactFields.In in) throws IOException;
    }

    /** Writes and reads one kind of value as a whole array, format byte included. */
    private interface Layout<T> {
        byte[] write(T value);

        /** Called with the format byte already checked; throws on bytes left over. */
        T read(byte[] bytes) throws IOException;
    }

    /** One statement's quotes of one speaker, as they travel through the repartition topic. */
    public static final CompactSerde<List<QuoteView>> QUOTES = new CompactSerde<>("quotes", new Layout<>() {
        @Override
        public byte[] write(List<QuoteView> quotes) {
            List<EncodedQuote> encoded = new ArrayList<>(quotes.size());
            quotes.forEach(q -> encoded.add(EncodedQuote.of(q)));
            return writeQuotes(encoded);
        }

        @Override
        public List<QuoteView> read(byte[] bytes) throws IOException {
            EncodedQuote[] encoded = readQuotes(bytes);
            List<QuoteView> quotes = new ArrayList<>(encoded.length);
            for (EncodedQuote e : encoded) {
                quotes.add(e.view());
            }
            return quotes;
        }
    });

    /** One quote: a slot of a speaker's latest quotes (see the dashboard's {@code SpeakerQuotes}). */
    public static final CompactSerde<QuoteView> QUOTE = new CompactSerde<>("quote", new Layout<>() {
        @Override
        public byte[] write(QuoteView q) {
            EncodedQuote e = EncodedQuote.of(q);
            byte[] out = new byte[1 + e.length()];
            out[0] = FORMAT;
            e.copyTo(out, 1);
            return out;
        }

        @Override
        public QuoteView read(byte[] bytes) throws IOException {
            EncodedQuote e = EncodedQuote.read(bytes, 1, bytes.length);
            if (1 + e.length() != bytes.length) {
                throw new IOException((bytes.length - 1 - e.length()) + " bytes left over");
            }
            return e.view();
        }
    });

    public static final CompactSerde<SpeakerCount> SPEAKER_COUNT = new CompactSerde<>("SpeakerCount", new Codec<>() {
        @Override
        public void write(CompactFields.Out out, SpeakerCount s) {
            out.string(s.speakerId());
            out.string(s.speaker());
            out.int64(s.quotes());
            out.int64(s.lastQuoteAt());
        }

        @Override
        public SpeakerCount read(CompactFields.In in) throws IOException {
            return new SpeakerCount(in.string("speaker id"), in.string("speaker"), in.int64("quotes"), in.int64("last quote time"));
        }
    });

    public static final CompactSerde<TopicCount> TOPIC_COUNT = new CompactSerde<>("TopicCount", new Codec<>() {
        @Override
        public void write(CompactFields.Out out, TopicCount t) {
            out.string(t.code());
            out.string(t.label());
            out.int64(t.count());
        }

        @Override
        public TopicCount read(CompactFields.In in) throws IOException {
            return new TopicCount(in.string("code"), in.string("label"), in.int64("count"));
        }
    });

    /**
     * The statements store. Written once per statement, and read again when the statement is
     * re-enriched; the HTTP API writes the decoded view as JSON, as it did when the store held JSON.
     * Values the JSON store wrote before (they start with <code>{</code>) are still read, so a
     * restored store or changelog keeps working.
     */
    public static final CompactSerde<StatementView> STATEMENT_VIEW = new CompactSerde<>("StatementView", StatementViewFields.CODEC)
            .readingLegacy(JsonSerde.of(StatementView.class).deserializer());

    private static final int LIST_HEADER = 1 + Integer.BYTES;

    private final String name;
    private final Layout<T> layout;
    /** Reads the JSON an earlier version of the store wrote, or null when there was none. */
    private final Deserializer<T> legacyJson;

    private CompactSerde(String name, Layout<T> layout, Deserializer<T> legacyJson) {
        this.name = name;
        this.layout = layout;
        this.legacyJson = legacyJson;
    }

    private CompactSerde(String name, Layout<T> layout) {
        this(name, layout, null);
    }

    private CompactSerde(String name, Codec<T> codec) {
        this(name, fields(codec));
    }

    private CompactSerde<T> readingLegacy(Deserializer<T> json) {
        return new CompactSerde<>(name, layout, json);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : layout.write(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (legacyJson != null && bytes.length > 0 && bytes[0] == '{') {
                return legacyJson.deserialize(topic, bytes);
            }
            if (bytes.length == 0 || bytes[0] != FORMAT) {
                throw new SerializationException("cannot read " + name + " from " + topic + ": unknown format "
                        + (bytes.length == 0 ? "(empty value)" : bytes[0]));
            }
            try {
                return layout.read(bytes);
            } catch (IOException e) {
                throw new SerializationException("cannot read " + name + " from " + topic + " (" + bytes.length + " bytes): "
                        + e.getMessage(), e);
            }
        };
    }

    /** A codec's fields behind the format byte, in an array of exactly their size. */
    private static <T> Layout<T> fields(Codec<T> codec) {
        return new Layout<>() {
            @Override
            public byte[] write(T value) {
                return CompactFields.write(FORMAT, value, codec::write);
            }

            @Override
            public T read(byte[] bytes) throws IOException {
                CompactFields.In in = new CompactFields.In(bytes);
                T value = codec.read(in);
                in.end();
                return value;
            }
        };
    }

    /** Format byte, count, then each quote's bytes copied as they are: the array is sized exactly. */
    private static byte[] writeQuotes(List<EncodedQuote> quotes) {
        int size = LIST_HEADER;
        for (EncodedQuote q : quotes) {
            size += q.length();
        }
        byte[] out = new byte[size];
        out[0] = FORMAT;
        ByteBuffer.wrap(out).putInt(1, quotes.size());
        int p = LIST_HEADER;
        for (EncodedQuote q : quotes) {
            p = q.copyTo(out, p);
        }
        return out;
    }

    /** The quotes as slices of {@code bytes}, every length checked, no string decoded. */
    private static EncodedQuote[] readQuotes(byte[] bytes) throws IOException {
        if (bytes.length < LIST_HEADER) {
            throw new IOException("cut short before the number of quotes");
        }
        int n = ByteBuffer.wrap(bytes).getInt(1);
        int room = bytes.length - LIST_HEADER;
        if (n < 0 || n > room / EncodedQuote.MIN_LENGTH) {
            throw new IOException("list of " + n + " quotes in " + room + " bytes");
        }
        EncodedQuote[] quotes = new EncodedQuote[n];
        int p = LIST_HEADER;
        for (int i = 0; i < n; i++) {
            quotes[i] = EncodedQuote.read(bytes, p, bytes.length);
            p += quotes[i].length();
        }
        if (p != bytes.length) {
            throw new IOException((bytes.length - p) + " bytes left over");
        }
        return quotes;
    }

}
