package io.pressflow.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.extract.entity.Entity;
import io.pressflow.extract.entity.Mention;
import io.pressflow.extract.quote.Quote;
import io.pressflow.extract.topic.TopicTag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text arrives (random Unicode, lone surrogates, unbalanced or mixed quote marks), the
 * whole extractor returns without throwing, every span lies inside the text in code points, and
 * topics keep their invariants.
 */
class ExtractorPropertiesTest {
    private static final Extractor EXTRACTOR = new Extractor();

    private static final List<String> PIECES = List.of(
            "\"", "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", "``", "''",
            " said ", " told reporters ", " according to ", ", he added.", ", she said. ", " The minister ",
            "President Anna Berg", " Mr. Kale ", "U.S.", " the war ", " sanctions on Syria ", " election ",
            "\n", "\n\n", ". ", ", ", " - ", "\u2014", "(", ")", ":", ";", "date 2025-01-01 ", "date ",
            "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "\uDC00", "Erdoğan", "Zürich", "\u0301", "\u00A0", "\t",
            " ", " ", " ", "word", "Word", "WORD", "a", "I", "42", "3.5", "cease-fire", "Gaza's", "workers'");

    @Provide
    Arbitrary<String> pressLikeText() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(12);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, piece),
                        net.jqwik.api.Tuple.of(1, anyText))
                .list().ofMaxSize(120)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void pressLikeTextNeverBreaksTheExtractor(@ForAll("pressLikeText") String text) {
        check(text);
    }

    @Property(tries = 300)
    void arbitraryUnicodeNeverBreaksTheExtractor(@ForAll String text) {
        check(text);
    }

    private static void check(String text) {
        Extraction x = EXTRACTOR.extract(new Statement("p", text, null, "en"));
        int length = text.codePointCount(0, text.length());
        for (Quote q : x.quotes()) {
            assertNotNull(q.text());
            assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= length, "quote span " + q.start() + ".." + q.end() + " of " + length);
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1, "confidence " + q.confidence());
        }
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= length, "mention span " + m.start() + ".." + m.end() + " of " + length);
            }
        }
        Set<String> tops = new HashSet<>();
        double previous = Double.MAX_VALUE;
        for (TopicTag t : x.topics()) {
            assertTrue(t.score() >= 0 && t.score() <= 1, t.toString());
            assertTrue(t.score() <= previous, "topics out of order: " + x.topics());
            previous = t.score();
            if (t.level() == 1) {
                tops.add(t.code().substring(0, 9));
            }
        }
        for (TopicTag t : x.topics()) {
            if (t.level() > 1) {
                assertTrue(!tops.isEmpty(), "a deeper topic without any top level: " + x.topics());
            }
        }
        for (String p : x.keyPhrases()) {
            assertTrue(!p.isBlank(), "blank key phrase");
        }
        assertEquals(Extractor.VERSION, x.extractorVersion());
    }
}
