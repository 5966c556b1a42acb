package io.pressflow.registry;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Serializer and deserializer of one generated Avro class, sharing one registry client so that an
 * id learnt while writing needs no lookup when reading.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {
    private final Class<T> type;
    private AvroSerializer<T> serializer;
    private AvroDeserializer<T> deserializer;

    /** Unconfigured; configure() creates the client from schema.registry.url and friends. */
    public AvroSerde(Class<T> type) {
        this.type = type;
    }

    /** Uses an existing client and its options; configure() is still needed to say key or value. */
    public AvroSerde(Class<T> type, SchemaRegistryClient client) {
        this.type = type;
        this.serializer = new AvroSerializer<>(client);
        this.deserializer = new AvroDeserializer<>(type, client);
    }

    /** A configured serde: e.g. {@code AvroSerde.of(PressStatement.class, Map.of("schema.registry.url", url), false)}. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, Map<String, ?> configs, boolean isKey) {
        AvroSerde<T> serde = new AvroSerde<>(type);
        serde.configure(configs, isKey);
        return serde;
    }

    /** A configured serde on a shared client (one client per process keeps one cache). */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, SchemaRegistryClient client, boolean isKey) {
        AvroSerde<T> serde = new AvroSerde<>(type, client);
        serde.configure(Map.of(), isKey);
        return serde;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (serializer == null) {
            SchemaRegistryClient client = new SchemaRegistryClient(RegistryConfig.from(configs));
            serializer = new AvroSerializer<>(client);
            deserializer = new AvroDeserializer<>(type, client);
        }
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public AvroSerializer<T> serializer() {
        requireConfigured();
        return serializer;
    }

    @Override
    public AvroDeserializer<T> deserializer() {
        requireConfigured();
        return deserializer;
    }

    public Class<T> type() {
        return type;
    }

    private void requireConfigured() {
        if (serializer == null) {
            throw new IllegalStateException("AvroSerde<" + type.getSimpleName() + "> is not configured: use AvroSerde.of(...) or configure()");
        }
    }
}
