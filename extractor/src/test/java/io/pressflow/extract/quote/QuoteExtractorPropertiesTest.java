package io.pressflow.extract.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.extract.Statement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text at all: no exception, and every quote a sane span of the text. */
class QuoteExtractorPropertiesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    static void assertSane(String text, List<Quote> quotes) {
        for (Quote q : quotes) {
            assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= text.length(), "span inside the text: " + q);
            assertTrue(text.substring(q.start(), q.end()).equals(q.text()), "text is the span: " + q);
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1, "confidence in 0..1: " + q);
            assertTrue(q.kind() != null && q.speakerType() != null, "kind and speaker type set: " + q);
        }
    }

    @Property(tries = 300)
    void anyUnicodeText(@ForAll("unicode") String text) {
        assertSane(text, extractor.extract(Statement.of("p", text)));
    }

    @Property(tries = 1000)
    void newsLikeTextWithUnbalancedMarks(@ForAll("newsy") String text) {
        assertSane(text, extractor.extract(Statement.of("p", text)));
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    /** words, names, cues, pronouns, every kind of quote mark and break, in any order and balance */
    @Provide
    Arbitrary<String> newsy() {
        Arbitrary<String> piece = Arbitraries.of(
                "\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "'", "\u2018", "\u2019", "''", "`",
                " said ", " told ", " according to ", " added", " wrote in a post", " branded it as ", " plans to ",
                "Ivo Petrov", "Mayor Lina Okafor", "the Estonian president", "he", "She", "they", "The Council",
                "U.S.", "Mr.", "Dr.", "(R-Ore.)", ", ", ". ", "; ", ": ", "? ", "!", "\n", "\n\n", " \u2014 ", " \u2015 ",
                "rents", "fell", "that", "the", "vote", "was", "unlawful", "'s", "\u2019s", "A", "x", "\uD83D\uDE00", "\u0000",
                "date 2024-01-01 ", "  ", "\t",
                // the constructions of later rules: nicknames, interviews, datelines, ages, acronyms, firms
                " ", "Walter", "Wally", "Kessel", "Shakin'", "Goin'", "On", "Q:", "A:", "Q", "A", "(CLN)", " & ", "Railroad",
                "Bancorp", "52-year-old", "the 19-year-old", "OSLO (Reuters) - ", "LAUSANNE \u2014 ", "people familiar with",
                "so-called", "known as", "christened", "calling itself", "police", "Ministry", "spokeswoman", "June", "Her",
                "co-star", ", 26, ", "who", "which", "urged", "to", "called on", "MP", "CEO", "in a blog post",
                "puts it plainly:", "waves this off.", "the statement", "issued a statement", "(D-Minn.)", "Sen.", "Gov.");
        // glued together or spaced like words: both shapes reach different rules
        return Combinators.combine(piece.list().ofMaxSize(120), Arbitraries.of("", " "))
                .as((l, separator) -> String.join(separator, l));
    }
}
