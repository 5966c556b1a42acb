package io.pressflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    static Path dataDir;

    static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        long t0 = System.nanoTime();
        kafka = EmbeddedKafka.start(dataDir);
        System.out.printf("embedded broker started in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void brokerLogsWarningsButNotItsInfoChatter() {
        // the Scala core and the Java server packages both log through slf4j
        for (String name : List.of("kafka.server.BrokerServer", "org.apache.kafka.controller.QuorumController", "state.change.logger")) {
            org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(name);
            assertTrue(logger.isWarnEnabled(), name + " must report warnings");
            assertTrue(!logger.isInfoEnabled(), name + " must not log at INFO by default");
        }
    }

    @Test
    void bootstrapServersIsLoopback() {
        assertTrue(kafka.bootstrapServers().matches("127\\.0\\.0\\.1:\\d+"), kafka.bootstrapServers());
    }

    @Test
    void recordsProducedWithAcksAllAreConsumedInOrder() throws Exception {
        String topic = "round-trip";
        Topics.create(kafka.bootstrapServers(), List.of(new NewTopic(topic, 1, (short) 1)));
        List<String> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = Clients.producer(kafka.bootstrapServers())) {
            for (int i = 0; i < 100; i++) {
                String value = "statement-" + i;
                producer.send(new ProducerRecord<>(topic, "k" + i, value)).get();
                sent.add(value);
            }
        }
        assertEquals(sent, Clients.readValues(kafka.bootstrapServers(), topic, sent.size()));
    }

    @Test
    void transactionsWorkOnASingleNode() throws Exception {
        // exactly-once Streams needs the transaction log, which a single node only has with RF=1 settings
        String topic = "transactional";
        Topics.create(kafka.bootstrapServers(), List.of(new NewTopic(topic, 1, (short) 1)));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "embedded-kafka-test");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k", "committed"));
            producer.commitTransaction();
        }
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "transactional-reader");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
        }
        assertEquals(List.of("committed"), values);
    }

    @Test
    void creatingTopicsTwiceKeepsTheFirstAndFailsNothing() throws Exception {
        List<NewTopic> topics = List.of(new NewTopic("idem.a", 3, (short) 1), new NewTopic("idem.b", 1, (short) 1));
        Topics.create(kafka.bootstrapServers(), topics);
        Topics.create(kafka.bootstrapServers(), topics);
        // a second declaration with another partition count must not recreate or grow the topic
        Topics.create(kafka.bootstrapServers(), List.of(new NewTopic("idem.a", 6, (short) 1)));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var described = admin.describeTopics(Set.of("idem.a", "idem.b")).allTopicNames().get();
            assertEquals(3, described.get("idem.a").partitions().size());
            assertEquals(1, described.get("idem.b").partitions().size());
        }
    }

    @Test
    void topicsAreCreatedWithTheirConfigs() throws Exception {
        NewTopic compacted = new NewTopic("configured", 2, (short) 1).configs(Map.of("cleanup.policy", "compact"));
        Topics.create(kafka.bootstrapServers(), List.of(compacted));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "configured");
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertEquals("compact", config.get("cleanup.policy").value());
        }
    }

    /** Small client helpers shared by the tests of this module. */
    static final class Clients {
        static KafkaProducer<String, String> producer(String bootstrap) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        }

        static List<String> readValues(String bootstrap, String topic, int expected) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + topic + "-" + System.nanoTime());
            p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            List<String> values = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (values.size() < expected && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        values.add(r.value());
                    }
                }
            }
            return values;
        }
    }
}
