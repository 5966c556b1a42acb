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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The recent-quotes aggregate kept as bytes: same order, limit and bytes as the decoded list it replaces. */
class RecentQuotesTest {
    private static final CompactSerde<RecentQuotes> SERDE = CompactSerde.RECENT_QUOTES;

    private static QuoteView quote(String statementId, int index, long at) {
        return new QuoteView(statementId, index, "words of " + statementId + "#" + index, "direct", "Lena Aalto", "lena-aalto",
                "Headline " + statementId, "city-desk", at);
    }

    /** Through the store's bytes, as the aggregate is between two updates. */
    private static RecentQuotes stored(RecentQuotes r) {
        return SERDE.deserializer().deserialize("t", SERDE.serializer().serialize("t", r));
    }

    private static List<String> keys(RecentQuotes r) {
        return r.quotes().stream().map(q -> q.statementId() + "#" + q.index() + "@" + q.at()).toList();
    }

    /** The quote layout written field by field, as format 1 always was: the compatibility fixture. */
    private static byte[] writtenFieldByField(List<QuoteView> quotes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1);
        out.writeInt(quotes.size());
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

    private static final QuoteView ACCENTED = new QuoteView("st-ü", 3, "« Ça ira », dit-elle — 😀", "direct", "Zoë Ørsted",
            "zoe-orsted", "Überschrift", "desk-ß", 1_780_000_000_001L);
    private static final QuoteView BLANKS = new QuoteView("st-n", 0, "", null, null, "unknown", null, null, -7L);

    @Test
    void comesBackEqualWithNullsAndNonAsciiTextAndSameBytesAsFieldByField() throws IOException {
        List<QuoteView> quotes = List.of(ACCENTED, BLANKS);
        byte[] fixture = writtenFieldByField(quotes);
        RecentQuotes read = SERDE.deserializer().deserialize("t", fixture);
        assertEquals(quotes, read.quotes());
        assertArrayEquals(fixture, SERDE.serializer().serialize("t", read), "written back as slices, byte for byte");
        assertArrayEquals(fixture, SERDE.serializer().serialize("t", new RecentQuotes(quotes)), "new quotes encode the same");
        assertArrayEquals(fixture, CompactSerde.QUOTES.serializer().serialize("t", quotes), "the repartition's quote lists too");
        assertEquals(quotes, CompactSerde.QUOTES.deserializer().deserialize("t", fixture));
    }

    @Test
    void aMergeReadFromBytesWritesWhatTheDecodedQuotesWould() throws IOException {
        RecentQuotes r = stored(new RecentQuotes(List.of(quote("st-1", 0, 10), quote("st-1", 1, 10))));
        RecentQuotes merged = stored(r.addAll(List.of(ACCENTED, BLANKS)));
        assertArrayEquals(writtenFieldByField(merged.quotes()), SERDE.serializer().serialize("t", merged));
        assertEquals(List.of(ACCENTED, quote("st-1", 0, 10), quote("st-1", 1, 10), BLANKS), merged.quotes());
    }

    @Test
    void tiesInTimeGoByStatementIdThenIndexAcrossStatements() {
        RecentQuotes r = stored(RecentQuotes.NONE.addAll(List.of(quote("st-b", 1, 100), quote("st-b", 0, 100))));
        r = stored(r.addAll(List.of(quote("st-a", 2, 100), quote("st-c", 0, 99))));
        r = stored(r.add(quote("st-a", 0, 100)));
        assertEquals(List.of("st-a#0@100", "st-a#2@100", "st-b#0@100", "st-b#1@100", "st-c#0@99"), keys(r));
    }

    @Test
    void statementIdsCompareAsStringsNotAsUtf8Bytes() {
        // U+FFFD sorts after U+1F600's surrogates in a String, before it in UTF-8 bytes
        RecentQuotes r = stored(RecentQuotes.NONE.add(quote("\uFFFD", 0, 5)));
        r = stored(stored(r.add(quote("\uD83D\uDE00", 0, 5))).add(quote("a", 0, 5)));
        List<QuoteView> expected = new ArrayList<>(List.of(quote("\uFFFD", 0, 5), quote("\uD83D\uDE00", 0, 5), quote("a", 0, 5)));
        expected.sort(RecentQuotes.NEWEST_FIRST);
        assertEquals(expected, r.quotes());
        assertEquals("a", r.quotes().get(0).statementId());
        assertEquals("\uD83D\uDE00", r.quotes().get(1).statementId());
    }

