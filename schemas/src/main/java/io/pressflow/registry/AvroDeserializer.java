package io.pressflow.registry;

import io.pressflow.registry.AvroSerdeException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro: looks up the writer schema by the id in the header and resolves it
 * to the reader's generated class, so records written with an older or newer compatible schema
 * still decode.
 *
 * <p>What it decodes into: the class given to the constructor; else the class configured with
 * {@code specific.avro.value.type} / {@code specific.avro.key.type}; else, with
 * {@code specific.avro.reader=true}, the generated class named like the writer schema; else a
 * {@link org.apache.avro.generic.GenericRecord}.
 *
 * <p>Every failure is an {@link AvroSerdeException} (a Kafka SerializationException) whose message
 * starts with the reason: wrong magic byte, truncated payload, unknown schema id, schema mismatch,
 * malformed payload, registry unavailable.
 */
public class AvroDeserializer<T> implements Deserializer<T> {
    private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();

    static {
        GeneratedTypesTrust.install();
    }

    private Class<T> type;
    private SchemaRegistryClient client;
    private boolean specificAvroReader;
    /** Per writer schema id: the reader to use, or why there is none (checked once, not per record). */
    private final Map<Integer, Resolution<T>> resolutions = new ConcurrentHashMap<>();

    private record Resolution<T>(DatumReader<T> reader, Schema writer, String mismatch) {}

    /** For use from Kafka properties: the target class comes from specific.avro.*.type or specific.avro.reader. */
    public AvroDeserializer() {}

    public AvroDeserializer(Class<T> type) {
        this.type = type;
    }

    /** Shares an existing client (and its caches). */
    public AvroDeserializer(Class<T> type, SchemaRegistryClient client) {
        this.type = type;
        this.client = client;
        this.specificAvroReader = client.config().specificAvroReader();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configure(Map<String, ?> configs, boolean isKey) {
        RegistryConfig config = client == null || configs.containsKey(RegistryConfig.SCHEMA_REGISTRY_URL)
                ? RegistryConfig.from(configs) : client.config();
        if (client == null) {
            client = new SchemaRegistryClient(config);
        }
        specificAvroReader = config.specificAvroReader();
        if (type == null) {
            type = (Class<T>) config.specificType(isKey).orElse(null);
        }
        resolutions.clear();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null; // tombstone
        }
        if (client == null) {
            throw new IllegalStateException("AvroDeserializer is not configured: call configure() or use AvroSerde.of(...)");
        }
        WireFormat.Framed framed = WireFormat.read(data);
        Resolution<T> resolution = resolutions.computeIfAbsent(framed.schemaId(), this::resolve);
        if (resolution.mismatch() != null) {
            throw new AvroSerdeException(Reason.SCHEMA_MISMATCH, OptionalInt.of(framed.schemaId()), resolution.mismatch(), null);
        }
        return decode(topic, framed, resolution);
    }

    private Resolution<T> resolve(int schemaId) {
        Schema writer = writerSchema(schemaId);
        Schema reader = readerSchema(writer);
        if (reader == null) {
            return new Resolution<>(null, writer, "writer schema id " + schemaId + " (" + writer.getFullName()
                    + ") has no generated class on the classpath (specific.avro.reader=true)");
        }
        SchemaCompatibility.SchemaPairCompatibility check = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (check.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            String why = check.getResult().getIncompatibilities().stream()
                    .map(i -> i.getType() + " at " + i.getLocation() + " (" + i.getMessage() + ")")
                    .collect(Collectors.joining("; "));
            return new Resolution<>(null, writer, "writer schema id " + schemaId + " (" + writer.getFullName()
                    + ") cannot be read as " + reader.getFullName() + ": " + why);
        }
        return new Resolution<>(datumReader(writer, reader), writer, null);
    }

    private Schema writerSchema(int schemaId) {
        try {
            return client.schemaById(schemaId);
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                throw new AvroSerdeException(Reason.UNKNOWN_SCHEMA_ID, OptionalInt.of(schemaId),
                        "schema id " + schemaId + " is not in the registry " + client.config().urls()
                                + " (HTTP " + e.status() + ", error_code " + e.errorCode() + ": " + e.registryMessage() + ")", e);
            }
            Reason reason = e.isTransient() ? Reason.REGISTRY_UNAVAILABLE : Reason.REGISTRY_REFUSED;
            throw new AvroSerdeException(reason, OptionalInt.of(schemaId),
                    "could not fetch schema id " + schemaId + ": " + e.getMessage(), e);
        }
    }

    /** The reader side: the configured class's schema, the writer's own class, or the writer schema itself. */
    private Schema readerSchema(Schema writer) {
        if (type != null && SpecificRecord.class.isAssignableFrom(type)) {
            return SpecificData.getForClass(type).getSchema(type);
        }
        if (specificAvroReader) {
            Class<?> generated = SpecificData.get().getClass(writer);
            return generated == null ? null : SpecificData.getForClass(generated).getSchema(generated);
        }
        return writer;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DatumReader<T> datumReader(Schema writer, Schema reader) {
        if (type != null && SpecificRecord.class.isAssignableFrom(type)) {
            return new SpecificDatumReader<>(writer, reader, SpecificData.getForClass(type));
        }
        if (specificAvroReader) {
            Class<?> generated = SpecificData.get().getClass(writer);
            return new SpecificDatumReader(writer, reader, SpecificData.getForClass(generated));
        }
        return (DatumReader<T>) new GenericDatumReader<>(writer, reader, GenericData.get());
    }

    private T decode(String topic, WireFormat.Framed framed, Resolution<T> resolution) {
        int id = framed.schemaId();
        String what = "Avro body of " + framed.bodyLength() + " bytes, writer schema id " + id
                + " (" + resolution.writer().getFullName() + "), topic " + topic;
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(framed.data(), framed.bodyOffset(), framed.bodyLength(), DECODER.get());
        DECODER.set(decoder);
        T value;
        try {
            value = resolution.reader().read(null, decoder);
        } catch (EOFException e) {
            throw new AvroSerdeException(Reason.TRUNCATED_PAYLOAD, OptionalInt.of(id), what + ": ended before the record was complete", e);
        } catch (AvroTypeException e) {
            throw new AvroSerdeException(Reason.SCHEMA_MISMATCH, OptionalInt.of(id), what + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new AvroSerdeException(Reason.MALFORMED_PAYLOAD, OptionalInt.of(id), what + ": " + e, e);
        }
        try {
            if (!decoder.isEnd()) {
                int left = decoder.inputStream().available();
                throw new AvroSerdeException(Reason.SCHEMA_MISMATCH, OptionalInt.of(id),
                        what + ": " + left + " bytes left over after the record, so the body was not written with this schema", null);
            }
        } catch (IOException e) {
            throw new AvroSerdeException(Reason.MALFORMED_PAYLOAD, OptionalInt.of(id), what + ": " + e, e);
        }
        return value;
    }

    public SchemaRegistryClient client() {
        return client;
    }
}
