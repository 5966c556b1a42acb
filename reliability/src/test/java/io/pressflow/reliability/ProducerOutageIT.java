package io.pressflow.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.embedded.RegistryProcess;
import io.pressflow.embedded.Topics;
import io.pressflow.ingest.publish.Delivery;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.schemas.PressTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The producer side: a schema registry outage and a broker killed and restarted mid-stream lose no
 * statement the broker acknowledged, and every statement that was not acknowledged is reported.
 */
class ProducerOutageIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void registryOutageAndBrokerRestartLoseNoAcknowledgedStatement() throws Exception {
        Path work = Fixtures.workDir("producer-outage");
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Object> report = new LinkedHashMap<>();
        // one broker in its own JVM, so it can be SIGKILLed and started again on the same folder and port
        try (BrokerCluster cluster = BrokerCluster.start(work.resolve("broker"), 1)) {
            String bootstrap = cluster.bootstrapServers();
            Topics.create(bootstrap, Fixtures.topics((short) 1, 0));
            RegistryProcess registry = RegistryProcess.start(RegistryProcess.defaultHome(), work.resolve("registry"));
            Set<String> acked = ConcurrentHashMap.newKeySet();
            Map<String, String> failures = new ConcurrentHashMap<>();
            int sent = 0;
            try {
                // 1. registry down while a warm producer sends: its schema id is cached, so every send is acknowledged
                try (StatementPublisher warm = new StatementPublisher(PublisherConfig.of(bootstrap, registry.url()))) {
                    sent += sendAll(warm, run, 0, 1, acked, failures);
                    registry.close();
                    sent += sendAll(warm, run, 1, 500, acked, failures);
                }
                int afterWarm = acked.size();
                // 2. registry down, cold producer: nothing can be encoded, so nothing is acknowledged and every send says why
                int coldFailures;
                try (StatementPublisher cold = new StatementPublisher(PublisherConfig.of(bootstrap, registry.url()))) {
                    Map<String, String> coldFailed = new ConcurrentHashMap<>();
                    sendAll(cold, run, 1_000, 100, acked, coldFailed);
                    coldFailures = coldFailed.size();
                    report.put("registry_down_cold_sends_refused", coldFailures);
                    report.put("registry_down_reason_sample", coldFailed.values().stream().findFirst().orElse(""));
                }
                // registry back (schemas and ids restored): the refused statements are sent again
                registry = RegistryProcess.start(RegistryProcess.defaultHome(), work.resolve("registry"));
                try (StatementPublisher again = new StatementPublisher(PublisherConfig.of(bootstrap, registry.url()))) {
                    sent += sendAll(again, run, 1_000, 100, acked, failures);
                }
                report.put("registry_outage_acked", acked.size());
                assertEquals(501, afterWarm, "warm producer: every statement acknowledged during the registry outage");
                assertEquals(100, coldFailures, "cold producer: every statement refused, none silently dropped");

                // 3. broker SIGKILLed and restarted while 2,000 statements are in flight
                try (StatementPublisher publisher = new StatementPublisher(PublisherConfig.of(bootstrap, registry.url()))) {
                    List<CompletableFuture<Delivery>> pending = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        int n = 2_000 + i;
                        pending.add(track(publisher.send(Statements.statement(run, n), "restart:" + n), Statements.id(run, n), acked, failures));
                        sent++;
                        if (i == 700) {
                            // on its own thread: a send may block (max.block.ms) while the broker is away
                            report.put("broker_killed_after_sends", i + 1);
                            Thread restart = new Thread(() -> {
                                cluster.node(1).kill();
                                sleepQuietly(3_000);
                                cluster.node(1).restart();
                            }, "broker-restart");
                            restart.setDaemon(true);
                            restart.start();
                        }
                        if (i % 100 == 0) Thread.sleep(50);
                    }
                    cluster.awaitBrokers(1, Duration.ofMinutes(2));
                    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(3, TimeUnit.MINUTES);
                }
            } finally {
                registry.close();
            }

            Map<String, Integer> onTopic = readRaw(bootstrap, sent, Duration.ofMinutes(2));
            long lost = acked.stream().filter(id -> !onTopic.containsKey(id)).count();
            int duplicates = onTopic.values().stream().mapToInt(c -> Math.max(0, c - 1)).sum();
            // "published", not "sent": no streams app runs here, so nothing is expected on the enriched topic
            report.put("published", sent);
            report.put("acknowledged", acked.size());
            report.put("not_acknowledged_reported", failures.size());
            report.put("failure_sample", failures.values().stream().limit(3).toList());
            report.put("missing", (int) lost);
            report.put("duplicates", duplicates);
            report.put("kills", 1);
            report.put("passed", lost == 0 && acked.size() + failures.size() == sent);
            ReliabilityReport.record("producer_registry_outage_and_broker_restart", report);

            assertEquals(sent, acked.size() + failures.size(), "every send acknowledged or reported as failed");
            assertEquals(0, lost, "acknowledged statements missing from the topic");
            assertEquals(0, duplicates, "idempotent producer: no statement written twice");
            assertTrue(acked.size() >= sent - failures.size());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int sendAll(StatementPublisher publisher, String run, int from, int count,
                               Set<String> acked, Map<String, String> failures) throws Exception {
        List<CompletableFuture<Delivery>> pending = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            pending.add(track(publisher.send(Statements.statement(run, n), "outage:" + n), Statements.id(run, n), acked, failures));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(3, TimeUnit.MINUTES);
        return count;
    }

    private static CompletableFuture<Delivery> track(CompletableFuture<Delivery> f, String id, Set<String> acked, Map<String, String> failures) {
        return f.whenComplete((d, e) -> {
            if (e == null) acked.add(id); else failures.put(id, String.valueOf(e.getMessage()));
        });
    }

    /** Every record on the raw topic, counted by key (read_uncommitted: the producer is not transactional). */
    private static Map<String, Integer> readRaw(String bootstrap, int atLeast, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(PressTopics.RAW, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    counts.merge(r.key(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
