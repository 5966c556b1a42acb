package io.pressflow.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteEvent;
import io.pressflow.avro.TopicTagEvent;
import io.pressflow.registry.SchemaRegistryClient;
import io.pressflow.dashboard.model.JsonSerde;
import io.pressflow.embedded.LocalStack;
import io.pressflow.embedded.RegistryProcess;
import io.pressflow.extract.Extractor;
import io.pressflow.registry.AvroSerializer;
import io.pressflow.schemas.PressTopics;
import io.pressflow.topology.StreamsApp;
import io.pressflow.topology.StreamsAppConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test support: the embedded stack, served streams instances, publishing and HTTP GETs. */
final class TestStack {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestStack() {}

    static LocalStack start(Path dir) throws Exception {
        List<NewTopic> topics = PressTopics.all().stream()
                .map(t -> new NewTopic(t.name(), Optional.of(t.partitions()), Optional.of((short) 1)).configs(t.configs()))
                .toList();
        LocalStack stack = LocalStack.start(new LocalStack.Options(dir.resolve("stack"), RegistryProcess.defaultHome(), topics));
        registerSchemas(stack);
        return stack;
    }

    /**
     * Registers every topic's value schema up front, as a deployment would. Several instances
     * registering the same new schema at the same moment can make the test registry (Apicurio on H2)
     * time out on a table lock, which is not what these tests are about.
     */
    private static void registerSchemas(LocalStack stack) {
        SchemaRegistryClient client = SchemaRegistryClient.of(stack.schemaRegistryUrl());
        client.register(PressTopics.RAW + "-value", PressStatement.getClassSchema());
        client.register(PressTopics.ENRICHED + "-value", EnrichedStatement.getClassSchema());
        client.register(PressTopics.QUOTES + "-value", QuoteEvent.getClassSchema());
        client.register(PressTopics.TOPIC_TAGS + "-value", TopicTagEvent.getClassSchema());
    }

    /** One streams instance with its HTTP server, as the CLI wires them. */
    record Node(DashboardServer http, StreamsApp app) implements AutoCloseable {
        static Node start(LocalStack stack, String applicationId, Path stateDir) throws Exception {
            DashboardServer http = DashboardServer.bind("127.0.0.1", 0, "127.0.0.1");
            StreamsAppConfig base = new StreamsAppConfig(stack.bootstrapServers(), stack.schemaRegistryUrl(), null,
                    applicationId, stateDir, 1, Map.of("commit.interval.ms", "200"));
            StreamsApp app = new StreamsApp(http.advertise(base), new Extractor(), http.metrics());
            http.serve(app);
            app.start();
            return new Node(http, app);
        }

        String base() {
            return "http://127.0.0.1:" + http.port();
        }

        String server() {
            return "127.0.0.1:" + http.port();
        }

        @Override
        public void close() {
            app.close();
            http.close();
        }
    }

    static PressStatement statement(String id, String source, String body) {
        return PressStatement.newBuilder()
                .setId(id)
                .setSource(source)
                .setHeadline("Headline of " + id)
                .setBody(body)
                .setLanguage("en")
                .setPublishedDate(LocalDate.of(2026, 4, 14))
                .setReceivedAt(Instant.now())
                .setContentHash(Integer.toHexString(body.hashCode()) + id)
                .build();
    }

    /** A statement with one direct quote said by {@code minister} (a full name). */
    static String quoteBody(String minister, String city, String words) {
        return "The ministry said on Monday it would publish the new plan within a month. \"" + words + ",\" Minister "
                + minister + " told reporters in " + city + ".";
    }

    static void publish(LocalStack stack, Map<String, PressStatement> statements) throws Exception {
        Map<String, Object> registry = new HashMap<>();
        registry.put("schema.registry.url", stack.schemaRegistryUrl());
        registry.put("auto.register.schemas", "true");
        AvroSerializer<PressStatement> values = new AvroSerializer<>();
        values.configure(registry, false);
        try (KafkaProducer<String, PressStatement> producer = new KafkaProducer<>(producerConfig(stack), new StringSerializer(), values)) {
            for (Map.Entry<String, PressStatement> e : statements.entrySet()) {
                producer.send(new ProducerRecord<>(PressTopics.RAW, e.getKey(), e.getValue())).get();
            }
        }
    }

    /** Bytes no deserializer accepts: dead-lettered by the topology. */
    static void publishPoison(LocalStack stack, String key) throws Exception {
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(producerConfig(stack), new ByteArraySerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(PressTopics.RAW, key.getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0, 0x7f, 0x11, 1, 2, 3})).get();
        }
    }

    private static Map<String, Object> producerConfig(LocalStack stack) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }

    record Response(int status, String body, String contentType) {
        JsonNode json() throws IOException {
            return JsonSerde.MAPPER.readTree(body);
        }
    }

    static Response get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    /** Polls until the check passes (no exception) or the timeout ends; rethrows the last failure. */
    static void eventually(Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    interface Check {
        void run() throws Exception;
    }
}
