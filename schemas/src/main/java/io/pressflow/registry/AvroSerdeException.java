package io.pressflow.registry;

import java.util.OptionalInt;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Why a record could not be (de)serialized. The message always starts with the reason's label
 * ("wrong magic byte: ...", "unknown schema id: ...") so a dead-letter record can carry it as is;
 * code that branches should use {@link #reason()}.
 */
public class AvroSerdeException extends SerializationException {

    public enum Reason {
        /** First byte is not 0: not Confluent-framed (plain JSON, another serde, garbage). */
        WRONG_MAGIC_BYTE,
        /** Fewer bytes than the header needs, or the Avro body ends early. */
        TRUNCATED_PAYLOAD,
        /** The registry has no schema with the id in the header. */
        UNKNOWN_SCHEMA_ID,
        /** The writer schema cannot be read as the reader's schema, or the body does not fit it. */
        SCHEMA_MISMATCH,
        /** The body is not valid Avro binary for the writer schema. */
        MALFORMED_PAYLOAD,
        /** The registry could not be reached or failed: transient, not the record's fault. */
        REGISTRY_UNAVAILABLE,
        /** The registry refused the schema (incompatible, not registered, bad request). */
        REGISTRY_REFUSED,
        /** The record could not be encoded with its own schema (e.g. a required field is null). */
        INVALID_RECORD;

        /** "wrong magic byte", "unknown schema id", ... */
        public String label() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    private final Reason reason;
    private final OptionalInt schemaId;

    public AvroSerdeException(Reason reason, OptionalInt schemaId, String detail, Throwable cause) {
        super(reason.label() + ": " + detail, cause);
        this.reason = reason;
        this.schemaId = schemaId;
    }

    public AvroSerdeException(Reason reason, String detail) {
        this(reason, OptionalInt.empty(), detail, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The schema id from the record's header, when it got that far. */
    public OptionalInt schemaId() {
        return schemaId;
    }

    /** True when retrying later may succeed: the registry, not the record, was the problem. */
    public boolean isTransient() {
        return reason == Reason.REGISTRY_UNAVAILABLE;
    }
}
