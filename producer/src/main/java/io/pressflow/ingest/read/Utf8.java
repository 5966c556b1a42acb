package io.pressflow.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: a malformed byte sequence is an error with its position, never a silent
 * U+FFFD, because a replaced character would change quotes and offsets downstream.
 */
final class Utf8 {
    private Utf8() {}

    /** Decoded text, or the position and bytes of the first malformed sequence. */
    sealed interface Decoded {}

    record Text(String value) implements Decoded {}

    /**
     * @param byteOffset offset of the first bad byte in the input
     * @param line       1-based line of that byte (counting '\n' before it)
     * @param bytes      the offending bytes, hex, for the error message
     */
    record Malformed(long byteOffset, int line, String bytes) implements Decoded {
        String describe() {
            return "not valid UTF-8: malformed byte sequence " + bytes + " at byte offset " + byteOffset;
        }
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    static Decoded decode(byte[] bytes, int from, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return new Malformed(at - from, lineAt(bytes, from, at), hex(bytes, at, Math.max(1, result.length())));
        }
        if (!result.isUnderflow()) {
            // UTF-8 never needs more chars than bytes, so overflow means a bug here, not bad input
            try {
                result.throwException();
            } catch (CharacterCodingException e) {
                throw new IllegalStateException(e);
            }
        }
        out.flip();
        return new Text(out.toString());
    }

    private static int lineAt(byte[] bytes, int from, int at) {
        int line = 1;
        for (int i = from; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String hex(byte[] bytes, int at, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + n); i++) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }
}
