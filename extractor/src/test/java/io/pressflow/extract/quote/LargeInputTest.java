package io.pressflow.extract.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.extract.Statement;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A 5 MB statement completes (the work is linear) and its spans stay sane. No timing assertion. */
class LargeInputTest {

    private static final String[] PARAGRAPHS = {
        "\"The bridge opens in May,\" Mayor Lina Okafor said on Tuesday.",
        "Okafor added that the council would vote on rents next week.",
        "\"We kept every promise,\" she said, \"and we will keep this one.\"",
        "According to Ivo Petrov, \"the budget is balanced for the first time.",
        "The Estonian president told reporters that the ports stay open, and branded the plan as \u201Cbold.\u201D",
        "An unbalanced \u00AB mark and a stray ' apostrophe and \u201E one more follow here without end",
        "Officials said the harbour will reopen, the Northern Rail Authority said.",
    };

    @Test
    void fiveMegabytesOfTextComplete() {
        StringBuilder b = new StringBuilder(5_200_000);
        int i = 0;
        while (b.length() < 5_000_000) {
            b.append(PARAGRAPHS[i % PARAGRAPHS.length]).append(i % 3 == 0 ? "\n\n" : " ");
            i++;
        }
        String text = b.toString();
        List<Quote> quotes = new QuoteExtractor().extract(Statement.of("big", text));
        assertFalse(quotes.isEmpty(), "quotes are found in a long text");
        QuoteExtractorPropertiesTest.assertSane(text, quotes);
        for (Quote q : quotes) {
            assertTrue(q.end() - q.start() < 5_000, "no span runs away over the text: " + q.start() + ".." + q.end());
        }
    }

    @Test
    void oneUnclosedMarkOverAHugeParagraphStaysInIt() {
        String text = "\"" + "word ".repeat(200_000) + "\n\n\"Short,\" Ivo Petrov said.";
        List<Quote> quotes = new QuoteExtractor().extract(Statement.of("big", text));
        QuoteExtractorPropertiesTest.assertSane(text, quotes);
        assertTrue(quotes.stream().anyMatch(q -> q.text().equals("Short,") && "Ivo Petrov".equals(q.speaker())), quotes.toString());
    }

    @Test
    void aVeryLongListOfTitlesNeedsNoDeepRecursion() throws InterruptedException {
        // each title after "and" asks whether the one before is a title: once answered in a chain, now in order
        String text = "His novels include " + String.join(" and ", Collections.nCopies(50_000, "\"Low Water\"")) + ".";
        AtomicReference<Object> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(new QuoteExtractor().extract(Statement.of("titles", text)));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertTrue(result.get() instanceof List<?>, "completed on a 256 KB stack: " + result.get());
        assertTrue(((List<?>) result.get()).isEmpty(), "titles are no quotes");
    }

    @Test
    void aVeryLongListOfQuotedWordsIsReadOnce() {
        // each quoted word asks how long its list is: worked out once for all, not once per word
        String text = "Words such as " + String.join(", ", Collections.nCopies(50_000, "\"soon\"")) + " mark forecasts.";
        List<Quote> quotes = new QuoteExtractor().extract(Statement.of("words", text));
        QuoteExtractorPropertiesTest.assertSane(text, quotes);
        assertTrue(quotes.isEmpty(), "words mentioned are no quotes");
    }
}
