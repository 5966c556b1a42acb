package io.pressflow.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The quote layout of {@link CompactSerde#QUOTES} (the repartition) and {@link CompactSerde#QUOTE} (a stored slot). */
class QuoteLayoutTest {
    private static final QuoteView ACCENTED = new QuoteView("st-ü", 3, "« Ça ira », dit-elle — 😀", "direct", "Zoë Ørsted",
            "zoe-orsted", "Überschrift", "desk-ß", 1_780_000_000_001L);
    private static final QuoteView BLANKS = new QuoteView("st-n", 0, "", null, null, "unknown", null, null, -7L);

    /** The layout written field by field, as format 1 always was: the compatibility fixture. */
    private static byte[] writtenFieldByField(List<QuoteView> quotes, boolean asList) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        if (asList) {
            out.writeInt(quotes.size());
        }
        for (QuoteView q : quotes) {
            writeString(out, q.statementId());
            out.writeInt(q.index());
            for (String s : new String[] {q.text(), q.kind(), q.speaker(), q.speakerId(), q.headline(), q.source()}) {
                writeString(out, s);
            }
            out.writeLong(q.at());
        }
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
        } else {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    @Test
    void listsAndSingleQuotesHaveTheFieldByFieldBytes() throws IOException {
        List<QuoteView> quotes = List.of(ACCENTED, BLANKS);
        byte[] list = writtenFieldByField(quotes, true);
        assertArrayEquals(list, CompactSerde.QUOTES.serializer().serialize("t", quotes));
        assertEquals(quotes, CompactSerde.QUOTES.deserializer().deserialize("t", list));
        for (QuoteView q : quotes) {
            byte[] one = writtenFieldByField(List.of(q), false);
            assertArrayEquals(one, CompactSerde.QUOTE.serializer().serialize("t", q));
            assertEquals(q, CompactSerde.QUOTE.deserializer().deserialize("t", one));
        }
    }

    @Property(tries = 200)
    void anyQuoteComesBackEqual(@ForAll String id, @ForAll int index, @ForAll String text, @ForAll String speaker, @ForAll long at) {
        QuoteView q = new QuoteView(id, index, text, "reported", speaker.isEmpty() ? null : speaker, "s", null, "desk", at);
        assertEquals(q, CompactSerde.QUOTE.deserializer().deserialize("t", CompactSerde.QUOTE.serializer().serialize("t", q)));
    }

    @Test
    void everyCutOfAValueIsRefused() {
        for (CompactSerde<?> serde : List.of(CompactSerde.QUOTES, CompactSerde.QUOTE)) {
            byte[] good = serde == CompactSerde.QUOTE ? CompactSerde.QUOTE.serializer().serialize("t", ACCENTED)
                    : CompactSerde.QUOTES.serializer().serialize("t", List.of(ACCENTED, BLANKS));
            for (int n = 0; n < good.length; n++) {
                byte[] cut = Arrays.copyOf(good, n);
                assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", cut), "cut to " + n + " bytes");
            }
            byte[] longer = Arrays.copyOf(good, good.length + 1);
            SerializationException e = assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", longer));
            assertTrue(e.getMessage().contains("left over"), e.getMessage());
        }
    }

    @Test
    void corruptLengthsCountsAndFormatsAreRefused() {
        CompactSerde<List<QuoteView>> serde = CompactSerde.QUOTES;
        byte[] good = serde.serializer().serialize("t", List.of(ACCENTED, BLANKS));
        // the first quote's statement id length sits right after the format byte and the count
        for (int badLength : new int[] {Integer.MAX_VALUE, good.length, 1, 0}) {
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad).putInt(5, badLength);
            assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", bad), "id length " + badLength);
        }
        for (int badCount : new int[] {-1, 3, Integer.MAX_VALUE}) {
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad).putInt(1, badCount);
            assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", bad), "count " + badCount);
        }
        byte[] otherFormat = CompactSerde.QUOTE.serializer().serialize("t", ACCENTED);
        otherFormat[0] = 2;
        SerializationException e = assertThrows(SerializationException.class, () -> CompactSerde.QUOTE.deserializer().deserialize("t", otherFormat));
        assertTrue(e.getMessage().contains("unknown format 2"), e.getMessage());
        assertThrows(SerializationException.class, () -> CompactSerde.QUOTE.deserializer().deserialize("t", new byte[0]));
    }

    @Test
    void newestFirstBreaksTiesByStatementThenIndex() {
        List<QuoteView> qs = new ArrayList<>(List.of(quote("st-b", 1, 100), quote("st-c", 0, 99), quote("st-a", 2, 100),
                quote("st-b", 0, 100), quote("st-a", 0, 100)));
        qs.sort(QuoteView.NEWEST_FIRST);
        assertEquals(List.of("st-a#0@100", "st-a#2@100", "st-b#0@100", "st-b#1@100", "st-c#0@99"),
                qs.stream().map(q -> q.statementId() + "#" + q.index() + "@" + q.at()).toList());
    }

    private static QuoteView quote(String statementId, int index, long at) {
        return new QuoteView(statementId, index, "words", "direct", "Lena Aalto", "lena-aalto", "h", "city-desk", at);
    }
}
