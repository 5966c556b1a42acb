package io.pressflow.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registration retries a registry that failed (5xx) but not one that refused the schema; a 409 is
 * answered by the subject's own version of the schema when it has one (the loser of a registration race).
 */
class RegisterRetryTest {
    private static final Schema SCHEMA = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"Ping\",\"fields\":[{\"name\":\"n\",\"type\":\"int\"}]}");

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private String serve(int failures, int failStatus) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/subjects/", exchange -> {
            int n = requests.incrementAndGet();
            boolean fail = n <= failures;
            byte[] body = (fail ? "{\"error_code\":" + failStatus + "01,\"message\":\"busy\"}" : "{\"id\":7}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(fail ? failStatus : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRegistryThatFailedTwiceIsAskedAgain() throws IOException {
        SchemaRegistryClient client = SchemaRegistryClient.of(serve(2, 500));
        assertEquals(7, client.register("t-value", SCHEMA));
        assertEquals(3, requests.get());
    }

    @Test
    void anIncompatibleSchemaIsNotRetried() throws IOException {
        SchemaRegistryClient client = SchemaRegistryClient.of(serve(5, 409));
        SchemaRegistryException e = assertThrows(SchemaRegistryException.class, () -> client.register("t-value", SCHEMA));
        assertEquals(409, e.status());
        assertEquals(2, requests.get(), "one registration, one look-up that found nothing");
    }

    @Test
    void aRegistrationThatLostARaceTakesTheWinnersId() throws IOException {
        SchemaRegistryClient client = SchemaRegistryClient.of(serve(1, 409));
        assertEquals(7, client.register("t-value", SCHEMA));
        assertEquals(2, requests.get());
        assertEquals(7, client.register("t-value", SCHEMA), "cached");
        assertEquals(2, requests.get());
    }

    @Test
    void retriesAreBounded() throws IOException {
        SchemaRegistryClient client = SchemaRegistryClient.of(serve(100, 500));
        assertThrows(SchemaRegistryException.class, () -> client.register("t-value", SCHEMA));
        assertEquals(SchemaRegistryClient.REGISTER_ATTEMPTS, requests.get());
    }
}
