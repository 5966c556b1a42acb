package io.pressflow.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class StatementIdentityTest {

    @Test
    void hashIsSha256OfHeadlineNewlineBody() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("Rate held\nThe committee held the rate.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, StatementIdentity.contentHash("Rate held", "The committee held the rate."));
        assertEquals(64, expected.length());
    }

    @Test
    void derivedIdIsStableAndShort() {
        String hash = StatementIdentity.contentHash(null, "Body.");
        String id = StatementIdentity.idOf(null, hash);
        assertTrue(id.matches("st-[0-9a-f]{16}"), id);
        assertEquals(id, StatementIdentity.idOf("  ", StatementIdentity.contentHash(null, "Body.")));
        assertEquals("st-" + hash.substring(0, 16), id);
    }

    @Test
    void givenIdWins() {
        assertEquals("gov-17", StatementIdentity.idOf(" gov-17 ", StatementIdentity.contentHash(null, "x")));
    }

    @Test
    void rewrappingAndUnicodeFormDoNotChangeTheHash() {
        String a = StatementIdentity.contentHash("Café talks", "The minister said:\n\n“We agree.”\n");
        String b = StatementIdentity.contentHash(" Cafe\u0301  talks", "The minister\u00A0said: \r\n“We agree.”");
        assertEquals(a, b);
    }

    @Test
    void theDatePrefixDatesTheStatementButIsNotItsContent() {
        assertEquals(StatementIdentity.contentHash("H", "date 2026-01-01 Text."),
                StatementIdentity.contentHash("H", "Text."));
    }

    @Test
    void differentWordsOrHeadlinesGiveDifferentIds() {
        String base = StatementIdentity.contentHash("H", "The rate is 3.25 per cent.");
        assertNotEquals(base, StatementIdentity.contentHash("H", "The rate is 3.5 per cent."));
        assertNotEquals(base, StatementIdentity.contentHash("Other", "The rate is 3.25 per cent."));
        assertNotEquals(base, StatementIdentity.contentHash(null, "The rate is 3.25 per cent."));
        // the separator keeps headline and body apart: moving words across it changes the hash
        assertNotEquals(StatementIdentity.contentHash("A B", "C"), StatementIdentity.contentHash("A", "B C"));
    }
}
