package io.pressflow.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.embedded.RegistryProcess;
import io.pressflow.embedded.Topics;
import io.pressflow.ingest.publish.Delivery;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three brokers (replication factor 3, min.insync.replicas 2) and two streams instances sharing the
 * work. Mid-run one broker and one instance die of SIGKILL; the survivors carry on and every
 * statement is enriched exactly once.
 */
class ScaleOutBrokerLossIT {
    static final int STATEMENTS = 3_000;
    static final int RATE = 120;

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void survivesLosingOneBrokerAndOneInstance() throws Exception {
        Path work = Fixtures.workDir("scale-out");
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < STATEMENTS; i++) ids.add(Statements.id(run, i));
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> feedError = new AtomicReference<>();

        try (BrokerCluster cluster = BrokerCluster.start(work.resolve("cluster"), 3)) {
            String bootstrap = cluster.bootstrapServers();
            Topics.create(bootstrap, Fixtures.topics((short) 3, 2));
            RegistryProcess registry = RegistryProcess.start(RegistryProcess.defaultHome(), work.resolve("registry"));
            StreamsInstance a = null;
            StreamsInstance b = null;
            try (EnrichedCounter counter = new EnrichedCounter(bootstrap, registry.url(), Map.of());
                    StatementPublisher publisher = new StatementPublisher(PublisherConfig.of(bootstrap, registry.url()))) {
                // internal topics (changelogs, repartitions) replicated like the catalogue's
                Map<String, String> replicated = Map.of("replication.factor", "3", "topic.min.insync.replicas", "2");
                a = StreamsInstance.start("streams-a", bootstrap, registry.url(), work.resolve("streams-a"), replicated);
                b = StreamsInstance.start("streams-b", bootstrap, registry.url(), work.resolve("streams-b"), replicated);

                Thread feed = new Thread(() -> {
                    try {
                        List<CompletableFuture<Delivery>> pending = new ArrayList<>();
                        long start = System.nanoTime();
                        for (int i = 0; i < STATEMENTS; i++) {
                            long wait = start + (long) i * 1_000_000_000L / RATE - System.nanoTime();
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

                a.awaitRunning(Duration.ofMinutes(4));
                b.awaitRunning(Duration.ofMinutes(4));
                assertTrue(Fixtures.await(() -> counter.enrichedOf(ids) >= STATEMENTS / 5, Duration.ofMinutes(4)),
                        () -> "no progress before the failures:\n" + cluster.node(2).logTail());
                int beforeKills = counter.enrichedOf(ids);
                cluster.node(2).kill();
                b.kill();
                boolean progressedAfter = Fixtures.await(() -> counter.enrichedOf(ids) > beforeKills + 100, Duration.ofMinutes(4));
                feed.join(TimeUnit.MINUTES.toMillis(4));
                boolean complete = counter.awaitAll(ids, Duration.ofMinutes(5), Duration.ofSeconds(8));
                StreamsInstance survivor = a;

                int missing = counter.missingOf(ids);
                long goodDeadLettered = DeadLetters.among(DeadLetters.read(bootstrap, Map.of(), List.of(), Duration.ofMinutes(1)), ids);
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("sent", acked.get());
                report.put("enriched", counter.enrichedOf(ids));
                report.put("missing", missing);
                report.put("duplicates", counter.duplicates());
                report.put("kills", 2);
                report.put("killed", List.of("broker 2 (SIGKILL)", "streams-b (SIGKILL)"));
                report.put("enriched_before_kills", beforeKills);
                report.put("good_statements_dead_lettered", goodDeadLettered);
                report.put("send_failures", failed.get());
                report.put("passed", complete && progressedAfter && missing == 0 && counter.duplicates() == 0
                        && goodDeadLettered == 0 && acked.get() == STATEMENTS);
                ReliabilityReport.record("scale_out_and_broker_loss", report);

                assertNull(feedError.get());
                assertNull(counter.failure());
                assertEquals(STATEMENTS, acked.get(), "every statement acknowledged with a broker down (min.insync.replicas 2 of 3)");
                assertTrue(progressedAfter, () -> "no progress after the kills:\n" + survivor.logTail());
                assertEquals(0, missing, () -> "missing; survivor log:\n" + survivor.logTail());
                assertEquals(0, counter.duplicates(), () -> "duplicated: " + counter.duplicated(10));
                assertEquals(0, goodDeadLettered, "no good statement dead-lettered");
                assertTrue(a.isAlive(), "the surviving instance still runs");
            } finally {
                if (a != null) a.close();
                if (b != null) b.close();
                registry.close();
            }
        }
    }
}