    @Test
    void keepsTheNewestLimitAndPlacesLateArrivals() {
        RecentQuotes r = RecentQuotes.NONE;
        for (int i = 0; i < RecentQuotes.LIMIT + 10; i++) {
            r = stored(r.add(quote("st-" + (1000 + i), 0, 1000L + 10 * i)));
        }
        assertEquals(RecentQuotes.LIMIT, r.quotes().size());
        assertEquals(1000L + 10 * (RecentQuotes.LIMIT + 9), r.quotes().get(0).at());
        assertEquals(1000L + 10 * 10, r.quotes().get(RecentQuotes.LIMIT - 1).at(), "the ten oldest dropped");

        RecentQuotes late = stored(r.add(quote("st-late", 0, 1000L + 10 * 30 + 5)));
        int at = late.quotes().indexOf(quote("st-late", 0, 1000L + 10 * 30 + 5));
        assertEquals(late.quotes().get(at - 1).at(), 1000L + 10 * 31, "between its neighbours in time");
        assertEquals(late.quotes().get(at + 1).at(), 1000L + 10 * 30);
        assertEquals(RecentQuotes.LIMIT, late.quotes().size());
        assertEquals(1000L + 10 * 11, late.quotes().get(RecentQuotes.LIMIT - 1).at(), "the oldest made room");

        RecentQuotes tooOld = stored(r.add(quote("st-ancient", 0, 1)));
        assertEquals(r, tooOld, "older than all fifty: not kept");
    }

    @Test
    void equalityAndJsonAreByTheQuotes() {
        RecentQuotes a = new RecentQuotes(List.of(ACCENTED, BLANKS));
        RecentQuotes b = stored(a);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(!a.equals(new RecentQuotes(List.of(BLANKS, ACCENTED))), "order matters");
        JsonSerde<RecentQuotes> json = JsonSerde.of(RecentQuotes.class);
        assertEquals(a, json.deserializer().deserialize("t", json.serializer().serialize("t", b)));
    }

    @Test
    void everyCutOfAValueIsRefused() {
        byte[] good = SERDE.serializer().serialize("t", new RecentQuotes(List.of(ACCENTED, BLANKS, quote("st-9", 1, 9))));
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", cut), "cut to " + n + " bytes");
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        SerializationException e = assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", longer));
        assertTrue(e.getMessage().contains("left over"), e.getMessage());
    }

    @Test
    void corruptLengthsAndFormatsAreRefused() {
        byte[] good = SERDE.serializer().serialize("t", new RecentQuotes(List.of(ACCENTED, BLANKS)));
        // the first quote's statement id length sits right after the format byte and the count
        for (int badLength : new int[] {Integer.MAX_VALUE, good.length, 1, 0}) {
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad).putInt(5, badLength);
            assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", bad), "id length " + badLength);
        }
        for (int badCount : new int[] {-1, 3, Integer.MAX_VALUE}) {
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad).putInt(1, badCount);
            assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", bad), "count " + badCount);
        }
        byte[] otherFormat = good.clone();
        otherFormat[0] = 2;
        SerializationException e = assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", otherFormat));
        assertTrue(e.getMessage().contains("unknown format 2"), e.getMessage());
        assertThrows(SerializationException.class, () -> SERDE.deserializer().deserialize("t", new byte[0]));
    }

    // --- the merge against the list-based version it replaces ---

    /** What RecentQuotes.addAll did before: new quotes first, then the kept ones, a stable sort, the first LIMIT. */
    private static List<QuoteView> listBasedAddAll(List<QuoteView> kept, List<QuoteView> qs) {
        List<QuoteView> next = new ArrayList<>(qs);
        next.addAll(kept);
        next.sort(RecentQuotes.NEWEST_FIRST);
        return next.size() > RecentQuotes.LIMIT ? List.copyOf(next.subList(0, RecentQuotes.LIMIT)) : next;
    }

    @Property(tries = 300)
    void mergingBytesKeepsWhatTheListBasedMergeKept(@ForAll("batches") List<List<QuoteView>> batches) {
        RecentQuotes r = RecentQuotes.NONE;
        List<QuoteView> expected = List.of();
        List<QuoteView> all = new ArrayList<>();
        for (List<QuoteView> batch : batches) {
            r = stored(r.addAll(batch));
            expected = listBasedAddAll(expected, batch);
            all.addAll(batch);
        }
        assertEquals(expected, r.quotes());
        all.sort(RecentQuotes.NEWEST_FIRST);
        List<String> newestKeys = all.stream().limit(RecentQuotes.LIMIT).map(q -> q.statementId() + "#" + q.index() + "@" + q.at()).toList();
        assertEquals(newestKeys, keys(r), "the newest LIMIT of everything seen");
    }

    @Provide
    Arbitrary<List<List<QuoteView>>> batches() {
        Arbitrary<String> ids = Arbitraries.of("st-1", "st-2", "st-10", "é", "\uFFFD", "\uD83D\uDE00", "");
        Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(12).injectNull(0.2);
        Arbitrary<QuoteView> quotes = Combinators.combine(ids, Arbitraries.integers().between(0, 3), texts, texts,
                Arbitraries.longs().between(0, 8)).as((id, index, text, speaker, at) -> new QuoteView(id, index, text, "direct",
                        speaker, "speaker-x", "Headline", "desk", at));
        return quotes.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(40);
    }
}
