package io.pressflow.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final Taxonomy TAXONOMY = Taxonomy.load();

    @Test
    void taxonomyHasSeventeenTopLevelsAndEveryConceptRollsUpToOne() {
        assertEquals(17, TAXONOMY.topLevels().length);
        assertEquals(1084, TAXONOMY.size());
        for (int c = 0; c < TAXONOMY.size(); c++) {
            int top = TAXONOMY.top(c);
            assertEquals(1, TAXONOMY.level(top), TAXONOMY.code(c));
        }
    }

    @Test
    void bundledLexiconVotesForEveryTopLevel() {
        Lexicon lexicon = Lexicon.load(TAXONOMY);
        Set<Integer> tops = new HashSet<>();
        for (int e = 0; e < lexicon.entries(); e++) {
            for (int k = lexicon.firstItem(e); k < lexicon.endItem(e); k++) {
                tops.add(TAXONOMY.top(lexicon.concept(k)));
                assertTrue(lexicon.weight(k) > 0);
            }
        }
        assertEquals(17, tops.size());
        assertTrue(lexicon.entries() > 1500, "lexicon unexpectedly small: " + lexicon.entries());
    }

    @Test
    void phrasesArePrefixLinked() throws Exception {
        Lexicon lexicon = Lexicon.parse(new BufferedReader(new StringReader("@20000073\n4 peace talks | peace\n")), TAXONOMY);
        long peace = Tokens.hashWord("peace");
        int v = lexicon.lookup(peace);
        assertTrue(Lexicon.entryOf(v) >= 0);
        assertTrue(Lexicon.continues(v));
        int talks = lexicon.lookup(Tokens.extend(peace, Tokens.hashWord("talks")));
        assertTrue(Lexicon.entryOf(talks) >= 0);
        assertTrue(!Lexicon.continues(talks));
    }

    @Test
    void unknownConceptsAndMalformedLinesAreErrors() {
        assertThrows(IllegalStateException.class,
                () -> Lexicon.parse(new BufferedReader(new StringReader("@99999999\n1 x\n")), TAXONOMY));
        assertThrows(IllegalStateException.class,
                () -> Lexicon.parse(new BufferedReader(new StringReader("1 orphan\n")), TAXONOMY));
        assertThrows(IllegalStateException.class,
                () -> Lexicon.parse(new BufferedReader(new StringReader("@11000000\nheavy word\n")), TAXONOMY));
    }

    @Test
    void aPhraseVotesOncePerTopLevel() throws Exception {
        Lexicon lexicon = Lexicon.parse(new BufferedReader(new StringReader(
                "@05000000\n4 student\n@20000415\n3 student\n@20001182\n2 student\n")), TAXONOMY);
        int entry = Lexicon.entryOf(lexicon.lookup(Tokens.hashWord("student")));
        assertEquals(2, lexicon.endItem(entry) - lexicon.firstItem(entry), "education once, arts once");
        int first = lexicon.firstItem(entry);
        assertEquals("medtop:20000415", TAXONOMY.code(lexicon.concept(first)), "the most specific concept keeps the vote");
        assertEquals(4f, lexicon.weight(first));
    }
}
