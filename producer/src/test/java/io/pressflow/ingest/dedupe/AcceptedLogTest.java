package io.pressflow.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptedLogTest {
    @TempDir
    Path dir;

    private static AcceptedLog.Accepted a(String id, String hash, long offset) {
        return new AcceptedLog.Accepted(id, hash, "press.statements.raw", 1, offset);
    }

    @Test
    void whatWasRememberedIsFoundAfterReopening() throws Exception {
        Path file = dir.resolve("sub/accepted.tsv");
        try (AcceptedLog log = AcceptedLog.open(file)) {
            log.remember(a("st-1", "h1", 10));
            log.remember(a("st-2", "h2", 11));
            log.remember(a("st-1", "h1b", 12)); // a correction replaces the earlier entry
        }
        try (AcceptedLog log = AcceptedLog.open(file)) {
            assertEquals(Optional.of(a("st-1", "h1b", 12)), log.find("st-1"));
            assertEquals(Optional.of(a("st-2", "h2", 11)), log.find("st-2"));
            assertEquals(Optional.empty(), log.find("st-3"));
            assertEquals(2, log.size());
        }
    }

    @Test
    void aLineTornByACrashIsSkipped() throws Exception {
        Path file = dir.resolve("accepted.tsv");
        try (AcceptedLog log = AcceptedLog.open(file)) {
            log.remember(a("st-1", "h1", 10));
        }
        Files.writeString(file, "st-2\th2\tpress.stat", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (AcceptedLog log = AcceptedLog.open(file)) {
            assertTrue(log.find("st-1").isPresent());
            assertTrue(log.find("st-2").isEmpty());
        }
    }

    @Test
    void itIsBoundedAndTheFileIsCompacted() throws Exception {
        Path file = dir.resolve("accepted.tsv");
        try (AcceptedLog log = AcceptedLog.open(file, 3)) {
            for (int i = 1; i <= 10; i++) {
                log.remember(a("st-" + i, "h" + i, i));
            }
            assertEquals(3, log.size());
            assertTrue(log.find("st-7").isEmpty(), "the oldest are forgotten");
            assertTrue(log.find("st-10").isPresent());
            assertTrue(Files.readAllLines(file).size() <= 6, "the file is rewritten past twice the bound");
        }
        try (AcceptedLog log = AcceptedLog.open(file, 3)) {
            assertTrue(log.find("st-8").isPresent() && log.find("st-9").isPresent() && log.find("st-10").isPresent());
        }
    }

    @Test
    void idsWithTabsOrLineBreaksAreRefused() throws Exception {
        try (AcceptedLog log = AcceptedLog.open(dir.resolve("accepted.tsv"))) {
            assertThrows(IllegalArgumentException.class, () -> log.remember(a("a\tb", "h", 1)));
        }
    }
}
