package io.pressflow.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RawTextTest {

    private static RawText.Parts parts(String text) {
        return assertInstanceOf(RawText.Parts.class, RawText.parse(text));
    }

    private static String invalid(String text) {
        return assertInstanceOf(RawText.Invalid.class, RawText.parse(text)).reason();
    }

    @Test
    void datePrefixAndHeadlineAreReadAndTheBodyKeptAsReceived() {
        String text = "date 2026-04-30 Committee holds the rate\n\nThe committee decided today to hold.\n";
        RawText.Parts p = parts(text);
        assertEquals(LocalDate.of(2026, 4, 30), p.date());
        assertEquals("Committee holds the rate", p.headline());
        assertEquals(text, p.body());
    }

    @Test
    void firstLineEndingASentenceIsNotAHeadline() {
        RawText.Parts p = parts("date 2026-01-02 The minister spoke to her counterpart on Monday.\n\nShe said more.");
        assertEquals(LocalDate.of(2026, 1, 2), p.date());
        assertNull(p.headline());
        assertNull(parts("He said it was \"productive.\"\n\nMore text.").headline());
    }

    @Test
    void longFirstLineIsNotAHeadline() {
        String first = "word ".repeat(50).strip();
        assertNull(parts(first + "\n\nBody text here.").headline());
    }

    @Test
    void singleLineHasNoHeadline() {
        RawText.Parts p = parts("Storm warning for the coast");
        assertNull(p.headline());
        assertNull(p.date());
        assertEquals("Storm warning for the coast", p.body());
    }

    @Test
    void headlineOnTheLineAfterABareDateAndMarkdownHeadings() {
        assertEquals("Night trains return", parts("date 2026-01-20\nNight trains return\n\nBody.").headline());
        assertEquals("Night trains return", parts("# Night trains return\n\nBody.").headline());
    }

    @Test
    void dateWordThatIsNotAPrefixStaysText() {
        RawText.Parts p = parts("date of the vote was set on Monday.\nMore.");
        assertNull(p.date());
    }

    @Test
    void emptyBlankAndDateOnlyAreRejected() {
        assertTrue(invalid("").startsWith("empty statement"));
        assertTrue(invalid(" \n\t\n").startsWith("empty statement"));
        assertTrue(invalid("date 2026-03-02   \n\n").contains("only a date line"));
        assertTrue(invalid("\uFEFF").startsWith("empty statement"));
    }

    @Test
    void impossibleDateIsRejectedNotDropped() {
        assertEquals("invalid date in the first-line 'date' prefix: 2026-13-45", invalid("date 2026-13-45 Text.\n"));
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        RawText.Parts p = parts("\uFEFFdate 2026-05-06 Kenya and Germany sign\n\nBody.");
        assertEquals(LocalDate.of(2026, 5, 6), p.date());
        assertTrue(p.body().startsWith("date 2026-05-06"));
    }
}
