package io.pressflow.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.extract.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KeyPhrasesTest {
    private static final TopicClassifier CLASSIFIER = new TopicClassifier();

    private static List<String> phrases(String text) {
        return CLASSIFIER.classify(Statement.of("k", text)).keyPhrases();
    }

    @Test
    void findsTheRepeatedSubjectsOfAStatement() {
        List<String> found = phrases("""
                The minister called for humanitarian aid to Northland after the floods. She said humanitarian aid \
                must reach every village, and that sanctions on Southland should stay until the border reopens. \
                Her government will discuss sanctions on Southland with its allies next week.""");
        assertTrue(found.contains("humanitarian aid to Northland") || found.contains("humanitarian aid"), found.toString());
        assertTrue(found.contains("sanctions on Southland"), found.toString());
    }

    @Test
    void aHandfulBestFirstWithoutDuplicates() {
        List<String> found = phrases("""
                Interest rates stayed on hold. The central bank said interest rates would stay on hold while \
                consumer price inflation remained above target, and that the central bank would publish new \
                forecasts for economic growth, wage growth, house prices and energy prices in May.""");
        assertFalse(found.isEmpty());
        assertTrue(found.size() <= KeyPhrases.MAX_PHRASES, found.toString());
        assertEquals(found.size(), found.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().count(), found.toString());
        assertTrue(found.subList(0, 2).stream().anyMatch(s -> s.equalsIgnoreCase("interest rates") || s.equalsIgnoreCase("central bank")),
                found.toString());
    }

    @Test
    void phrasesAreTextFromTheStatementWithoutStopWordsAtTheEdges() {
        String text = "A new vaccination campaign starts today. The vaccination campaign targets measles in schools, "
                + "and the measles outbreak in the north is the reason for the vaccination campaign.";
        List<String> found = phrases(text);
        assertTrue(found.contains("vaccination campaign"), found.toString());
        for (String p : found) {
            assertTrue(text.toLowerCase(Locale.ROOT).contains(p.toLowerCase(Locale.ROOT)), p);
            String first = p.split(" ")[0].toLowerCase(Locale.ROOT);
            assertFalse(List.of("the", "a", "and", "of", "in", "is", "new").contains(first), p);
        }
    }

    @Test
    void namesAloneAreLeftToTheEntityExtractor() {
        List<String> found = phrases("""
                President Anna Berg met Prime Minister Jon Kale. President Anna Berg said the trade agreement \
                would cut tariffs, and Prime Minister Jon Kale said the trade agreement was good for farmers.""");
        assertEquals("trade agreement", found.get(0), found.toString());
    }

    @Test
    void emptyTextHasNoPhrases() {
        assertTrue(phrases("").isEmpty());
        assertTrue(phrases("  \n\n ").isEmpty());
    }
}
