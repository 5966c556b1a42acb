package io.pressflow.registry;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/**
 * Confluent's framing of a registry-backed record: magic byte 0, the schema id as a 4-byte
 * big-endian int, then the Avro binary body.
 */
public final class WireFormat {
    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {}

    /** The Avro body of a framed record, located inside the original array (no copy). */
    public record Framed(int schemaId, byte[] data, int bodyOffset) {
        public int bodyLength() {
            return data.length - bodyOffset;
        }
    }

    public static void writeHeader(ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /** Checks the header; throws wrong magic byte / truncated payload with the bytes seen. */
    public static Framed read(byte[] data) {
        if (data.length == 0) {
            throw new AvroSerdeException(AvroSerdeException.Reason.TRUNCATED_PAYLOAD,
                    "empty payload, a Confluent-framed record has at least " + HEADER_SIZE + " bytes (magic byte + 4-byte schema id)");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new AvroSerdeException(AvroSerdeException.Reason.WRONG_MAGIC_BYTE,
                    "first byte is 0x" + HexFormat.of().toHexDigits(data[0]) + ", expected 0x00 (Confluent wire format); payload starts "
                            + preview(data));
        }
        if (data.length < HEADER_SIZE) {
            throw new AvroSerdeException(AvroSerdeException.Reason.TRUNCATED_PAYLOAD,
                    data.length + " bytes, a Confluent-framed record has at least " + HEADER_SIZE
                            + " (magic byte + 4-byte schema id)");
        }
        int id = ((data[1] & 0xff) << 24) | ((data[2] & 0xff) << 16) | ((data[3] & 0xff) << 8) | (data[4] & 0xff);
        return new Framed(id, data, HEADER_SIZE);
    }

    /** First bytes in hex and as text, enough to recognise what was sent instead. */
    static String preview(byte[] data) {
        int n = Math.min(data.length, 16);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            char c = (char) (data[i] & 0xff);
            text.append(c >= 0x20 && c < 0x7f ? c : '.');
        }
        return HexFormat.ofDelimiter(" ").formatHex(data, 0, n) + (data.length > n ? " ..." : "")
                + " (\"" + text + "\")";
    }
}
