package io.pressflow.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.PressStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
    @TempDir
    Path dir;

    private BenchCorpus corpus() throws IOException {
        String paragraph = "The harbour authority said on Monday that the new ferry berth would open in spring. ";
        Files.writeString(dir.resolve("a.txt"), "date 2026-01-05 " + paragraph.repeat(12) + "\n\n" + paragraph.repeat(3), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "Council votes on budget\n\n" + paragraph.repeat(10) + "\n\n" + paragraph.repeat(4), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ignored.md"), "not a statement", StandardCharsets.UTF_8);
        return BenchCorpus.load(dir);
    }

    @Test
    void statementsAreAboutTwoKilobytesAndAllDistinct() throws IOException {
        BenchCorpus c = corpus();
        assertEquals(2, c.size());
        List<PressStatement> all = c.statements("run1", 0, 50);
        Set<String> ids = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (PressStatement s : all) {
            int bytes = s.getBody().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= BenchCorpus.TARGET_BYTES - 150 && bytes < BenchCorpus.TARGET_BYTES + 1200, "size " + bytes);
            ids.add(s.getId());
            hashes.add(s.getContentHash());
        }
        assertEquals(50, ids.size());
        assertEquals(50, hashes.size());
    }

    @Test
    void statementsMadeOnDemandAreTheSameStatements() throws IOException {
        BenchCorpus c = corpus();
        List<PressStatement> made = c.statements("run1", 10, 5);
        List<PressStatement> onDemand = c.madeOnDemand("run1", 10, 5);
        assertEquals(5, onDemand.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(made.get(i).getId(), onDemand.get(i).getId());
            assertEquals(made.get(i).getBody(), onDemand.get(i).getBody());
        }
        assertThrows(IndexOutOfBoundsException.class, () -> onDemand.get(5));
    }

    @Test
    void anotherRunLabelGivesOtherIds() throws IOException {
        BenchCorpus c = corpus();
        assertNotEquals(c.statement("run1", 3).getId(), c.statement("run2", 3).getId());
        assertEquals(c.statement("run1", 3).getId(), c.statement("run1", 3).getId());
    }

    @Test
    void aFolderWithoutStatementsIsAnError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThrows(IOException.class, () -> BenchCorpus.load(empty));
        assertThrows(IOException.class, () -> BenchCorpus.load(dir.resolve("missing")));
    }
}
