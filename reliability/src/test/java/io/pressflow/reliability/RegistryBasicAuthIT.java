package io.pressflow.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pressflow.avro.PressStatement;
import io.pressflow.registry.AvroDeserializer;
import io.pressflow.registry.AvroSerdeException;
import io.pressflow.registry.AvroSerializer;
import io.pressflow.schemas.PressTopics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry client's HTTP basic auth, against a tiny local registry that answers only with the
 * right credentials (the Apicurio server the other tests use runs without auth).
 */
class RegistryBasicAuthIT {
    private static final String USER_INFO = "pressflow-ingest:s3cret:with:colons";
    private static final int SCHEMA_ID = 4242;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;
    private String url;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    @BeforeEach
    void startRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String expected = "Basic " + Base64.getEncoder().encodeToString(USER_INFO.getBytes(StandardCharsets.UTF_8));
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(String.valueOf(auth));
            exchange.getRequestBody().readAllBytes();
            if (!expected.equals(auth)) {
                refused.incrementAndGet();
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"registry\"");
                reply(exchange, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
                return;
            }
            served.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST") && path.endsWith("/versions")) {
                reply(exchange, 200, "{\"id\":" + SCHEMA_ID + "}");
            } else if (exchange.getRequestMethod().equals("GET") && path.equals("/schemas/ids/" + SCHEMA_ID)) {
                reply(exchange, 200, JSON.createObjectNode().put("schema", PressStatement.getClassSchema().toString()).toString());
            } else {
                reply(exchange, 404, "{\"error_code\":40403,\"message\":\"not found\"}");
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopRegistry() {
        server.stop(0);
    }

    @Test
    void serializerAndDeserializerSendTheConfiguredCredentials() {
        Map<String, Object> configs = Map.of(
                "schema.registry.url", url,
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", USER_INFO);
        AvroSerializer<PressStatement> serializer = new AvroSerializer<>();
        serializer.configure(configs, false);
        PressStatement statement = Statements.statement("auth", 1);
        byte[] bytes = serializer.serialize(PressTopics.RAW, statement);
        assertEquals(0, bytes[0], "magic byte");
        assertEquals(SCHEMA_ID, ByteBuffer.wrap(bytes, 1, 4).getInt(), "the id the authenticated registry gave");

        AvroDeserializer<PressStatement> deserializer = new AvroDeserializer<>(PressStatement.class);
        deserializer.configure(configs, false);
        assertEquals(statement.getId(), deserializer.deserialize(PressTopics.RAW, bytes).getId());

        assertEquals(2, served.get(), "register + schema by id, both authenticated");
        assertEquals(0, refused.get());
        String expected = "Basic " + Base64.getEncoder().encodeToString(USER_INFO.getBytes(StandardCharsets.UTF_8));
        assertTrue(authorizations.stream().allMatch(expected::equals), () -> "headers sent: " + authorizations);
        record();
    }

    @Test
    void missingOrWrongCredentialsAreRefusedNotRetriedAsTransient() {
        AvroSerializer<PressStatement> anonymous = new AvroSerializer<>();
        anonymous.configure(Map.of("schema.registry.url", url), false);
        AvroSerdeException none = assertThrows(AvroSerdeException.class,
                () -> anonymous.serialize(PressTopics.RAW, Statements.statement("auth", 2)));
        assertTrue(none.getMessage().contains("401"), none.getMessage());
        assertTrue(!none.isTransient(), "bad credentials are not an outage to wait out");

        AvroSerializer<PressStatement> wrong = new AvroSerializer<>();
        wrong.configure(Map.of("schema.registry.url", url, "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "pressflow-ingest:guess"), false);
        assertThrows(AvroSerdeException.class, () -> wrong.serialize(PressTopics.RAW, Statements.statement("auth", 3)));

        // credentials in the URL (Confluent's URL source) work too
        AvroSerializer<PressStatement> inUrl = new AvroSerializer<>();
        inUrl.configure(Map.of("schema.registry.url", url.replace("http://", "http://pressflow-ingest:s3cret%3Awith%3Acolons@"),
                "basic.auth.credentials.source", "URL"), false);
        byte[] bytes = inUrl.serialize(PressTopics.RAW, Statements.statement("auth", 4));
        assertEquals(SCHEMA_ID, ByteBuffer.wrap(bytes, 1, 4).getInt());

        assertEquals(2, refused.get(), "both unauthenticated attempts refused by the server");
        assertEquals("null", authorizations.get(0), "no header without credentials");
    }

    private void record() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("authenticated_requests", served.get());
        report.put("refused_requests", refused.get());
        report.put("passed", true);
        ReliabilityReport.record("registry_basic_auth", report);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
