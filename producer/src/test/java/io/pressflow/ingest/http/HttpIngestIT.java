package io.pressflow.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.LocalStack;
import io.pressflow.ingest.TopicRecords;
import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP ingest surface against the real embedded broker and the real registry. */
class HttpIngestIT {
    private static final String TOPIC = "it.http";
    private static final String TOKEN = "desk-token-7f3a";
    private static final long MAX_REQUEST = 64 * 1024;
    private static final long MAX_STATEMENT = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static LocalStack stack;
    static Served served;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A running server with its publisher and accepted log, closed together. */
    record Served(IngestServer server, StatementPublisher publisher, AcceptedLog log) implements AutoCloseable {
        static Served start(Path acceptedFile) throws IOException {
            StatementPublisher publisher = new StatementPublisher(
                    PublisherConfig.of(stack.bootstrapServers(), stack.schemaRegistryUrl()).withTopic(TOPIC));
            AcceptedLog log = AcceptedLog.open(acceptedFile);
            ServerOptions options = new ServerOptions("127.0.0.1", 0, MAX_REQUEST, MAX_STATEMENT, 4,
                    Duration.ofSeconds(60), "http-it");
            IngestServer server = IngestServer.start(options, new Ingestor(publisher, log), TokenAuth.of(List.of("other-system", TOKEN)));
            return new Served(server, publisher, log);
        }

        @Override
        public void close() throws IOException {
            server.close();
            publisher.close();
            log.close();
        }
    }

