package io.pressflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path dataDir;

    @Test
    void startsBrokerRegistryAndTopicsAndStopsThemAll() throws Exception {
        List<NewTopic> topics = List.of(
                new NewTopic("stack.raw", 3, (short) 1),
                new NewTopic("stack.dlq", 1, (short) 1));
        LocalStack.Options options = LocalStack.Options.defaults().withDataDir(dataDir).withTopics(topics);
        long t0 = System.nanoTime();
        ProcessHandle registryProcess;
        try (LocalStack stack = LocalStack.start(options)) {
            System.out.printf("local stack (broker + registry + topics) ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
                Map<String, TopicDescription> described = admin.describeTopics(Set.of("stack.raw", "stack.dlq")).allTopicNames().get();
                assertEquals(3, described.get("stack.raw").partitions().size());
                assertEquals(1, described.get("stack.dlq").partitions().size());
            }
            try (KafkaProducer<String, String> producer = EmbeddedKafkaTest.Clients.producer(stack.bootstrapServers())) {
                producer.send(new ProducerRecord<>("stack.dlq", "id-1", "bad record")).get();
            }
            assertEquals(List.of("bad record"), EmbeddedKafkaTest.Clients.readValues(stack.bootstrapServers(), "stack.dlq", 1));

            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/subjects")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, subjects.statusCode());
            registryProcess = ProcessHandle.current().children()
                    .filter(p -> p.info().commandLine().orElse("").contains("ParentWatch"))
                    .findFirst().orElseThrow();
            assertTrue(registryProcess.isAlive());
        }
        assertFalse(registryProcess.isAlive(), "closing the stack must stop the registry");
        assertTrue(FreePorts.isFree(Integer.parseInt(brokerPort())), "closing the stack must stop the broker");
    }

    @Test
    void startingAgainOnTheSameFolderWithTheSameTopicsWorks() {
        LocalStack.Options options = LocalStack.Options.defaults().withDataDir(dataDir)
                .withTopics(List.of(new NewTopic("again", 2, (short) 1)));
        String first;
        try (LocalStack stack = LocalStack.start(options)) {
            first = stack.bootstrapServers();
        }
        try (LocalStack stack = LocalStack.start(options)) {
            assertEquals(first, stack.bootstrapServers());
        }
    }

    private String brokerPort() throws Exception {
        return EmbeddedKafka.readProperties(dataDir.resolve("kafka").resolve(EmbeddedKafka.PORTS_FILE)).getProperty("broker.port");
    }
}
