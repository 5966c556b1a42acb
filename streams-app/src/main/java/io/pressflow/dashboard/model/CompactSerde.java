package io.pressflow.dashboard.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary format for the dashboard's busiest values. An aggregate is read and written back
 * whole for every quote or topic tag it counts (a speaker's recent quotes are 50 quotes, a topic tag
 * updates 12 hopping windows), and with JSON that was most of the dashboard app's CPU. Each value
 * starts with a format byte, so a later layout can be told apart from this one.
 *
 * <p>Quotes ({@link #QUOTES}, {@link #RECENT_QUOTES}) are laid out by {@link EncodedQuote}: a list is
 * the format byte, an {@code int} count, then the quotes. Recent quotes are read as slices of the
 * value and written back by copying those slices, never decoding their strings (see
 * {@link RecentQuotes}); the bytes are the same as when they were written field by field.
 */
public final class CompactSerde<T> implements Serde<T> {
    private static final byte FORMAT = 1;

    /** Writes and reads one kind of value after the format byte, as a stream of fields. */
    private interface Codec<T> {
        void write(DataOutputStream out, T value) throws IOException;

        T read(DataInputStream in) throws IOException;
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

    /** Merged on every update without decoding the quotes: see {@link RecentQuotes}. */
    public static final CompactSerde<RecentQuotes> RECENT_QUOTES = new CompactSerde<>("RecentQuotes", new Layout<>() {
        @Override
        public byte[] write(RecentQuotes r) {
            return writeQuotes(r.entries());
        }

        @Override
        public RecentQuotes read(byte[] bytes) throws IOException {
            return RecentQuotes.ofEncoded(readQuotes(bytes));
        }
    });

    public static final CompactSerde<SpeakerCount> SPEAKER_COUNT = new CompactSerde<>("SpeakerCount", new Codec<>() {
        @Override
        public void write(DataOutputStream out, SpeakerCount s) throws IOException {
            writeString(out, s.speakerId());
            writeString(out, s.speaker());
            out.writeLong(s.quotes());
            out.writeLong(s.lastQuoteAt());
        }

        @Override
        public SpeakerCount read(DataInputStream in) throws IOException {
            return new SpeakerCount(readString(in), readString(in), in.readLong(), in.readLong());
        }
    });

    public static final CompactSerde<TopicCount> TOPIC_COUNT = new CompactSerde<>("TopicCount", new Codec<>() {
        @Override
        public void write(DataOutputStream out, TopicCount t) throws IOException {
            writeString(out, t.code());
            writeString(out, t.label());
            out.writeLong(t.count());
        }

        @Override
        public TopicCount read(DataInputStream in) throws IOException {
            return new TopicCount(readString(in), readString(in), in.readLong());
        }
    });

    private static final int LIST_HEADER = 1 + Integer.BYTES;

    private final String name;
    private final Layout<T> layout;

    private CompactSerde(String name, Layout<T> layout) {
        this.name = name;
        this.layout = layout;
    }

    private CompactSerde(String name, Codec<T> codec) {
        this(name, streamed(codec));
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

    /** A codec's fields behind the format byte, through Data streams. */
    private static <T> Layout<T> streamed(Codec<T> codec) {
        return new Layout<>() {
            @Override
            public byte[] write(T value) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
                try (DataOutputStream out = new DataOutputStream(bytes)) {
                    out.writeByte(FORMAT);
                    codec.write(out, value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a byte array does not fail to grow
                }
                return bytes.toByteArray();
            }

            @Override
            public T read(byte[] bytes) throws IOException {
                try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
                    T value = codec.read(in);
                    if (in.available() > 0) {
                        throw new IOException(in.available() + " bytes left over");
                    }
                    return value;
                }
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

    /** Length-prefixed UTF-8, -1 for null (writeUTF stops at 64 KB and has no null). */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > in.available()) {
            throw new IOException("string of " + n + " bytes, only " + in.available() + " left");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