    @BeforeAll
    static void start() throws IOException {
        stack = LocalStack.start(new LocalStack.Options(dir.resolve("stack"), null, List.of(new NewTopic(TOPIC, 3, (short) 1))));
        served = Served.start(dir.resolve("accepted.tsv"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (served != null) {
            served.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    static HttpResponse<String> post(Served s, String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.server().baseUrl() + path))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String body) throws Exception {
        return post(served, "/v1/statements", "application/json", body, TOKEN);
    }

    static List<ConsumerRecord<String, PressStatement>> topic() {
        return TopicRecords.readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), TOPIC);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void healthAndOpenApiAreServedWithoutAToken() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(served.server().baseUrl() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("up", json(health).get("status").asText());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(served.server().baseUrl() + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        JsonNode doc = json(api);
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertTrue(doc.get("paths").has("/v1/statements"));
        assertTrue(doc.get("paths").has("/v1/statements:batch"));
    }

    @Test
    void withoutAValidTokenTheAnswerIs401AndNothingIsPublished() throws Exception {
        String body = "{\"id\": \"auth-1\", \"body\": \"The port authority opened a new ferry terminal.\"}";
        for (String token : new String[] {null, "desk-token-7f3b", "", TOKEN + "x"}) {
            HttpResponse<String> r = post(served, "/v1/statements", "application/json", body, token);
            assertEquals(401, r.statusCode(), "token " + token);
            assertEquals(Problem.MEDIA_TYPE, r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(401, json(r).get("status").asInt());
        }
        HttpRequest basic = HttpRequest.newBuilder(URI.create(served.server().baseUrl() + "/v1/statements"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        assertEquals(401, http.send(basic, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(0, TopicRecords.countKey(topic(), "auth-1"));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        String head = "POST /v1/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (50L * 1024 * 1024) + "\r\n\r\n";
        String response = rawExchange(head, new byte[0]);
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("request-too-large"), response);
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        String head = "POST /v1/statements:batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n";
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        byte[] line = ("{\"body\": \"" + "The council met again. ".repeat(150) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        long sent = 0;
        while (sent <= MAX_REQUEST + line.length) {
            chunks.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.write(line);
            chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            sent += line.length;
        }
        chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String response = rawExchange(head, chunks.toByteArray());
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
    }

    @Test
    void oneStatementOverItsOwnLimitIs413() throws Exception {
        String big = "{\"body\": \"" + "Figures follow. ".repeat((int) (MAX_STATEMENT / 16) + 10) + "\"}";
        assertTrue(big.length() > MAX_STATEMENT && big.length() < MAX_REQUEST);
        HttpResponse<String> r = postJson(big);
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void invalidStatementsAre400ProblemsNamingTheField() throws Exception {
        HttpResponse<String> noBody = postJson("{\"id\": \"bad-1\", \"headline\": \"Nothing said\"}");
        assertEquals(400, noBody.statusCode());
        assertEquals(Problem.MEDIA_TYPE, noBody.headers().firstValue("Content-Type").orElse(""));
        JsonNode p = json(noBody);
        assertEquals(400, p.get("status").asInt());
        assertEquals("Invalid statement", p.get("title").asText());
        assertTrue(p.get("type").asText().endsWith("invalid-statement"));
        assertEquals("body", p.get("errors").get(0).get("field").asText());

        assertEquals("id", json(postJson("{\"id\": {\"x\": 1}, \"body\": \"Text.\"}")).get("errors").get(0).get("field").asText());
        assertEquals("published", json(postJson("{\"body\": \"Text.\", \"published\": \"last Tuesday\"}"))
                .get("errors").get(0).get("field").asText());
        HttpResponse<String> notJson = postJson("{\"body\": \"unterminated");
        assertEquals(400, notJson.statusCode());
        assertEquals("$", json(notJson).get("errors").get(0).get("field").asText());

        HttpResponse<String> badQueryId = post(served, "/v1/statements?id=" + "x".repeat(201), "text/plain",
                "The mayor opened the bridge.", TOKEN);
        assertEquals(400, badQueryId.statusCode());
        assertEquals("id", json(badQueryId).get("errors").get(0).get("field").asText());

        HttpResponse<String> wrongType = post(served, "/v1/statements", "application/xml", "<statement/>", TOKEN);
        assertEquals(415, wrongType.statusCode());
    }

    @Test
    void aBatchWithOneBadLineIsRefusedWholeWithItsLineNumber() throws Exception {
        String batch = "{\"id\": \"batch-bad-1\", \"body\": \"The first statement is fine.\"}\n"
                + "{\"id\": \"batch-bad-2\", \"body\": 42}\n"
                + "{\"id\": \"batch-bad-3\", \"body\": \"The third is fine too.\"}\n";
        HttpResponse<String> r = post(served, "/v1/statements:batch", "application/x-ndjson", batch, TOKEN);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode error = json(r).get("errors").get(0);
        assertEquals("body", error.get("field").asText());
        assertEquals(2, error.get("line").asInt());
        List<ConsumerRecord<String, PressStatement>> records = topic();
        assertEquals(0, TopicRecords.countKey(records, "batch-bad-1"));
        assertEquals(0, TopicRecords.countKey(records, "batch-bad-3"));
    }

    @Test
    void aStatementIsAnswered202WithItsOffsetAndTheSameOneAgainIsADuplicate() throws Exception {
        String body = "{\"id\": \"dup-1\", \"source\": \"Ministry of Transport\", \"headline\": \"New rail link\","
                + " \"body\": \"The ministry approved a rail link to the airport. \\\"It opens in 2029,\\\" the minister said.\","
                + " \"published\": \"2026-03-04\"}";
        HttpResponse<String> first = postJson(body);
        assertEquals(202, first.statusCode(), first.body());
        JsonNode a = json(first);
        assertEquals("dup-1", a.get("id").asText());
        assertFalse(a.get("duplicate").asBoolean());

        HttpResponse<String> again = postJson(body);
        assertEquals(200, again.statusCode(), again.body());
        JsonNode b = json(again);
        assertTrue(b.get("duplicate").asBoolean());
        assertEquals(a.get("partition").asInt(), b.get("partition").asInt());
        assertEquals(a.get("offset").asLong(), b.get("offset").asLong());

        List<ConsumerRecord<String, PressStatement>> records = topic();
        assertEquals(1, TopicRecords.countKey(records, "dup-1"));
        ConsumerRecord<String, PressStatement> rec = records.stream().filter(r -> r.key().equals("dup-1")).findFirst().orElseThrow();
        assertEquals(a.get("partition").asInt(), rec.partition());
        assertEquals(a.get("offset").asLong(), rec.offset());
        assertEquals("Ministry of Transport", rec.value().getSource());
        assertEquals(LocalDate.of(2026, 3, 4), rec.value().getPublishedDate());
        assertEquals(a.get("content_hash").asText(), rec.value().getContentHash());

        // the same id with other words is a correction: published again
        HttpResponse<String> corrected = postJson(body.replace("2029", "2030"));
        assertEquals(202, corrected.statusCode());
        assertNotEquals(a.get("content_hash").asText(), json(corrected).get("content_hash").asText());
        assertEquals(2, TopicRecords.countKey(topic(), "dup-1"));
    }

    @Test
    void rawTextTakesItsIdFromTheQuery() throws Exception {
        String text = "date 2026-05-06\nHarbour dredging approved\n\nThe harbour board approved dredging of the inner basin.\n";
        HttpResponse<String> r = post(served, "/v1/statements?id=harbour-77&source=Harbour%20Board", "text/plain; charset=utf-8", text, TOKEN);
        assertEquals(202, r.statusCode(), r.body());
        assertEquals("harbour-77", json(r).get("id").asText());
        ConsumerRecord<String, PressStatement> rec = topic().stream().filter(x -> x.key().equals("harbour-77")).findFirst().orElseThrow();
        assertEquals("Harbour Board", rec.value().getSource());
        assertEquals("Harbour dredging approved", rec.value().getHeadline());
        assertEquals(LocalDate.of(2026, 5, 6), rec.value().getPublishedDate());
    }

    @Test
    void aBatchIsPublishedOnceAndAnsweredAsDuplicatesTheSecondTime() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            batch.append("{\"id\": \"batch-ok-").append(i).append("\", \"body\": \"Statement number ").append(i)
                    .append(" from the press office.\"}\n");
        }
        HttpResponse<String> first = post(served, "/v1/statements:batch", "application/x-ndjson", batch.toString(), TOKEN);
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(5, json(first).get("accepted").asInt());
        assertEquals(3, json(first).get("statements").get(2).get("line").asInt());
        HttpResponse<String> second = post(served, "/v1/statements:batch", "application/x-ndjson", batch.toString(), TOKEN);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(5, json(second).get("duplicates").asInt());
        assertEquals(json(first).get("statements").get(4).get("offset"), json(second).get("statements").get(4).get("offset"));
        List<ConsumerRecord<String, PressStatement>> records = topic();
        for (int i = 1; i <= 5; i++) {
            assertEquals(1, TopicRecords.countKey(records, "batch-ok-" + i));
        }
    }

    @Test
    void concurrentPostsOfOneStatementProduceOneRecord() throws Exception {
        String body = "{\"id\": \"race-1\", \"body\": \"The fire service reported no injuries after the warehouse fire.\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> postJson(body));
            }
            int created = 0;
            int duplicates = 0;
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                int status = f.get().statusCode();
                created += status == 202 ? 1 : 0;
                duplicates += status == 200 ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(7, duplicates);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TopicRecords.countKey(topic(), "race-1"));
    }

    @Test
    void theIdempotencyRecordSurvivesARestartOfTheServer() throws Exception {
        Path file = dir.resolve("restart-accepted.tsv");
        String body = "{\"id\": \"restart-1\", \"body\": \"The library reopens on Monday after renovation.\"}";
        JsonNode original;
        try (Served s = Served.start(file)) {
            HttpResponse<String> r = post(s, "/v1/statements", "application/json", body, TOKEN);
            assertEquals(202, r.statusCode(), r.body());
            original = json(r);
        }
        try (Served s = Served.start(file)) {
            HttpResponse<String> r = post(s, "/v1/statements", "application/json", body, TOKEN);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(json(r).get("duplicate").asBoolean());
            assertEquals(original.get("offset").asLong(), json(r).get("offset").asLong());
        }
        assertEquals(1, TopicRecords.countKey(topic(), "restart-1"));
    }

    /** Sends bytes on a plain socket and returns what the server answered (for bodies HttpClient will not send). */
    private static String rawExchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", served.server().port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before it has read everything: that is the point
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    answer.write(buf, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // a reset after the answer arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
    @Test
    void largeBatchesAreAcknowledgedWholeAndTheirRateIsPrinted() throws Exception {
        int n = 400;
        for (String round : List.of("bulk-a-", "bulk-b-")) { // the second round runs on warm connections
            StringBuilder batch = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                batch.append("{\"id\": \"").append(round).append(i).append("\", \"body\": \"Bulletin ").append(i)
                        .append(": the transport office updated the timetable for line ").append(i).append(".\"}\n");
            }
            assertTrue(batch.length() < MAX_REQUEST);
            long t0 = System.nanoTime();
            HttpResponse<String> r = post(served, "/v1/statements:batch", "application/x-ndjson", batch.toString(), TOKEN);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(202, r.statusCode(), r.body());
            assertEquals(n, json(r).get("accepted").asInt());
            System.out.printf("HTTP batch %s: %d statements acknowledged and recorded in %d ms (%.0f/s)%n",
                    round, n, ms, n * 1000.0 / Math.max(1, ms));
        }
        List<ConsumerRecord<String, PressStatement>> records = topic();
        for (int i = 1; i <= n; i++) {
            assertEquals(1, TopicRecords.countKey(records, "bulk-a-" + i), "bulk-a-" + i);
            assertEquals(1, TopicRecords.countKey(records, "bulk-b-" + i), "bulk-b-" + i);
        }
    }
}
