package io.pressflow.dashboard.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 */
public final class CompactSerde<T> implements Serde<T> {
    private static final byte FORMAT = 1;

    /** Writes and reads one kind of value. */
    private interface Codec<T> {
        void write(DataOutputStream out, T value) throws IOException;

        T read(DataInputStream in) throws IOException;
    }

    /** One statement's quotes of one speaker, as they travel through the repartition topic. */
    public static final CompactSerde<List<QuoteView>> QUOTES = new CompactSerde<>("quotes", new Codec<>() {
        @Override
        public void write(DataOutputStream out, List<QuoteView> quotes) throws IOException {
            writeQuotes(out, quotes);
        }

        @Override
        public List<QuoteView> read(DataInputStream in) throws IOException {
            return readQuotes(in);
        }
    });

    public static final CompactSerde<RecentQuotes> RECENT_QUOTES = new CompactSerde<>("RecentQuotes", new Codec<>() {
        @Override
        public void write(DataOutputStream out, RecentQuotes r) throws IOException {
            writeQuotes(out, r.quotes());
        }

        @Override
        public RecentQuotes read(DataInputStream in) throws IOException {
            return new RecentQuotes(readQuotes(in));
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

    private final String name;
    private final Codec<T> codec;

    private CompactSerde(String name, Codec<T> codec) {
        this.name = name;
        this.codec = codec;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(FORMAT);
                codec.write(out, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array does not fail to grow
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                byte format = in.readByte();
                if (format != FORMAT) {
                    throw new SerializationException("cannot read " + name + " from " + topic + ": unknown format " + format);
                }
                T value = codec.read(in);
                if (in.available() > 0) {
                    throw new SerializationException("cannot read " + name + " from " + topic + ": " + in.available() + " bytes left over");
                }
                return value;
            } catch (IOException e) {
                throw new SerializationException("cannot read " + name + " from " + topic + " (" + bytes.length + " bytes)", e);
            }
        };
    }

    private static void writeQuotes(DataOutputStream out, List<QuoteView> quotes) throws IOException {
        out.writeInt(quotes.size());
        for (QuoteView q : quotes) {
            writeQuote(out, q);
        }
    }

    private static List<QuoteView> readQuotes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("list of " + n + " quotes in " + in.available() + " bytes");
        }
        List<QuoteView> quotes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            quotes.add(readQuote(in));
        }
        return quotes;
    }

    private static void writeQuote(DataOutputStream out, QuoteView q) throws IOException {
        writeString(out, q.statementId());
        out.writeInt(q.index());
        writeString(out, q.text());
        writeString(out, q.kind());
        writeString(out, q.speaker());
        writeString(out, q.speakerId());
        writeString(out, q.headline());
        writeString(out, q.source());
        out.writeLong(q.at());
    }

    private static QuoteView readQuote(DataInputStream in) throws IOException {
        return new QuoteView(readString(in), in.readInt(), readString(in), readString(in), readString(in), readString(in),
                readString(in), readString(in), in.readLong());
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
