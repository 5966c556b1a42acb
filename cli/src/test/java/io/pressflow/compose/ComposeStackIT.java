package io.pressflow.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.QuoteItem;
import io.pressflow.registry.AvroSerde;
import io.pressflow.schemas.PressTopics;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The repository's docker-compose.yml, end to end: images built from this checkout, the producer
 * publishes samples/statements, and every statement must come out of the streams app enriched.
 *
 * <p>Runs only where a Docker engine answers (with the compose plugin); elsewhere JUnit reports it
 * as skipped. It talks to Kafka and the registry through the ports compose publishes on the host.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeStackIT {

    private static final Duration STARTUP = Duration.ofMinutes(20);
    private static final Duration OUTPUT_WAIT = Duration.ofMinutes(3);

    private static Path repoRoot;
    private static ComposeContainer stack;
    private static String bootstrapServers;
    private static String registryUrl;

    @BeforeAll
    static void startStack() throws IOException {
        repoRoot = findRepoRoot();
        String host = DockerClientFactory.instance().dockerHostIpAddress();
        int kafkaPort = freePort();
        int registryPort = freePort();
        stack = new ComposeContainer(repoRoot.resolve("docker-compose.yml").toFile())
                .withBuild(true)
                // our two images are built, not pulled; compose pulls the public ones as it starts them
                .withPull(false)
                // the host listener must advertise an address this JVM can reach
                .withEnv("PRESSFLOW_KAFKA_HOST", host)
                .withEnv("PRESSFLOW_KAFKA_HOST_PORT", String.valueOf(kafkaPort))
                .withEnv("PRESSFLOW_REGISTRY_HOST_PORT", String.valueOf(registryPort))
                .waitingFor("kafka", Wait.forHealthcheck())
                .waitingFor("schema-registry", Wait.forHealthcheck())
                .waitingFor("streams-app", Wait.forHealthcheck())
                .withStartupTimeout(STARTUP);
        stack.start();
        bootstrapServers = host + ":" + kafkaPort;
        registryUrl = "http://" + host + ":" + registryPort;
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void everyPublishedSampleComesOutEnriched() throws IOException {
        Map<String, String> samples = sampleTexts();
        Map<String, EnrichedStatement> enriched = readEnriched(samples.size());

        assertEquals(samples.size(), enriched.size(),
                "one enriched statement per published sample; got ids " + enriched.keySet());
        List<QuoteItem> quotes = new ArrayList<>();
        for (Map.Entry<String, EnrichedStatement> e : enriched.entrySet()) {
            EnrichedStatement statement = e.getValue();
            assertEquals(e.getKey(), statement.getStatement().getId().toString(), "record key is the statement id");
            String body = statement.getStatement().getBody().toString();
            String opening = body.strip().lines().findFirst().orElse("");
            assertFalse(opening.isBlank(), "statement " + e.getKey() + " has an empty body");
            assertTrue(samples.values().stream().anyMatch(text -> text.contains(opening)),
                    "statement " + e.getKey() + " does not come from samples/statements: " + opening);
            quotes.addAll(statement.getQuotes());
        }
        // the samples quote their speakers: the topology must have found and attributed some
        assertFalse(quotes.isEmpty(), "no quotes extracted from " + enriched.size() + " statements");
        assertTrue(quotes.stream().anyMatch(q -> q.getSpeaker() != null), "no quote has a speaker");
    }

    private static Map<String, EnrichedStatement> readEnriched(int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "compose-stack-it-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Deserializer<EnrichedStatement> values =
                AvroSerde.of(EnrichedStatement.class, Map.of("schema.registry.url", registryUrl), false).deserializer();
        Map<String, EnrichedStatement> byId = new LinkedHashMap<>();
        try (KafkaConsumer<String, EnrichedStatement> consumer = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(PressTopics.ENRICHED));
            long deadline = System.nanoTime() + OUTPUT_WAIT.toNanos();
            while (byId.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, EnrichedStatement> r : consumer.poll(Duration.ofMillis(500))) {
                    byId.put(r.key(), r.value());
                }
            }
        }
        return byId;
    }

    private static Map<String, String> sampleTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(repoRoot.resolve("samples").resolve("statements"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                texts.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertFalse(texts.isEmpty(), "no samples in " + repoRoot.resolve("samples/statements"));
        return texts;
    }

    private static Path findRepoRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("samples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docker-compose.yml not found above " + new File("").getAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
