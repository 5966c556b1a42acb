package io.pressflow.topology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.registry.AvroSerdeException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DeadLetterUnlessTransientTest {
    @Test
    void aRegistryOutageIsTransientAndABadPayloadIsNot() {
        AvroSerdeException outage = new AvroSerdeException(AvroSerdeException.Reason.REGISTRY_UNAVAILABLE, "connection refused");
        AvroSerdeException magic = new AvroSerdeException(AvroSerdeException.Reason.WRONG_MAGIC_BYTE, "first byte 0x7f");
        assertTrue(DeadLetterUnlessTransient.isTransient(outage));
        assertTrue(DeadLetterUnlessTransient.isTransient(new SerializationException("wrapped", outage)));
        assertFalse(DeadLetterUnlessTransient.isTransient(magic));
        assertFalse(DeadLetterUnlessTransient.isTransient(new SerializationException("plain")));
    }
}
