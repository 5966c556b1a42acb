package io.pressflow.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.registry.AvroSerdeException.Reason;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The serde against the real registry server (Apicurio, Confluent API). */
class RegistrySerdeIT {
    private static String url;

    @BeforeAll
    static void startRegistry() {
        url = SharedRegistry.url();
    }

    private static Map<String, Object> config(Object... extra) {
        Map<String, Object> c = new HashMap<>();
        c.put(RegistryConfig.SCHEMA_REGISTRY_URL, url);
        for (int i = 0; i < extra.length; i += 2) c.put((String) extra[i], extra[i + 1]);
        return c;
    }

    @Test
    void registersSerializesAndDeserializesThroughTheRegistry() {
        String topic = SharedRegistry.unique("roundtrip");
        AvroSerde<PressStatement> serde = AvroSerde.of(PressStatement.class, config(), false);
        PressStatement in = Fixtures.statement("rt-1");
        byte[] bytes = serde.serializer().serialize(topic, in);

        SchemaRegistryClient fresh = SchemaRegistryClient.of(url);
        assertTrue(fresh.subjects().contains(topic + "-value"), "TopicNameStrategy subject registered");
        RegisteredSchema latest = fresh.latestVersion(topic + "-value");
        assertEquals(PressStatement.getClassSchema(), latest.schema());
        assertEquals(latest.id(), ByteBuffer.wrap(bytes, 1, 4).getInt(), "header carries the registered id");
        assertEquals(latest.id(), fresh.lookup(topic + "-value", PressStatement.getClassSchema()).id());

        // a deserializer that has never seen the schema fetches it by id
        AvroDeserializer<PressStatement> reader = new AvroDeserializer<>(PressStatement.class);
        reader.configure(config(), false);
        assertEquals(in, reader.deserialize(topic, bytes));
        assertEquals(1, reader.client().requestsSent());
    }

    @Test
    void clientsRacingToRegisterANewSubjectAllGetItsOneId() throws Exception {
        // as the stream threads of a fresh deployment do with their first records
        for (int round = 0; round < 5; round++) {
            String subject = SharedRegistry.unique("race") + "-value";
            int clients = 6;
            CyclicBarrier start = new CyclicBarrier(clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<Integer>> ids = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    ids.add(pool.submit(() -> {
                        SchemaRegistryClient own = SchemaRegistryClient.of(url);
                        start.await();
                        return own.register(subject, QuoteEvent.getClassSchema());
                    }));
                }
                Set<Integer> answers = new HashSet<>();
                for (Future<Integer> id : ids) {
                    answers.add(id.get(60, TimeUnit.SECONDS));
                }
                assertEquals(Set.of(SchemaRegistryClient.of(url).lookup(subject, QuoteEvent.getClassSchema()).id()), answers);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void keysUseTheKeySubject() {
        String topic = SharedRegistry.unique("keys");
        AvroSerde<PressStatement> serde = AvroSerde.of(PressStatement.class, config(), true);
        serde.serializer().serialize(topic, Fixtures.sparseStatement("k-1"));
        assertTrue(SchemaRegistryClient.of(url).subjects().contains(topic + "-key"));
    }

    @Test
    void hotPathMakesNoHttpCallAfterTheFirstRecord() {
        String topic = SharedRegistry.unique("hot");
        AvroSerde<PressStatement> writer = AvroSerde.of(PressStatement.class, config(), false);
        AvroSerde<PressStatement> reader = AvroSerde.of(PressStatement.class, config(), false);
        byte[] first = writer.serializer().serialize(topic, Fixtures.statement("hot-0"));
        reader.deserializer().deserialize(topic, first);
        long writerCalls = writer.serializer().client().requestsSent();
        long readerCalls = reader.deserializer().client().requestsSent();
        assertEquals(1, writerCalls);
        assertEquals(1, readerCalls);
        for (int i = 1; i <= 2_000; i++) {
            PressStatement s = Fixtures.statement("hot-" + i);
            assertEquals(s, reader.deserializer().deserialize(topic, writer.serializer().serialize(topic, s)));
        }
        assertEquals(writerCalls, writer.serializer().client().requestsSent());
        assertEquals(readerCalls, reader.deserializer().client().requestsSent());
    }

    @Test
    void unknownSchemaId() {
        AvroDeserializer<PressStatement> reader = new AvroDeserializer<>(PressStatement.class);
        reader.configure(config(), false);
        byte[] bytes = {0, 0x3b, (byte) 0x9a, (byte) 0xca, 0x00, 2, 'x'}; // id 1,000,000,000
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> reader.deserialize("any", bytes));
        assertEquals(Reason.UNKNOWN_SCHEMA_ID, e.reason());
        assertEquals(1_000_000_000, e.schemaId().orElseThrow());
        assertTrue(e.getMessage().startsWith("unknown schema id: schema id 1000000000 is not in the registry"), e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertFalse(e.isTransient());
    }

    @Test
    void schemaMismatchAgainstRegisteredWriterSchema() {
        String topic = SharedRegistry.unique("mismatch");
        AvroSerde<QuoteEvent> quotes = AvroSerde.of(QuoteEvent.class, config(), false);
        QuoteEvent quote = QuoteEvent.newBuilder()
                .setStatementId("s-1").setQuoteIndex(0).setText("We are ready.").setStart(10).setEnd(23)
                .setKind("direct").setSpeakerType("none").setConfidence(0.5).setSource("test")
                .setExtractorVersion("t").setSourcePartition(0).setSourceOffset(1L).build();
        byte[] bytes = quotes.serializer().serialize(topic, quote);
        AvroDeserializer<PressStatement> reader = new AvroDeserializer<>(PressStatement.class);
        reader.configure(config(), false);
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> reader.deserialize(topic, bytes));
        assertEquals(Reason.SCHEMA_MISMATCH, e.reason());
        assertTrue(e.getMessage().contains("cannot be read as io.pressflow.avro.PressStatement"), e.getMessage());
    }

    @Test
    void withoutAutoRegisterTheSchemaMustBeRegistered() {
        String topic = SharedRegistry.unique("noauto");
        AvroSerde<PressStatement> serde = AvroSerde.of(PressStatement.class,
                config(RegistryConfig.AUTO_REGISTER_SCHEMAS, "false"), false);
        AvroSerdeException e = assertThrows(AvroSerdeException.class,
                () -> serde.serializer().serialize(topic, Fixtures.statement("na-1")));
        assertEquals(Reason.REGISTRY_REFUSED, e.reason());
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());

        int id = SchemaRegistryClient.of(url).register(topic + "-value", PressStatement.getClassSchema());
        byte[] bytes = serde.serializer().serialize(topic, Fixtures.statement("na-2"));
        assertEquals(id, ByteBuffer.wrap(bytes, 1, 4).getInt());
    }

