package io.pressflow.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Avro binary without a registry, for TopologyTestDriver tests of the topology's logic only. */
final class PlainAvroSerde<T extends SpecificRecord> implements Serde<T> {
    static {
        // Avro 1.12 reads nested records into generated classes only when told to trust them
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(),
                c -> c.getName().startsWith("io.pressflow.avro.")));
    }

    private final Class<T> type;

    PlainAvroSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
                new SpecificDatumWriter<T>(value.getSchema(), SpecificData.getForClass(type)).write(value, enc);
                enc.flush();
                return out.toByteArray();
            } catch (IOException e) {
                throw new SerializationException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                SpecificData model = SpecificData.getForClass(type);
                Schema schema = model.getSchema(type);
                return new SpecificDatumReader<T>(schema, schema, model).read(null, DecoderFactory.get().binaryDecoder(bytes, null));
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        };
    }
}
