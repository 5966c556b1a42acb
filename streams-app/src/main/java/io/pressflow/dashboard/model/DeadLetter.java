package io.pressflow.dashboard.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One dead-lettered record, as Kafka Streams' dead-letter support described it in the headers.
 *
 * @param key       the record's key as text (UTF-8), or empty
 * @param exception the exception class name
 * @param message   the reason
 * @param topic     where the record was read from
 * @param at        when it was dead-lettered, epoch millis
 */
public record DeadLetter(String key, String exception, String message, String topic, int partition, long offset, long at) {    /** Reads Kafka Streams' {@code __streams.errors.*} headers; a missing header reads as empty, never fails. */
    public static DeadLetter of(byte[] key, Headers headers, long timestamp) {
        String exception = header(headers, "__streams.errors.exception");
        return new DeadLetter(
                key == null ? "" : new String(key, StandardCharsets.UTF_8),
                exception.isEmpty() ? "unknown" : exception,
                header(headers, "__streams.errors.message"),
                header(headers, "__streams.errors.topic"),
                parseInt(header(headers, "__streams.errors.partition")),
                parseLong(header(headers, "__streams.errors.offset")),
                timestamp);
    }

    private static String header(Headers headers, String name) {
        Header h = headers == null ? null : headers.lastHeader(name);
        return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