    @Test
    void useLatestVersionTakesTheLatestId() {
        String topic = SharedRegistry.unique("latest");
        int id = SchemaRegistryClient.of(url).register(topic + "-value", PressStatement.getClassSchema());
        AvroSerde<PressStatement> serde = AvroSerde.of(PressStatement.class, config(
                RegistryConfig.AUTO_REGISTER_SCHEMAS, false, RegistryConfig.USE_LATEST_VERSION, true), false);
        byte[] a = serde.serializer().serialize(topic, Fixtures.statement("l-1"));
        byte[] b = serde.serializer().serialize(topic, Fixtures.statement("l-2"));
        assertEquals(id, ByteBuffer.wrap(a, 1, 4).getInt());
        assertArrayEquals(new byte[] {a[1], a[2], a[3], a[4]}, new byte[] {b[1], b[2], b[3], b[4]});
        assertEquals(1, serde.serializer().client().requestsSent(), "latest version fetched once, then cached");
    }

    @Test
    void clientErrorsCarryStatusAndRegistryErrorCode() {
        SchemaRegistryClient client = SchemaRegistryClient.of(url);
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class,
                () -> client.latestVersion(SharedRegistry.unique("nosuchsubject")));
        assertEquals(404, e.status());
        assertTrue(e.errorCode() == 40401 || e.errorCode() == 40402, "Confluent subject/version not found code: " + e.errorCode());
        assertTrue(e.isNotFound());
        assertFalse(e.registryMessage().isBlank());
    }

    @Test
    void unreachableFirstUrlFailsOverToTheNext() {
        SchemaRegistryClient client = SchemaRegistryClient.of("http://127.0.0.1:1", url);
        String subject = SharedRegistry.unique("failover") + "-value";
        int id = client.register(subject, PressStatement.getClassSchema());
        RegisteredSchema latest = client.latestVersion(subject);
        assertEquals(PressStatement.getClassSchema(), latest.schema());
        assertEquals(id, latest.id());
        assertEquals(3, client.requestsSent(), "the dead URL is tried once, then the live one is preferred");
    }
}
