package io.pressflow.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StatementViewSerdeTest {
    private static final Serde<StatementView> SERDE = CompactSerde.STATEMENT_VIEW;

    private static final StatementView FULL = new StatementView("st-ü-1", "desk-ñ", "Ærø: ferries „resume“ — 100 %", null, "2026-02-28",
            "Zoë said: „Wir geben nicht nach.“ 🚢 Официальный представитель.\n\tEnd\\\u0001.",
            List.of(new QuoteView("st-ü-1", 0, "Wir geben nicht nach.", "direct", "Zoë Łukasiewicz", "zoe-lukasiewicz", "Ærø", "desk-ñ", 17L),
                    new QuoteView("st-ü-1", 1, "rates will stay", "indirect", null, "unknown", null, "desk-ñ", 17L)),
            List.of(new StatementView.Topic("medtop:04000000", "economy, business and finance", 0.1 + 0.2, 1),
                    new StatementView.Topic("medtop:20000349", "maritime transport", Double.MIN_VALUE, 3)),
            List.of(new StatementView.Entity("Zoë Łukasiewicz", "person", null, "Ministerin", 2),
                    new StatementView.Entity("Denmark", "country", "DK", null, 1)),
            List.of("ferries", "", "Zinssätze „stabil“"), "1.4.0", "press.statements.raw", 2, 9_000_000_001L, 1_772_442_900_123L);

    private static final StatementView BARE = new StatementView("st-2", "desk-a", null, null, null, " ", List.of(), List.of(), List.of(),
            List.of(), "1.4.0", "press.statements.raw", 0, 0, 0);

    private static byte[] write(StatementView v) {
        return SERDE.serializer().serialize("store", v);
    }

    private static StatementView read(byte[] bytes) {
        return SERDE.deserializer().deserialize("store", bytes);
    }

    private static String json(Object v) throws JsonProcessingException {
        return JsonSerde.MAPPER.writeValueAsString(v);
    }

    @Test
    void comesBackEqualWithNullsNonAsciiTextAndEmptyLists() throws JsonProcessingException {
        assertEquals(FULL, read(write(FULL)));
        assertEquals(BARE, read(write(BARE)));
        assertEquals(json(FULL), json(read(write(FULL))));
    }

    @Test
    void nullListsAndNullElementsComeBackAsTheyWent() {
        List<QuoteView> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(FULL.quotes().get(1));
        List<String> phrasesWithNull = new ArrayList<>(Arrays.asList("a", null, "b"));
        StatementView holes = new StatementView(null, null, null, null, null, null, withNull, null, Arrays.asList(null, null),
                phrasesWithNull, null, null, -1, Long.MIN_VALUE, Long.MAX_VALUE);
        assertEquals(holes, read(write(holes)));
        StatementView noLists = new StatementView("x", "y", null, null, null, "", null, null, null, null, "v", "t", 0, 0, 0);
        assertEquals(noLists, read(write(noLists)));
    }

    @Test
    void nullIsNullBothWays() {
        assertNull(write(null));
        assertNull(read(null));
    }

    @Test
    void readsTheJsonTheStoreHeldBefore() throws JsonProcessingException {
        byte[] old = JsonSerde.of(StatementView.class).serializer().serialize("store", FULL);
        assertEquals(FULL, read(old));
        assertEquals(json(FULL), json(read(old)));
        byte[] brokenJson = Arrays.copyOf(old, old.length / 2);
        assertThrows(SerializationException.class, () -> read(brokenJson));
    }

    @Test
    void smallerThanJson() {
        int compact = write(FULL).length;
        int json = JsonSerde.of(StatementView.class).serializer().serialize("store", FULL).length;
        assertTrue(compact < json, compact + " bytes compact vs " + json + " JSON");
    }

    @Test
    void refusesEveryCutAndAByteTooMany() {
        for (StatementView v : List.of(FULL, BARE)) {
            byte[] good = write(v);
            for (int n = 0; n < good.length; n++) {
                byte[] cut = Arrays.copyOf(good, n);
                SerializationException e = assertThrows(SerializationException.class, () -> read(cut), "cut to " + n + " bytes");
                assertTrue(e.getMessage().contains("StatementView"), e.getMessage());
            }
            assertThrows(SerializationException.class, () -> read(Arrays.copyOf(good, good.length + 1)));
        }
    }

    @Test
    void refusesAnotherFormatAndCorruptLengthsCountsAndFlags() {
        byte[] good = write(FULL);
        byte[] otherFormat = good.clone();
        otherFormat[0] = 2;
        assertThrows(SerializationException.class, () -> read(otherFormat));
        assertThrows(SerializationException.class, () -> read(new byte[0]));

        // the id's length: past the end, below -1
        assertThrows(SerializationException.class, () -> read(withInt(good, 1, good.length)));
        assertThrows(SerializationException.class, () -> read(withInt(good, 1, -2)));
        assertThrows(SerializationException.class, () -> read(withInt(good, 1, Integer.MAX_VALUE)));

        int quotesCount = quotesCountAt(FULL);
        assertEquals(FULL.quotes().size(), ByteBuffer.wrap(good).getInt(quotesCount), "test's own offset arithmetic");
        assertThrows(SerializationException.class, () -> read(withInt(good, quotesCount, Integer.MAX_VALUE)));
        assertThrows(SerializationException.class, () -> read(withInt(good, quotesCount, -7)));
        assertThrows(SerializationException.class, () -> read(withInt(good, quotesCount, FULL.quotes().size() + 1)));
        byte[] badFlag = good.clone();
        badFlag[quotesCount + Integer.BYTES] = 7;
        SerializationException e = assertThrows(SerializationException.class, () -> read(badFlag));
        assertTrue(e.getMessage().contains("flag"), e.getMessage());
    }

    /** Where the quotes' count sits: after the format byte and the six length-prefixed strings. */
    private static int quotesCountAt(StatementView v) {
        int p = 1;
        for (String s : Arrays.asList(v.id(), v.source(), v.headline(), v.url(), v.published(), v.body())) {
            p += Integer.BYTES + (s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length);
        }
        return p;
    }

    private static byte[] withInt(byte[] bytes, int at, int value) {
        byte[] b = bytes.clone();
        ByteBuffer.wrap(b).putInt(at, value);
        return b;
    }

    /** The counts keep the bytes DataOutputStream wrote: stores written before read the same. */
    @Test
    void countsKeepTheirStreamWrittenBytes() throws IOException {
        TopicCount topic = new TopicCount("medtop:04000000", "économie", 12);
        byte[] old = streamWritten(out -> {
            streamString(out, topic.code());
            streamString(out, topic.label());
            out.writeLong(topic.count());
        });
        assertArrayEquals(old, CompactSerde.TOPIC_COUNT.serializer().serialize("t", topic));
        assertEquals(topic, CompactSerde.TOPIC_COUNT.deserializer().deserialize("t", old));

        SpeakerCount speaker = new SpeakerCount("unknown", null, 3, 1_772_442_900_123L);
        byte[] oldSpeaker = streamWritten(out -> {
            streamString(out, speaker.speakerId());
            streamString(out, speaker.speaker());
            out.writeLong(speaker.quotes());
            out.writeLong(speaker.lastQuoteAt());
        });
        assertArrayEquals(oldSpeaker, CompactSerde.SPEAKER_COUNT.serializer().serialize("t", speaker));
        assertEquals(speaker, CompactSerde.SPEAKER_COUNT.deserializer().deserialize("t", oldSpeaker));
        assertEquals(TopicCount.NONE, CompactSerde.TOPIC_COUNT.deserializer().deserialize("t",
                CompactSerde.TOPIC_COUNT.serializer().serialize("t", TopicCount.NONE)));
    }

    @Test
    void countsRefuseEveryCutAndCorruptLengths() {
        byte[] topic = CompactSerde.TOPIC_COUNT.serializer().serialize("t", new TopicCount("medtop:1", "politics", 4));
        byte[] speaker = CompactSerde.SPEAKER_COUNT.serializer().serialize("t", new SpeakerCount("ivo-petrov", "Ivo Petrov", 4, 9));
        for (int n = 0; n < topic.length; n++) {
            byte[] cut = Arrays.copyOf(topic, n);
            assertThrows(SerializationException.class, () -> CompactSerde.TOPIC_COUNT.deserializer().deserialize("t", cut), "cut to " + n);
        }
        for (int n = 0; n < speaker.length; n++) {
            byte[] cut = Arrays.copyOf(speaker, n);
            assertThrows(SerializationException.class, () -> CompactSerde.SPEAKER_COUNT.deserializer().deserialize("t", cut), "cut to " + n);
        }
        assertThrows(SerializationException.class, () -> CompactSerde.TOPIC_COUNT.deserializer().deserialize("t", withInt(topic, 1, 1000)));
        assertThrows(SerializationException.class, () -> CompactSerde.TOPIC_COUNT.deserializer().deserialize("t", withInt(topic, 1, -5)));
        assertThrows(SerializationException.class,
                () -> CompactSerde.SPEAKER_COUNT.deserializer().deserialize("t", Arrays.copyOf(speaker, speaker.length + 2)));
    }

    private interface StreamFields {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] streamWritten(StreamFields fields) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            fields.write(out);
        }
        return bytes.toByteArray();
    }

    private static void streamString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    @Property(tries = 300)
    void anyViewComesBackEqualAndAnswersTheSameJson(@ForAll("views") StatementView v) throws JsonProcessingException {
        StatementView back = read(write(v));
        assertEquals(v, back);
        assertEquals(json(v), json(back));
    }

    /** Damaged bytes give a view or a SerializationException, never another failure (nor a huge allocation). */
    @Property(tries = 300)
    void damagedBytesFailOnlyAsSerializationErrors(@ForAll("views") StatementView v, @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll byte value) {
        byte[] b = write(v);
        b[1 + where % (b.length - 1)] = value;
        try {
            read(b);
        } catch (SerializationException expected) {
            // refused with a reason: fine
        }
    }

    @Provide
    Arbitrary<StatementView> views() {
        // valid Unicode only: the Avro strings the view is made of cannot hold a lone surrogate
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\u00ff').withCharRange('\u0400', '\u04ff')
                .withChars('„', '“', '—', '\uD7FF', '\uE000', '\uFFFD').ofMaxLength(20)
                .map(s -> s.length() % 5 == 1 ? s + "🚢" : s).injectNull(0.15);
        Arbitrary<QuoteView> quotes = Combinators.combine(text, Arbitraries.integers(), text, text, text, text, text, text)
                .as((id, index, words, kind, speaker, speakerId, headline, source) ->
                        new QuoteView(id, index, words, kind, speaker, speakerId, headline, source, index * 31L));
        Arbitrary<StatementView.Topic> topics = Combinators.combine(text, text, Arbitraries.doubles(), Arbitraries.integers())
                .as(StatementView.Topic::new);
        Arbitrary<StatementView.Entity> entities = Combinators.combine(text, text, text, text, Arbitraries.integers())
                .as(StatementView.Entity::new);
        return Builders.withBuilder(() -> new ViewBuilder())
                .use(text).in((b, s) -> b.with(0, s))
                .use(text).in((b, s) -> b.with(1, s))
                .use(text).in((b, s) -> b.with(2, s))
                .use(text).in((b, s) -> b.with(3, s))
                .use(text).in((b, s) -> b.with(4, s))
                .use(text).in((b, s) -> b.with(5, s))
                .use(quotes.injectNull(0.05).list().ofMaxSize(4).injectNull(0.1)).in((b, l) -> { b.quotes = l; return b; })
                .use(topics.injectNull(0.05).list().ofMaxSize(4).injectNull(0.1)).in((b, l) -> { b.topics = l; return b; })
                .use(entities.injectNull(0.05).list().ofMaxSize(4).injectNull(0.1)).in((b, l) -> { b.entities = l; return b; })
                .use(text.list().ofMaxSize(4).injectNull(0.1)).in((b, l) -> { b.phrases = l; return b; })
                .use(Arbitraries.integers()).in((b, i) -> { b.partition = i; return b; })
                .use(Arbitraries.longs()).in((b, l) -> { b.offset = l; return b; })
                .build(ViewBuilder::view);
    }

    private static final class ViewBuilder {
        final String[] strings = new String[6];
        List<QuoteView> quotes;
        List<StatementView.Topic> topics;
        List<StatementView.Entity> entities;
        List<String> phrases;
        int partition;
        long offset;

        ViewBuilder with(int i, String s) {
            strings[i] = s;
            return this;
        }

        StatementView view() {
            return new StatementView(strings[0], strings[1], strings[2], strings[3], strings[4], strings[5], quotes, topics, entities, phrases,
                    strings[1], strings[0], partition, offset, offset ^ partition);
        }
    }
}
