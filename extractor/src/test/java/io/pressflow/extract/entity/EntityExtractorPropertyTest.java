package io.pressflow.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.extract.Statement;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any input, however odd, gives well-formed entities and never an exception. */
class EntityExtractorPropertyTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    /** Pieces that trigger the rules: titles, gazetteer names, connectors, quotes, possessives, surrogates. */
    private static final List<String> PIECES = List.of(
            "President", "U.S.", "D.C.", "Washington", ",", ".", "Ankara", "Türkiye", "the", "of", "and", "Ministry",
            "Recep", "Tayyip", "Erdoğan", "Erdoğan's", "’s", "'", "\"", "“", "”", "-", "al-", "Assad", "Dr.", "Sen.", "X",
            "\n", "\n\n", " ", "  ", "Turkish", "leader", "president", "Bank", "New", "York", "Gaza", "West", "Bank",
            "on", "in", "to", "Prime", "Minister", "John", "F.", "Kennedy", "NATO", "\uD83D\uDE00", "\uD800", "\uDC00",
            "İ", "ǅ", "Ⅻ", "\u0301", "A.", "B", "—", "(", ")", "date 2025-05-05", "Mr", "St.", "Inc.");

    @Provide
    Arbitrary<String> ruleSoup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join(" ", l))
                .injectDuplicates(0.1);
    }

    @Provide
    Arbitrary<String> ruleSoupWithoutBlanks() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyUnicode() {
        return Arbitraries.strings().all().ofMaxLength(300);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(1980, 1, 1).plusDays(d)).injectNull(0.3);
    }

    @Property(tries = 400)
    void anyUnicodeIsSafe(@ForAll("anyUnicode") String text, @ForAll("dates") LocalDate date) {
        check(text, date);
    }

    @Property(tries = 600)
    void ruleSoupIsSafe(@ForAll("ruleSoup") String text, @ForAll("dates") LocalDate date) {
        check(text, date);
    }

    @Property(tries = 300)
    void ruleSoupWithoutBlanksIsSafe(@ForAll("ruleSoupWithoutBlanks") String text, @ForAll("dates") LocalDate date) {
        check(text, date);
    }

    private static void check(String text, LocalDate date) {
        List<Entity> entities = EXTRACTOR.extract(new Statement("p", text, date, "en"));
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            assertTrue(e.name() != null && !e.name().isBlank(), e::toString);
            assertTrue(e.count() > 0, e::toString);
            if (i > 0) {
                assertTrue(entities.get(i - 1).count() >= e.count());
            }
            int previous = -1;
            for (Mention m : e.mentions()) {
                assertTrue(m.start() >= 0 && m.start() < m.end() && m.end() <= text.length(), m::toString);
                assertEquals(text.substring(m.start(), m.end()), m.text());
                assertTrue(m.start() >= previous, "mentions in text order");
                previous = m.start();
            }
        }
    }
}
