package io.pressflow.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressflow.avro.PressStatement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire compatibility with Confluent's own code: the npm package @confluentinc/schemaregistry reads
 * what the Java serializer wrote, and writes a record the Java deserializer must read.
 */
class ConfluentNodeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path nodeDir;

    @BeforeAll
    static void installConfluentClient() throws Exception {
        nodeDir = Path.of(System.getProperty("pressflow.node.dir", "src/test/node")).toAbsolutePath();
        if (!Files.isDirectory(nodeDir.resolve("node_modules/@confluentinc/schemaregistry"))) {
            // node_modules is not committed (~170 MB): install exactly the locked versions
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Files.createTempFile("pressflow-npm-ci", ".log"), 15);
        }
    }

    @Test
    void confluentReadsJavaBytesAndJavaReadsConfluentBytes(@TempDir Path tmp) throws Exception {
        String url = SharedRegistry.url();
        String topic = SharedRegistry.unique("node-wire");
        AvroSerde<PressStatement> serde = AvroSerde.of(PressStatement.class,
                Map.of(RegistryConfig.SCHEMA_REGISTRY_URL, url), false);
        PressStatement fromJava = Fixtures.statement("java-1");
        byte[] javaBytes = serde.serializer().serialize(topic, fromJava);

        PressStatement forNode = PressStatement.newBuilder(Fixtures.sparseStatement("node-1"))
                .setBody("Stra\u00dfe, \u0141\u00f3d\u017a and \ud83d\udcf0: a body outside Latin-1.")
                .setPublishedDate(LocalDate.of(1999, 12, 31))
                .setReceivedAt(Instant.ofEpochMilli(4_102_444_800_000L))
                .build();

        ObjectNode input = JSON.createObjectNode()
                .put("registryUrl", url)
                .put("topic", topic)
                .put("decode", HexFormat.of().formatHex(javaBytes));
        input.set("encode", asJson(forNode));
        Path in = tmp.resolve("input.json");
        Path out = tmp.resolve("output.json");
        JSON.writeValue(in.toFile(), input);

        run(List.of("node", "wire-check.js", in.toString(), out.toString()), tmp.resolve("node.log"), 3);
        JsonNode result = JSON.readTree(out.toFile());

        // Confluent's deserializer saw exactly the Java record
        assertEquals(asJson(fromJava), result.get("decoded"));

        // Confluent's serializer framed its record with the same id; the Java deserializer reads it back
        byte[] nodeBytes = HexFormat.of().parseHex(result.get("encoded").asText());
        assertArrayEquals(Arrays.copyOf(javaBytes, 5), Arrays.copyOf(nodeBytes, 5),
                "magic byte and schema id " + ByteBuffer.wrap(javaBytes, 1, 4).getInt());
        AvroDeserializer<PressStatement> reader = new AvroDeserializer<>(PressStatement.class);
        reader.configure(Map.of(RegistryConfig.SCHEMA_REGISTRY_URL, url), false);
        assertEquals(forNode, reader.deserialize(topic, nodeBytes));
    }

    /** The record as plain JSON in Avro's own terms (days since epoch, epoch millis, bare union values). */
    private static JsonNode asJson(PressStatement s) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Schema.Field f : s.getSchema().getFields()) {
            Object v = s.get(f.pos());
            if (v instanceof LocalDate d) v = (int) d.toEpochDay();
            if (v instanceof Instant i) v = i.toEpochMilli();
            fields.put(f.name(), v);
        }
        return JSON.readTree(JSON.writeValueAsString(fields));
    }

    private static void run(List<String> command, Path log, long timeoutMinutes) throws Exception {
        Process p = new ProcessBuilder(command).directory(nodeDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutMinutes + " min; log: "
                    + Files.readString(log));
        }
        assertTrue(p.exitValue() == 0, String.join(" ", command) + " exited " + p.exitValue() + ":\n" + Files.readString(log));
    }
}
