package io.pressflow.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.PressStatement;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.read.Rejection;
import io.pressflow.ingest.read.StatementFormat;
import io.pressflow.ingest.read.StatementSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The publisher's bookkeeping (order, counts, failures) against Kafka's in-memory producer. What
 * reaches a real broker and registry is checked by PublishIT.
 */
class StatementPublisherTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00.123Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Avro single-object encoding: enough to prove the record serialises. */
    private static final Serializer<PressStatement> AVRO = (topic, value) -> {
        try {
            return value.toByteBuffer().array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private static StatementSource ndjson(String text) {
        return StatementSource.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in",
                StatementFormat.NDJSON, ReadOptions.defaults());
    }

    private static final String THREE_WITH_A_BAD_ONE = """
            {"id": "a", "body": "First statement.", "published": "2026-01-02"}
            {"body": }
            {"body": "Second statement, no id.", "headline": "H"}
            """;

    @Test
    void sendsKeyedByIdAndReportsInInputOrder() throws IOException {
        MockProducer<String, PressStatement> mock =
                new MockProducer<>(true, null, new StringSerializer(), AVRO);
        List<String> heard = new ArrayList<>();
        PublishListener listener = new PublishListener() {
            @Override
            public void delivered(Delivery d) {
                heard.add("ok " + d.id());
            }

            @Override
            public void rejected(Rejection r) {
                heard.add("rejected " + r.origin());
            }
        };

        PublishSummary summary = new StatementPublisher(mock, "raw", CLOCK).publish(ndjson(THREE_WITH_A_BAD_ONE), listener);

        List<ProducerRecord<String, PressStatement>> sent = mock.history();
        assertEquals(2, sent.size());
        assertEquals("a", sent.get(0).key());
        assertEquals("raw", sent.get(0).topic());
        PressStatement first = sent.get(0).value();
        assertEquals("a", first.getId());
        assertEquals(LocalDate.of(2026, 1, 2), first.getPublishedDate());
        assertEquals(NOW, first.getReceivedAt());
        assertEquals("in", first.getSource());
        PressStatement second = sent.get(1).value();
        assertTrue(second.getId().matches("st-[0-9a-f]{16}"));
        assertEquals(second.getId(), sent.get(1).key());
        assertTrue(second.getContentHash().startsWith(second.getId().substring(3)));

        assertEquals(List.of("ok a", "rejected in:2", "ok " + second.getId()), heard);
        assertEquals(2, summary.sent());
        assertEquals(1, summary.rejected().size());
        assertEquals(2, summary.exitCode());
    }

    @Test
    void republishingTheSameInputGivesTheSameKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            MockProducer<String, PressStatement> mock = new MockProducer<>(true, null, new StringSerializer(), AVRO);
            new StatementPublisher(mock, "raw", Clock.systemUTC()).publish(ndjson(THREE_WITH_A_BAD_ONE));
            mock.history().forEach(r -> keys.add(r.key()));
        }
        assertEquals(4, keys.size());
        assertEquals(keys.subList(0, 2), keys.subList(2, 4));
    }

    @Test
    void brokerErrorIsAFailureNotASend() throws Exception {
        // acknowledges every statement except the one whose body is "two", as a broker would after retries
        MockProducer<String, PressStatement> mock = new MockProducer<>(false, null, new StringSerializer(), AVRO) {
            @Override
            public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                    ProducerRecord<String, PressStatement> record, org.apache.kafka.clients.producer.Callback callback) {
                var future = super.send(record, callback);
                if (record.value().getBody().equals("two")) {
                    errorNext(new NotEnoughReplicasException("isr shrank"));
                } else {
                    completeNext();
                }
                return future;
            }
        };
        PublishSummary summary = new StatementPublisher(mock, "raw", CLOCK)
                .publish(ndjson("{\"body\": \"one\"}\n{\"body\": \"two\"}\n{\"body\": \"three\"}\n"));
        assertEquals(2, summary.sent());
        assertEquals(List.of("in:1", "in:3"), summary.delivered().stream().map(Delivery::origin).toList());
        assertEquals(1, summary.failed().size());
        assertTrue(summary.failed().get(0).reason().contains("isr shrank"));
        assertEquals("in:2", summary.failed().get(0).origin());
        assertEquals(1, summary.exitCode());
    }

    @Test
    void serializerFailureStopsTheRunAndKeepsWhatWasSettled() {
        Serializer<PressStatement> registryDown = (topic, value) -> {
            throw new SerializationException("schema registry unreachable");
        };
        MockProducer<String, PressStatement> mock = new MockProducer<>(true, null, new StringSerializer(), registryDown);
        PublishAbortedException e = assertThrows(PublishAbortedException.class, () ->
                new StatementPublisher(mock, "raw", CLOCK).publish(ndjson("{\"body\": }\n{\"body\": \"a\"}\n{\"body\": \"b\"}\n")));
        assertTrue(e.getMessage().contains("schema registry unreachable"), e.getMessage());
        assertEquals(1, e.settled().rejected().size());
        assertEquals(1, e.settled().failed().size(), "the statement that hit the error is reported");
        assertEquals(0, mock.history().size());
    }
}
