package io.pressflow.dashboard.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class CompactSerdeTest {
    private static final QuoteView QUOTE = new QuoteView("st-7", 2, "“Nous ne céderons pas,” — 42 %", "direct", "Recep Tayyip Erdoğan",
            "recep-tayyip-erdogan", "Ankara: the statement", "ministry-desk", 1_780_000_000_123L);
    private static final QuoteView UNKNOWN = new QuoteView("st-8", 0, "rates will stay", "indirect", null, "unknown", null, "bank", 5L);

    private static <T> T roundTrip(CompactSerde<T> serde, T value) {
        byte[] bytes = serde.serializer().serialize("t", value);
        return serde.deserializer().deserialize("t", bytes);
    }

    @Test
    void quotesComeBackEqualWithNullsAndNonAsciiText() {
        assertEquals(List.of(QUOTE, UNKNOWN), roundTrip(CompactSerde.QUOTES, List.of(QUOTE, UNKNOWN)));
        assertEquals(List.of(), roundTrip(CompactSerde.QUOTES, List.of()));
    }

    @Test
    void countsComeBackEqual() {
        SpeakerCount speaker = SpeakerCount.NONE.add(QUOTE).add(QUOTE);
        assertEquals(speaker, roundTrip(CompactSerde.SPEAKER_COUNT, speaker));
        assertEquals(SpeakerCount.NONE, roundTrip(CompactSerde.SPEAKER_COUNT, SpeakerCount.NONE));
        TopicCount topic = TopicCount.NONE.add("medtop:04000000", "economy, business and finance").add("medtop:04000000", null);
        assertEquals(topic, roundTrip(CompactSerde.TOPIC_COUNT, topic));
        assertEquals(2, roundTrip(CompactSerde.TOPIC_COUNT, topic).count());
    }

    @Test
    void nullIsNullBothWays() {
        assertNull(CompactSerde.QUOTE.serializer().serialize("t", null));
        assertNull(CompactSerde.QUOTE.deserializer().deserialize("t", null));
    }

    @Test
    void smallerThanJsonForAQuote() {
        int compact = CompactSerde.QUOTE.serializer().serialize("t", QUOTE).length;
        int json = JsonSerde.of(QuoteView.class).serializer().serialize("t", QUOTE).length;
        assertTrue(compact < json, compact + " bytes compact vs " + json + " JSON");
    }

    @Test
    void refusesBytesOfAnotherFormatOrCutShort() {
        byte[] good = CompactSerde.TOPIC_COUNT.serializer().serialize("t", new TopicCount("c", "l", 3));
        byte[] otherFormat = good.clone();
        otherFormat[0] = 9;
        assertThrows(SerializationException.class, () -> CompactSerde.TOPIC_COUNT.deserializer().deserialize("t", otherFormat));
        byte[] cut = Arrays.copyOf(good, good.length - 3);
        assertThrows(SerializationException.class, () -> CompactSerde.TOPIC_COUNT.deserializer().deserialize("t", cut));
        byte[] json = "{\"code\":\"c\",\"label\":\"l\",\"count\":3}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(SerializationException.class, () -> CompactSerde.TOPIC_COUNT.deserializer().deserialize("t", json),
                "an old JSON value is refused, not misread");
        assertArrayEquals(good, CompactSerde.TOPIC_COUNT.serializer().serialize("t", new TopicCount("c", "l", 3)));
    }
}
