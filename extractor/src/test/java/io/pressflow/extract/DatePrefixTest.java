package io.pressflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written date reader must accept and reject exactly what {@link LocalDate#parse} does. */
class DatePrefixTest {

    @Test
    void readsTheDateAndWhereTheTextStarts() {
        String text = "  date 2024-02-29   Body text.";
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DatePrefix.find(text));
        assertEquals(text.indexOf("Body"), DatePrefix.end(text));
    }

    @Test
    void noSuchDayIsNoPrefix() {
        assertEquals(Optional.empty(), DatePrefix.find("date 2025-02-29 Body"));
        assertEquals(0, DatePrefix.end("date 2025-13-01 Body"));
        assertEquals(Optional.empty(), DatePrefix.find("date 2025-1-01 Body"));
    }

    @Property(tries = 3000)
    void agreesWithLocalDateParse(@ForAll("tenChars") String ten) {
        Optional<LocalDate> expected;
        try {
            expected = Optional.of(LocalDate.parse(ten));
        } catch (DateTimeParseException e) {
            expected = Optional.empty();
        }
        assertEquals(expected, DatePrefix.find("date " + ten + " text"), ten);
    }

    /** mostly date-shaped strings with one char sometimes swapped for a sign, a letter or another digit */
    @Provide
    Arbitrary<String> tenChars() {
        Arbitrary<String> dates = Arbitraries.integers().between(0, 9999).flatMap(y -> Arbitraries.integers().between(0, 14)
                .flatMap(m -> Arbitraries.integers().between(0, 32).map(d -> String.format("%04d-%02d-%02d", y, m, d))));
        return dates.flatMap(d -> Arbitraries.integers().between(0, 19).flatMap(pos -> Arbitraries.of('+', '-', 'x', '0', '9', ' ', '\u0661')
                .map(c -> pos < 10 ? d.substring(0, pos) + c + d.substring(pos + 1) : d)));
    }
}
