package io.pressflow.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void spansPointAtTheWordsAndSkipPossessives() {
        String text = "Gaza's aid, the workers' rights and O'Neill.";
        Tokens t = Tokens.scan(text, 0);
        assertEquals(7, t.size);
        assertEquals("Gaza", text.substring(t.start[0], t.end[0]));
        assertTrue(t.has(0, Tokens.POSSESSIVE));
        assertTrue(t.has(3, Tokens.POSSESSIVE), "workers'");
        assertFalse(t.has(4, Tokens.BREAK), "a plural possessive does not break the phrase");
        assertEquals("O'Neill", text.substring(t.start[6], t.end[6]));
        assertEquals(Tokens.hashWord("oneill"), t.hash[6]);
    }

    @Test
    void caseAndPluralsFoldToOneHash() {
        assertEquals(Tokens.hashWord("sanctions"), Tokens.hashWord("Sanction"));
        assertEquals(Tokens.hashWord("companies"), Tokens.hashWord("company"));
        assertEquals(Tokens.hashWord("matches"), Tokens.hashWord("match"));
        assertEquals(Tokens.hashWord("businesses"), Tokens.hashWord("business"));
        assertNotEquals(Tokens.hashWord("news"), Tokens.hashWord("new"));
        assertNotEquals(Tokens.hashWord("crisis"), Tokens.hashWord("cris"));
        assertNotEquals(Tokens.hashWord("bus"), Tokens.hashWord("bu"));
    }

    @Test
    void hyphensJoinAndPunctuationBreaks() {
        Tokens t = Tokens.scan("Russia-Ukraine war; cease-fire - now", 0);
        assertEquals(6, t.size);
        assertTrue(t.has(1, Tokens.HYPHEN));
        assertFalse(t.has(1, Tokens.BREAK));
        assertTrue(t.has(3, Tokens.BREAK), "semicolon");
        assertTrue(t.has(4, Tokens.HYPHEN));
        assertTrue(t.has(5, Tokens.BREAK), "a free-standing dash");
    }

    @Test
    void initialsDoNotEndSentences() {
        Tokens t = Tokens.scan("The U.S. President spoke. Then he left.", 0);
        int president = 3;
        assertFalse(t.has(president, Tokens.SENTENCE));
        assertFalse(t.has(president, Tokens.BREAK));
        assertTrue(t.has(5, Tokens.SENTENCE), "Then");
    }

    @Test
    void firstLineWithoutFullStopIsAHeadline() {
        Tokens headline = Tokens.scan("Bank raises rates\n\nThe bank raised rates today.", 0);
        assertTrue(headline.firstLineIsTitle);
        assertEquals(3, headline.firstLineTokens);
        assertEquals(1, headline.paragraph[3]);
        Tokens body = Tokens.scan("The bank raised rates today.\nIt said so.", 0);
        assertFalse(body.firstLineIsTitle);
    }

    @Test
    void nonLatinLettersAndSurrogatesAreHandled() {
        String text = "Erdoğan met Zürich officials 😀 in Kraków";
        Tokens t = Tokens.scan(text, 0);
        assertEquals(6, t.size);
        assertEquals("Erdoğan", text.substring(t.start[0], t.end[0]));
        assertTrue(t.has(4, Tokens.BREAK), "the emoji is punctuation");
    }
}
