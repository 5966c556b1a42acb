package io.pressflow.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.registry.AvroSerdeException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The serde without a registry: the client is pointed at a closed port and told the ids up front,
 * so everything here runs from the caches. Registry round trips are in the *IT tests.
 */
class AvroSerdeTest {
    private static final String TOPIC = "press.statements.raw";
    private static final String SUBJECT = TOPIC + "-value";
    private static final int ID = 7;

    private SchemaRegistryClient client;
    private AvroSerde<PressStatement> serde;

    @BeforeEach
    void setUp() {
        client = new SchemaRegistryClient(RegistryConfig.from(Map.of(
                "schema.registry.url", "http://127.0.0.1:1", "http.connect.timeout.ms", 2000)));
        client.remember(SUBJECT, ID, PressStatement.getClassSchema());
        serde = AvroSerde.of(PressStatement.class, client, false);
    }

    @Test
    void roundTripKeepsEveryFieldAndLogicalType() {
        PressStatement in = Fixtures.statement("s-1");
        byte[] bytes = serde.serializer().serialize(TOPIC, in);
        assertArrayEquals(new byte[] {0, 0, 0, 0, ID}, Arrays.copyOf(bytes, 5));
        PressStatement out = serde.deserializer().deserialize(TOPIC, bytes);
        assertEquals(in, out);
        assertEquals(Instant.ofEpochMilli(1_773_500_000_123L), out.getReceivedAt());
        assertEquals(0, client.requestsSent(), "ids were known: no HTTP call");
    }

