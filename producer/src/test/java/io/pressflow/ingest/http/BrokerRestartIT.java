package io.pressflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.EmbeddedKafka;
import io.pressflow.embedded.RegistryProcess;
import io.pressflow.embedded.Topics;
import io.pressflow.ingest.TopicRecords;
import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops the real embedded broker while clients keep posting, starts it again on the same data
 * folder, and checks that every statement answered 202 is on the topic where the answer said: the
 * producer retries through the outage and the server answers only after the acknowledgement.
 */
class BrokerRestartIT {
    private static final String TOPIC = "it.restart";
    private static final String TOKEN = "restart-token";
    private static final int CLIENTS = 6;

    @TempDir
    Path dir;

    /** Where a 202 said a statement is. */
    record Answer(int partition, long offset) {}

    @Test
    void everyStatementAnswered202IsOnTheTopicAfterABrokerRestart() throws Exception {
        Path kafkaDir = dir.resolve("kafka");
        EmbeddedKafka kafka = EmbeddedKafka.start(kafkaDir);
        String bootstrap = kafka.bootstrapServers();
        Topics.create(bootstrap, List.of(new NewTopic(TOPIC, 3, (short) 1)));
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Answer> answered = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger answeredAcrossOutage = new AtomicInteger();
        AtomicBoolean keepPosting = new AtomicBoolean(true);
        AtomicLong outageStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong outageEnd = new AtomicLong(Long.MAX_VALUE);
        AtomicInteger next = new AtomicInteger();

        try (RegistryProcess registry = RegistryProcess.start(RegistryProcess.defaultHome(), dir.resolve("registry"));
                StatementPublisher publisher = new StatementPublisher(PublisherConfig.of(bootstrap, registry.url()).withTopic(TOPIC));
                AcceptedLog log = AcceptedLog.open(dir.resolve("accepted.tsv"));
                IngestServer server = IngestServer.start(new ServerOptions("127.0.0.1", 0, 1 << 20, 1 << 20, 8,
                        Duration.ofSeconds(90), "restart-it"), new Ingestor(publisher, log), TokenAuth.of(List.of(TOKEN)))) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    while (keepPosting.get()) {
                        int n = next.incrementAndGet();
                        String id = "restart-" + n;
                        String body = "{\"id\": \"" + id + "\", \"body\": \"Bulletin " + n + ": the roads authority reopened lane "
                                + n + " of the ring road.\"}";
                        long startedAt = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/statements"))
                                    .timeout(Duration.ofSeconds(120))
                                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 202) {
                                JsonNode a = json.readTree(r.body());
                                answered.put(id, new Answer(a.get("partition").asInt(), a.get("offset").asLong()));
                                // in flight across the outage: sent before the broker was back, answered after it went down
                                if (startedAt <= outageEnd.get() && System.nanoTime() >= outageStart.get()) {
                                    answeredAcrossOutage.incrementAndGet();
                                }
                            } else {
                                refused.incrementAndGet();
                                System.out.println("refused " + id + ": " + r.statusCode() + " " + r.body());
                            }
                        } catch (Exception e) {
                            refused.incrementAndGet();
                            System.out.println("refused " + id + ": " + e);
                        }
                    }
                    return null;
                });
            }
            awaitAtLeast(answered, 30);
            int beforeStop = answered.size();

            outageStart.set(System.nanoTime());
            kafka.close();
            Thread.sleep(1500); // requests keep arriving while no broker runs
            kafka = EmbeddedKafka.start(kafkaDir);
            outageEnd.set(System.nanoTime());
            assertEquals(bootstrap, kafka.bootstrapServers(), "the broker came back on its old address");

            awaitAtLeast(answered, answered.size() + 30);
            keepPosting.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(150, TimeUnit.SECONDS), "clients finished");

            System.out.printf("broker restart: %d answered 202 (%d before the stop, %d of them in flight during the outage), %d refused%n",
                    answered.size(), beforeStop, answeredAcrossOutage.get(), refused.get());
            assertTrue(answeredAcrossOutage.get() > 0, "requests in flight while the broker was down were answered once it was back");
            assertEquals(0, refused.get(), "the producer retried through the outage: no request failed");

            List<ConsumerRecord<String, PressStatement>> records = TopicRecords.readAll(bootstrap, registry.url(), TOPIC);
            Map<String, Answer> onTopic = new ConcurrentHashMap<>();
            records.forEach(r -> onTopic.put(r.key(), new Answer(r.partition(), r.offset())));
            for (Map.Entry<String, Answer> e : answered.entrySet()) {
                assertEquals(e.getValue(), onTopic.get(e.getKey()), "202'd statement " + e.getKey() + " is on the topic where the answer said");
            }
            assertEquals(records.size(), onTopic.size(), "no statement was written twice");
        } finally {
            keepPosting.set(false);
            kafka.close();
        }
    }

    private static void awaitAtLeast(Map<String, Answer> answered, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (answered.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(answered.size() >= n, "only " + answered.size() + " answered, wanted " + n);
    }
}
