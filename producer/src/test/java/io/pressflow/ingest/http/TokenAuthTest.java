package io.pressflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenAuthTest {
    @Test
    void onlyABearerHeaderWithAConfiguredTokenIsAllowed() {
        TokenAuth auth = TokenAuth.of(TokenAuth.parseList(" alpha-1 , beta-2,,"));
        assertEquals(2, auth.size());
        assertTrue(auth.allows("Bearer alpha-1"));
        assertTrue(auth.allows("bearer beta-2"));
        assertFalse(auth.allows("Bearer alpha-2"));
        assertFalse(auth.allows("Bearer "));
        assertFalse(auth.allows("Basic alpha-1"));
        assertFalse(auth.allows("alpha-1"));
        assertFalse(auth.allows(null));
    }

    @Test
    void tokensComeFromAFileSkippingCommentsAndBlanks(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "# desk systems\nwire-desk\n\n  photo-desk  \n");
        assertEquals(List.of("wire-desk", "photo-desk"), TokenAuth.readFile(file));
    }

    @Test
    void noTokensMeansNothingIsAllowed() {
        TokenAuth none = TokenAuth.of(TokenAuth.parseList(null));
        assertTrue(none.isEmpty());
        assertFalse(none.allows("Bearer "));
    }
}