    @Test
    void nullsAndDefaultsSurvive() {
        PressStatement in = Fixtures.sparseStatement("s-2");
        PressStatement out = serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, in));
        assertEquals(in, out);
        assertNull(out.getHeadline());
        assertEquals("en", out.getLanguage());
    }

    @Test
    void nestedRecordsRoundTrip() {
        client.remember("press.statements.enriched-value", 8, EnrichedStatement.getClassSchema());
        AvroSerde<EnrichedStatement> enriched = AvroSerde.of(EnrichedStatement.class, client, false);
        EnrichedStatement in = Fixtures.enriched("s-3");
        assertEquals(in, enriched.deserializer().deserialize("press.statements.enriched",
                enriched.serializer().serialize("press.statements.enriched", in)));
    }

    @Test
    void tombstonesStayNull() {
        assertNull(serde.serializer().serialize(TOPIC, null));
        assertNull(serde.deserializer().deserialize(TOPIC, null));
    }

    @Test
    void wrongMagicByte() {
        byte[] bytes = serde.serializer().serialize(TOPIC, Fixtures.statement("s-4"));
        bytes[0] = 1;
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> serde.deserializer().deserialize(TOPIC, bytes));
        assertEquals(Reason.WRONG_MAGIC_BYTE, e.reason());
        assertTrue(e.getMessage().startsWith("wrong magic byte: first byte is 0x01"), e.getMessage());
    }

    @Test
    void truncatedHeader() {
        AvroSerdeException e = assertThrows(AvroSerdeException.class,
                () -> serde.deserializer().deserialize(TOPIC, new byte[] {0, 0, 0}));
        assertEquals(Reason.TRUNCATED_PAYLOAD, e.reason());
    }

    @Test
    void truncatedBodyAtEveryLength() {
        byte[] bytes = serde.serializer().serialize(TOPIC, Fixtures.statement("s-5"));
        // every cut inside the body must be reported as truncation, never decode to a wrong record
        for (int length = 5; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            AvroSerdeException e = assertThrows(AvroSerdeException.class,
                    () -> serde.deserializer().deserialize(TOPIC, cut), "length " + length);
            assertEquals(Reason.TRUNCATED_PAYLOAD, e.reason(), "length " + length + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith("truncated payload: "), e.getMessage());
            assertEquals(ID, e.schemaId().orElseThrow());
        }
    }

    @Test
    void trailingBytesAreASchemaMismatch() {
        byte[] bytes = serde.serializer().serialize(TOPIC, Fixtures.statement("s-6"));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> serde.deserializer().deserialize(TOPIC, longer));
        assertEquals(Reason.SCHEMA_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("3 bytes left over"), e.getMessage());
    }

    @Test
    void unrelatedWriterSchemaIsASchemaMismatch() {
        client.remember("press.quotes-value", 9, QuoteEvent.getClassSchema());
        byte[] bytes = serde.serializer().serialize(TOPIC, Fixtures.statement("s-7"));
        bytes[4] = 9; // claims to be a QuoteEvent
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> serde.deserializer().deserialize(TOPIC, bytes));
        assertEquals(Reason.SCHEMA_MISMATCH, e.reason());
        assertTrue(e.getMessage().startsWith("schema mismatch: writer schema id 9 (io.pressflow.avro.QuoteEvent) cannot be read as io.pressflow.avro.PressStatement"),
                e.getMessage());
    }

    @Test
    void olderWriterWithoutAFieldResolvesToTheDefault() throws IOException {
        // v0 of PressStatement: no language field yet
        Schema v0 = SchemaBuilder.record("PressStatement").namespace("io.pressflow.avro").fields()
                .requiredString("id").requiredString("source")
                .optionalString("url").optionalString("headline")
                .requiredString("body")
                .name("publishedDate").type().unionOf().nullType().and()
                        .type(org.apache.avro.LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT))).endUnion().nullDefault()
                .name("receivedAt").type(org.apache.avro.LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG))).noDefault()
                .requiredString("contentHash")
                .endRecord();
        client.remember("older-value", 3, v0);
        GenericRecord old = new GenericData.Record(v0);
        old.put("id", "s-8");
        old.put("source", "archive");
        old.put("body", "An old statement.");
        old.put("receivedAt", 86_400_000L);
        old.put("contentHash", "cd".repeat(32));
        PressStatement read = serde.deserializer().deserialize(TOPIC, frame(3, v0, old));
        assertEquals("s-8", read.getId());
        assertEquals("en", read.getLanguage(), "missing field takes the reader's default");
        assertEquals(Instant.ofEpochMilli(86_400_000L), read.getReceivedAt());
    }

    @Test
    void newerWriterWithAnExtraFieldIsReadWithoutIt() throws IOException {
        Schema v2 = new Schema.Parser().parse(PressStatement.getClassSchema().toString()
                .replace("{\"name\":\"contentHash\"",
                        "{\"name\":\"wordCount\",\"type\":\"int\",\"default\":0},{\"name\":\"contentHash\""));
        client.remember("newer-value", 4, v2);
        GenericRecord newer = new GenericData.Record(v2);
        PressStatement base = Fixtures.statement("s-9");
        for (Schema.Field f : PressStatement.getClassSchema().getFields()) {
            newer.put(f.name(), GenericData.get().deepCopy(f.schema(), genericValue(base, f)));
        }
        newer.put("wordCount", 23);
        assertEquals(base, serde.deserializer().deserialize(TOPIC, frame(4, v2, newer)));
    }

    @Test
    void registryDownIsTransient() {
        byte[] bytes = serde.serializer().serialize(TOPIC, Fixtures.statement("s-10"));
        bytes[4] = 42; // an id nobody told the client about: it must ask the (closed) registry
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> serde.deserializer().deserialize(TOPIC, bytes));
        assertEquals(Reason.REGISTRY_UNAVAILABLE, e.reason());
        assertTrue(e.isTransient());
        assertEquals(1, client.requestsSent());
    }

    @Test
    void serializerReportsRegistryDownForUnknownSchemas() {
        AvroSerdeException e = assertThrows(AvroSerdeException.class,
                () -> serde.serializer().serialize("other.topic", Fixtures.statement("s-11")));
        assertEquals(Reason.REGISTRY_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("other.topic-value"), e.getMessage());
    }

    @Test
    void recordMissingARequiredFieldIsInvalid() {
        PressStatement broken = new PressStatement(); // every field null, body included
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> serde.serializer().serialize(TOPIC, broken));
        assertEquals(Reason.INVALID_RECORD, e.reason());
    }

    @Test
    void unconfiguredSerdeSaysSo() {
        assertThrows(IllegalStateException.class, () -> new AvroSerde<>(PressStatement.class).serializer());
        assertThrows(IllegalStateException.class,
                () -> new AvroDeserializer<>(PressStatement.class).deserialize(TOPIC, new byte[] {0, 0, 0, 0, 1}));
    }

    private static Object genericValue(PressStatement s, Schema.Field f) {
        Object v = s.get(f.pos());
        if (v instanceof java.time.LocalDate d) return (int) d.toEpochDay();
        if (v instanceof Instant i) return i.toEpochMilli();
        return v;
    }

    private static byte[] frame(int id, Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireFormat.writeHeader(out, id);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
