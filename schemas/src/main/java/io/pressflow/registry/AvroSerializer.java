package io.pressflow.registry;

import io.pressflow.registry.AvroSerdeException.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes generated Avro records in Confluent's wire format, with the schema id of the record's own
 * schema under the subject {@code <topic>-value} (or {@code -key}).
 *
 * <p>How the id is found, as with Confluent's serializer: {@code auto.register.schemas=true}
 * (default) registers the schema; otherwise {@code use.latest.version=true} takes the subject's
 * latest version; otherwise the schema must already be registered (lookup). One difference, kept on
 * purpose: data is always written with the record's own schema, so with use.latest.version a
 * record whose schema differs from the latest version is written under the id of its own
 * registered version (looked up, never registered) instead of being re-shaped to the latest.
 */
public class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    private static final ThreadLocal<BinaryEncoder> ENCODER = new ThreadLocal<>();

    private SchemaRegistryClient client;
    private RegistryConfig config;
    private boolean isKey;
    private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();
    private final Map<Schema, Long> fingerprints = new ConcurrentHashMap<>();

    /** For use from Kafka properties: configure() creates the registry client. */
    public AvroSerializer() {}

    /** Shares an existing client (and its caches); configure() still sets key/value and options. */
    public AvroSerializer(SchemaRegistryClient client) {
        this.client = client;
        this.config = client.config();
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        if (client == null) {
            config = RegistryConfig.from(configs);
            client = new SchemaRegistryClient(config);
        } else if (configs.containsKey(RegistryConfig.SCHEMA_REGISTRY_URL)) {
            config = RegistryConfig.from(configs);
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null; // tombstones stay tombstones
        }
        if (client == null) {
            throw new IllegalStateException("AvroSerializer is not configured: call configure() or use AvroSerde.of(...)");
        }
        Schema schema = record.getSchema();
        String subject = SubjectNames.topicNameStrategy(topic, isKey);
        int id = schemaId(subject, schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        WireFormat.writeHeader(out, id);
        try {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, ENCODER.get());
            ENCODER.set(encoder);
            writer(record, schema).write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new AvroSerdeException(Reason.INVALID_RECORD, OptionalInt.of(id),
                    schema.getFullName() + " for topic " + topic + " cannot be encoded with its own schema: " + e, e);
        }
        return out.toByteArray();
    }

    private int schemaId(String subject, Schema schema) {
        try {
            if (config.autoRegisterSchemas()) {
                return client.register(subject, schema);
            }
            if (config.useLatestVersion()) {
                RegisteredSchema latest = client.cachedLatestVersion(subject);
                if (fingerprint(latest.schema()) == fingerprint(schema)) {
                    return latest.id();
                }
            }
            return client.lookup(subject, schema).id();
        } catch (SchemaRegistryException e) {
            Reason reason = e.isTransient() ? Reason.REGISTRY_UNAVAILABLE : Reason.REGISTRY_REFUSED;
            throw new AvroSerdeException(reason, OptionalInt.empty(),
                    "no schema id for " + schema.getFullName() + " under subject " + subject
                            + (config.autoRegisterSchemas() ? " (registering)" : " (auto.register.schemas=false, looking up)")
                            + ": " + e.getMessage(), e);
        }
    }

    /** Parsing Canonical Form fingerprint: equal means byte-identical encodings. */
    private long fingerprint(Schema schema) {
        return fingerprints.computeIfAbsent(schema, SchemaNormalization::parsingFingerprint64);
    }

    @SuppressWarnings("unchecked")
    private DatumWriter<T> writer(T record, Schema schema) {
        // the generated class's own model carries its logical-type conversions (Instant, LocalDate)
        return writers.computeIfAbsent(schema,
                s -> new SpecificDatumWriter<>(s, SpecificData.getForClass((Class<T>) record.getClass())));
    }

    public SchemaRegistryClient client() {
        return client;
    }
}
