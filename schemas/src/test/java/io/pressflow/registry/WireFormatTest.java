package io.pressflow.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void headerIsMagicZeroThenBigEndianId() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireFormat.writeHeader(out, 0x01020304);
        assertArrayEquals(new byte[] {0, 1, 2, 3, 4}, out.toByteArray());
    }

    @Test
    void idsRoundTripIncludingHighBit() {
        for (int id : new int[] {0, 1, 255, 256, 65_536, Integer.MAX_VALUE, 0x80000001}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WireFormat.writeHeader(out, id);
            out.write(42);
            WireFormat.Framed framed = WireFormat.read(out.toByteArray());
            assertEquals(id, framed.schemaId());
            assertEquals(5, framed.bodyOffset());
            assertEquals(1, framed.bodyLength());
        }
    }

    @Test
    void jsonInsteadOfAvroIsWrongMagicByte() {
        byte[] json = "{\"id\":\"s1\"}".getBytes(StandardCharsets.UTF_8);
        AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> WireFormat.read(json));
        assertEquals(AvroSerdeException.Reason.WRONG_MAGIC_BYTE, e.reason());
        assertTrue(e.getMessage().startsWith("wrong magic byte: first byte is 0x7b"), e.getMessage());
        assertTrue(e.getMessage().contains("{\"id\":\"s1\"}"), "shows what was sent: " + e.getMessage());
    }

    @Test
    void emptyAndShortPayloadsAreTruncated() {
        for (byte[] data : new byte[][] {{}, {0}, {0, 0, 0, 1}}) {
            AvroSerdeException e = assertThrows(AvroSerdeException.class, () -> WireFormat.read(data));
            assertEquals(AvroSerdeException.Reason.TRUNCATED_PAYLOAD, e.reason());
            assertTrue(e.getMessage().startsWith("truncated payload: "), e.getMessage());
        }
    }

    @Test
    void headerWithoutBodyIsAcceptedByTheFrame() {
        // an empty body is the deserializer's business (a record with no fields is legal Avro)
        assertEquals(0, WireFormat.read(new byte[] {0, 0, 0, 0, 9}).bodyLength());
    }
}
