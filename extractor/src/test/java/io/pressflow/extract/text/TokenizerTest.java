package io.pressflow.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.string(i));
        }
        return out;
    }

    @Test
    void keepsAbbreviationsInitialsAndInnerHyphensTogether() {
        Tokens t = Tokenizer.tokenize("Mr. J. Okafor met U.S. envoys on a cease-fire in Washington, D.C. today.");
        assertEquals(List.of("Mr.", "J.", "Okafor", "met", "U.S.", "envoys", "on", "a", "cease-fire", "in", "Washington", ",",
                "D.C.", "today", "."), words(t));
        assertTrue(t.has(0, Tokens.ABBREV));
        assertTrue(t.has(2, Tokens.CAP));
    }

    @Test
    void splitsThePossessiveSoTheNameStandsAlone() {
        Tokens t = Tokenizer.tokenize("Varga's plan and Okafor\u2019s reply don't differ.");
        assertEquals(List.of("Varga", "'s", "plan", "and", "Okafor", "\u2019s", "reply", "don't", "differ", "."), words(t));
        assertEquals(Tokens.WORD, t.kind(1));
    }

    @Test
    void quoteMarksAreTokensOfTheirOwnAndDoubledApostrophesAreOne() {
        Tokens t = Tokenizer.tokenize("He called it ''bold'' and \u201Cnew.\u201D");
        assertEquals(Tokens.MARK, t.kind(3));
        assertEquals("''", t.string(3));
        assertEquals(Tokens.MARK, t.kind(t.size() - 1));
    }

    @Test
    void sentencesEndAtStopsBeforeCapitalsButNotAfterTitles() {
        Tokens t = Tokenizer.tokenize("Dr. Ilves spoke first. The panel listened. \"We agree,\" she said. \"Fully.\" Then it ended.");
        assertEquals(5, t.sentences());
        assertEquals("Dr.", t.string(t.sentenceStart(0)));
        assertEquals("The", t.string(t.sentenceStart(1)));
        assertEquals("\"", t.string(t.sentenceStart(2)));
    }

    @Test
    void aClosingMarkAfterAStopEndsTheSentenceOnlyBeforeANewOne() {
        Tokens t = Tokenizer.tokenize("\"It works.\" he said. \"It works.\" He left.");
        assertEquals(3, t.sentences());
        assertEquals("He", t.string(t.sentenceStart(2)));
    }

    @Test
    void lineBreaksStartParagraphs() {
        Tokens t = Tokenizer.tokenize("First line here.\n\nSecond paragraph.\nThird");
        assertEquals(3, t.paragraphs());
        assertTrue(t.has(t.paragraphStart(1), Tokens.PARA_START));
        assertEquals("Third", t.string(t.paragraphStart(2)));
    }

    @Test
    void offsetsPointIntoTheTextFromTheStartIndex() {
        String text = " date 2024-01-01 Body starts here.";
        Tokens t = Tokenizer.tokenize(text, 17);
        assertEquals("Body", t.string(0));
        assertEquals(17, t.start(0));
        assertFalse(t.size() == 0);
    }

    @Test
    void wordSetMatchesAnyCaseAndEitherApostrophe() {
        WordSet set = WordSet.of("don't", "said");
        Tokens t = Tokenizer.tokenize("SAID Don\u2019t");
        assertTrue(set.contains(t, 0));
        assertTrue(set.contains(t, 1));
        assertFalse(set.contains("says"));
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertEquals(0, Tokenizer.tokenize("").size());
        assertEquals(0, Tokenizer.tokenize(" \n\t ").size());
    }
}
