package io.pressflow.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.LocalStack;
import io.pressflow.schemas.PressTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Over a thousand malformed raw records of ten kinds, shuffled among good statements: each bad one
 * lands on the dead-letter topic with its reason in the headers, each good one is enriched, and the
 * app (its own JVM) never stops or loses a stream thread.
 */
class PoisonPillIT {
    static final int GOOD = 2_000;
    static final int PER_KIND = 115;
    static final int OVERSIZED = 3;
    static final String EXCEPTION_HEADER = "__streams.errors.exception";
    static final String MESSAGE_HEADER = "__streams.errors.message";

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyPoisonPillDeadLetteredWithItsReasonAndEveryGoodStatementEnriched() throws Exception {
        Path work = Fixtures.workDir("poison-pills");
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (LocalStack stack = LocalStack.start(LocalStack.Options.defaults()
                        .withDataDir(work.resolve("stack")).withTopics(Fixtures.topics((short) 1, 0)));
                EnrichedCounter counter = new EnrichedCounter(stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of())) {
            PoisonPills maker = new PoisonPills(stack.schemaRegistryUrl(), run, 42L);
            List<PoisonPills.Pill> pills = maker.make(PER_KIND, OVERSIZED);
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
            List<String> goodIds = new ArrayList<>();
            for (int i = 0; i < GOOD; i++) {
                PressStatement s = Statements.statement(run, i);
                goodIds.add(s.getId());
                records.add(new ProducerRecord<>(PressTopics.RAW, s.getId(), maker.good(s)));
            }
            Map<String, String> kindOf = new HashMap<>();
            for (PoisonPills.Pill p : pills) {
                kindOf.put(p.key(), p.kind());
                records.add(new ProducerRecord<>(PressTopics.RAW, p.key(), p.value()));
            }
            Collections.shuffle(records, new Random(7));

            StreamsInstance app = StreamsInstance.start("streams", stack.bootstrapServers(), stack.schemaRegistryUrl(),
                    work.resolve("streams"), Map.of());
            try {
                send(stack.bootstrapServers(), records);
                boolean allGood = counter.awaitAll(goodIds, Duration.ofMinutes(5), Duration.ofSeconds(3));
                Map<String, List<Map<String, String>>> dlq = DeadLetters.read(stack.bootstrapServers(), Map.of(), kindOf.keySet(), Duration.ofMinutes(3));

                int deadLettered = 0;
                int duplicates = 0;
                List<String> problems = new ArrayList<>();
                Map<String, Integer> perKind = new TreeMap<>();
                Map<String, String> sampleReason = new TreeMap<>();
                for (Map.Entry<String, String> e : kindOf.entrySet()) {
                    List<Map<String, String>> letters = dlq.getOrDefault(e.getKey(), List.of());
                    if (letters.isEmpty()) {
                        if (problems.size() < 10) problems.add(e.getValue() + " " + e.getKey() + ": not dead-lettered");
                        continue;
                    }
                    deadLettered++;
                    duplicates += letters.size() - 1;
                    perKind.merge(e.getValue(), 1, Integer::sum);
                    Map<String, String> headers = letters.get(0);
                    String exception = headers.get(EXCEPTION_HEADER);
                    String message = headers.get(MESSAGE_HEADER);
                    if (exception == null || exception.isBlank() || message == null || message.isBlank()) {
                        if (problems.size() < 10) problems.add(e.getValue() + " " + e.getKey() + ": no reason in headers " + headers.keySet());
                    }
                    sampleReason.putIfAbsent(e.getValue(), exception + ": " + abbreviate(message));
                }
                long goodDeadLettered = goodIds.stream().filter(dlq::containsKey).count();
                boolean threadReplaced = app.logContains("replacing it");

                Map<String, Object> report = new LinkedHashMap<>();
                report.put("sent", GOOD);
                report.put("enriched", counter.enrichedOf(goodIds));
                report.put("missing", counter.missingOf(goodIds));
                report.put("duplicates", counter.duplicates() + duplicates);
                report.put("kills", 0);
                report.put("dead_lettered", deadLettered);
                report.put("poison_pills_sent", pills.size());
                report.put("dead_lettered_by_kind", perKind);
                report.put("reason_by_kind", sampleReason);
                report.put("good_statements_dead_lettered", goodDeadLettered);
                report.put("stream_thread_replaced", threadReplaced);
                report.put("app_alive", app.isAlive());
                report.put("passed", allGood && problems.isEmpty() && deadLettered == pills.size() && goodDeadLettered == 0
                        && !threadReplaced && app.isAlive() && duplicates == 0 && counter.duplicates() == 0);
                ReliabilityReport.record("poison_pills", report);

                assertNull(counter.failure());
                assertTrue(pills.size() >= 1_000, "at least 1,000 poison pills");
                assertTrue(problems.isEmpty(), () -> "dead letters: " + problems + "\napp log:\n" + app.logTail());
                assertEquals(pills.size(), deadLettered, "every poison pill dead-lettered");
                assertEquals(0, duplicates, "each poison pill dead-lettered once");
                assertEquals(0, goodDeadLettered, "no good statement dead-lettered");
                assertEquals(0, counter.missingOf(goodIds), () -> "good statements not enriched; app log:\n" + app.logTail());
                assertEquals(0, counter.duplicates(), "good statements enriched once");
                assertTrue(app.isAlive(), () -> "the app stopped:\n" + app.logTail());
                assertFalse(threadReplaced, () -> "a stream thread died:\n" + app.logTail());
            } finally {
                app.close();
            }
        }
    }

    private static void send(String bootstrap, List<ProducerRecord<String, byte[]>> records) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // the oversized statements must reach the topic for the app to judge them
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(8 * 1024 * 1024));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64 * 1024 * 1024));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (ProducerRecord<String, byte[]> r : records) {
                acks.add(producer.send(r));
            }
            for (Future<RecordMetadata> f : acks) {
                f.get(2, TimeUnit.MINUTES);
            }
        }
    }

    private static String abbreviate(String s) {
        return s == null ? null : s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }
}
