package io.pressflow.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every schema in src/main/avro must stay BACKWARD compatible with its last released version
 * (src/main/avro/released/<Name>/vN.avsc), as judged by the real registry, so that consumers on the
 * new schema can read everything already on the topics.
 */
class SchemaEvolutionIT {
    /** Schemas other files refer to by name: parsed first, like the avro-maven-plugin's imports. */
    private static final List<String> IMPORTS = List.of("PressStatement");

    private static Path avroDir;
    private static SchemaRegistryClient client;

    @BeforeAll
    static void setUp() {
        avroDir = Path.of(System.getProperty("pressflow.avro.dir", "src/main/avro"));
        client = SchemaRegistryClient.of(SharedRegistry.url());
    }

    @TestFactory
    Stream<DynamicTest> everySchemaIsBackwardCompatibleWithItsReleasedVersion() throws IOException {
        List<String> names = currentNames();
        assertFalse(names.isEmpty(), "no .avsc found in " + avroDir.toAbsolutePath());
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Path released = latestReleased(name).orElseThrow(() -> new AssertionError(
                    name + ".avsc has no released version: add " + avroDir.resolve("released/" + name + "/v1.avsc")));
            Schema previous = parse(released, true);
            Schema current = parse(avroDir.resolve(name + ".avsc"), false);

            String subject = SharedRegistry.unique("evolution-" + name) + "-value";
            assertEquals("BACKWARD", client.setCompatibility(subject, "BACKWARD"));
            int previousId = client.register(subject, previous);
            CompatibilityResult verdict = client.testCompatibility(subject, current);
            assertTrue(verdict.compatible(), name + " is not BACKWARD compatible with " + released.getFileName()
                    + ": " + verdict.messages());
            int currentId = client.register(subject, current);
            assertTrue(currentId > 0 && previousId > 0);

            // Avro's own rule must agree: the current schema reads data written with the released one
            assertEquals(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE,
                    SchemaCompatibility.checkReaderWriterCompatibility(current, previous).getType());
        }));
    }

    @Test
    void theRegistryRefusesAnIncompatibleChange() throws IOException {
        Schema current = parse(avroDir.resolve("PressStatement.avsc"), false);
        // a new required field without a default: new readers could not read old records
        Schema breaking = new Schema.Parser().parse(current.toString().replace(
                "{\"name\":\"contentHash\"", "{\"name\":\"wordCount\",\"type\":\"int\"},{\"name\":\"contentHash\""));
        String subject = SharedRegistry.unique("evolution-breaking") + "-value";
        client.setCompatibility(subject, "BACKWARD");
        client.register(subject, current);

        CompatibilityResult verdict = client.testCompatibility(subject, breaking);
        assertFalse(verdict.compatible());
        SchemaRegistryException refused = assertThrows(SchemaRegistryException.class, () -> client.register(subject, breaking));
        assertEquals(409, refused.status());
        assertTrue(refused.isIncompatible());
        assertTrue(refused.getMessage().contains("HTTP 409"), refused.getMessage());

        // the same field with a default is a compatible change: the check is not simply "no"
        Schema additive = new Schema.Parser().parse(current.toString().replace(
                "{\"name\":\"contentHash\"", "{\"name\":\"wordCount\",\"type\":\"int\",\"default\":0},{\"name\":\"contentHash\""));
        assertTrue(client.testCompatibility(subject, additive).compatible());
    }

    private static List<String> currentNames() throws IOException {
        try (Stream<Path> files = Files.list(avroDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".avsc"))
                    .map(f -> f.substring(0, f.length() - ".avsc".length()))
                    .sorted()
                    .toList();
        }
    }

    private static Optional<Path> latestReleased(String name) throws IOException {
        Path dir = avroDir.resolve("released").resolve(name);
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("v\\d+\\.avsc"))
                    .max(Comparator.comparingInt(SchemaEvolutionIT::versionOf));
        }
    }

    private static int versionOf(Path p) {
        String f = p.getFileName().toString();
        return Integer.parseInt(f.substring(1, f.length() - ".avsc".length()));
    }

    /** Parses one schema, with the named types it refers to taken from the same generation. */
    private static Schema parse(Path file, boolean released) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        for (String imported : IMPORTS) {
            Path importFile = released ? latestReleased(imported).orElseThrow() : avroDir.resolve(imported + ".avsc");
            if (!importFile.equals(file)) {
                parser.parse(Files.readString(importFile));
            }
        }
        return parser.parse(Files.readString(file));
    }
}
