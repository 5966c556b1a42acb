package io.pressflow.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.embedded.LocalStack;
import io.pressflow.ingest.publish.Delivery;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The streams app in its own JVM is SIGKILLed again and again while 10,000 statements flow in; a
 * read_committed consumer must then find every statement enriched exactly once.
 */
class ExactlyOnceUnderCrashesIT {
    static final int STATEMENTS = 10_000;
    static final int KILLS = 5;
    /** Statements per second the feed sends at most: the flow must outlast the kills. */
    static final int RATE = 250;

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void everyStatementEnrichedExactlyOnceDespiteKills() throws Exception {
        Path work = Fixtures.workDir("exactly-once");
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> ids = new ArrayList<>(STATEMENTS);
        for (int i = 0; i < STATEMENTS; i++) ids.add(Statements.id(run, i));
        Random random = new Random();
        AtomicInteger kills = new AtomicInteger();
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> feedError = new AtomicReference<>();
        List<String> killLog = new ArrayList<>();

        try (LocalStack stack = LocalStack.start(LocalStack.Options.defaults()
                        .withDataDir(work.resolve("stack")).withTopics(Fixtures.topics((short) 1, 0)));
                EnrichedCounter counter = new EnrichedCounter(stack.bootstrapServers(), stack.schemaRegistryUrl(), Map.of());
                StatementPublisher publisher = new StatementPublisher(PublisherConfig.of(stack.bootstrapServers(), stack.schemaRegistryUrl()))) {

            // the feed: paced, and released in slices as the kills go on, so statements flow through every crash
            Thread feed = new Thread(() -> {
                try {
                    List<CompletableFuture<Delivery>> pending = new ArrayList<>();
                    long start = System.nanoTime();
                    for (int i = 0; i < STATEMENTS; i++) {
                        while (kills.get() < KILLS && i >= (long) (kills.get() + 1) * STATEMENTS / (KILLS + 1)) {
                            Thread.sleep(50);
                        }
                        long due = start + (long) i * 1_000_000_000L / RATE;
                        long wait = due - System.nanoTime();
                        if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                        pending.add(publisher.send(Statements.statement(run, i), "feed:" + i).whenComplete((d, e) -> {
                            if (e == null) acked.incrementAndGet(); else failed.incrementAndGet();
                        }));
                    }
                    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).join();
                } catch (Throwable t) {
                    feedError.set(t);
                }
            }, "feed");
            feed.setDaemon(true);
            feed.start();

            Path dataDir = work.resolve("streams");
            StreamsInstance last = null;
            try {
                for (int generation = 1; generation <= KILLS; generation++) {
                    long before = counter.records();
                    long started = System.nanoTime();
                    StreamsInstance instance = StreamsInstance.start("streams-gen" + generation,
                            stack.bootstrapServers(), stack.schemaRegistryUrl(), dataDir, Map.of());
                    last = instance;
                    // kill once this generation has committed output, at a random moment after that
                    boolean progressed = Fixtures.await(() -> counter.records() > before + 20 || !instance.isAlive(), Duration.ofMinutes(4));
                    assertTrue(progressed && instance.isAlive(),
                            "generation " + generation + " made no progress (alive=" + instance.isAlive() + "):\n" + instance.logTail());
                    Thread.sleep(random.nextInt(2_500));
                    instance.kill();
                    kills.incrementAndGet();
                    killLog.add(String.format("gen %d: SIGKILL after %.1f s, %d committed records before, %d after",
                            generation, (System.nanoTime() - started) / 1e9, before, counter.records()));
                }
                last = StreamsInstance.start("streams-final", stack.bootstrapServers(), stack.schemaRegistryUrl(), dataDir, Map.of());
                feed.join(TimeUnit.MINUTES.toMillis(4));
                boolean complete = counter.awaitAll(ids, Duration.ofMinutes(4), Duration.ofSeconds(8));

                StreamsInstance finalInstance = last;
                int missing = counter.missingOf(ids);
                int duplicates = counter.duplicates();
                long goodDeadLettered = DeadLetters.among(DeadLetters.read(stack.bootstrapServers(), Map.of(), List.of(), Duration.ofMinutes(1)), ids);
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("sent", acked.get());
                report.put("enriched", counter.enrichedOf(ids));
                report.put("missing", missing);
                report.put("duplicates", duplicates);
                report.put("kills", kills.get());
                report.put("dead_lettered", 0);
                report.put("good_statements_dead_lettered", goodDeadLettered);
                report.put("send_failures", failed.get());
                report.put("committed_records_read", counter.records());
                report.put("kill_log", killLog);
                report.put("passed", complete && missing == 0 && duplicates == 0 && goodDeadLettered == 0 && acked.get() == STATEMENTS);
                ReliabilityReport.record("exactly_once_under_sigkill", report);

                assertNull(feedError.get(), () -> "feed failed: " + feedError.get());
                assertNull(counter.failure(), () -> "reader failed: " + counter.failure());
                assertEquals(STATEMENTS, acked.get(), "every statement acknowledged by the broker");
                assertTrue(kills.get() >= 5, "at least 5 kills");
                assertEquals(0, missing, () -> "missing enriched statements; last instance log:\n" + instanceLog(finalInstance));
                assertEquals(0, duplicates, () -> "duplicated: " + counter.duplicated(10));
                assertEquals(0, goodDeadLettered, "no good statement dead-lettered");
                assertEquals(0, counter.mismatched(), "every enriched record carries the statement of its key");
                assertTrue(last.isAlive(), "the final instance still runs");
            } finally {
                if (last != null) last.close();
            }
        }
    }

    private static String instanceLog(StreamsInstance instance) {
        return instance == null ? "" : instance.logTail();
    }
}
