package io.pressflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void restartOnTheSameFolderKeepsTopicsRecordsAndAddress() throws Exception {
        String firstAddress;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            firstAddress = kafka.bootstrapServers();
            Topics.create(kafka.bootstrapServers(), List.of(new NewTopic("kept", 2, (short) 1)));
            try (KafkaProducer<String, String> producer = EmbeddedKafkaTest.Clients.producer(kafka.bootstrapServers())) {
                producer.send(new ProducerRecord<>("kept", 0, "a", "before-restart-1")).get();
                producer.send(new ProducerRecord<>("kept", 0, "b", "before-restart-2")).get();
            }
        }
        long t0 = System.nanoTime();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            System.out.printf("embedded broker restarted in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            assertEquals(firstAddress, kafka.bootstrapServers());
            try (KafkaProducer<String, String> producer = EmbeddedKafkaTest.Clients.producer(kafka.bootstrapServers())) {
                producer.send(new ProducerRecord<>("kept", 0, "c", "after-restart")).get();
            }
            assertEquals(List.of("before-restart-1", "before-restart-2", "after-restart"),
                    EmbeddedKafkaTest.Clients.readValues(kafka.bootstrapServers(), "kept", 3));
        }
    }

    @Test
    void restartWhenTheRememberedPortsAreTakenMovesToFreeOnesAndKeepsData() throws Exception {
        String firstAddress;
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            firstAddress = kafka.bootstrapServers();
            Topics.create(kafka.bootstrapServers(), List.of(new NewTopic("moved", 1, (short) 1)));
            try (KafkaProducer<String, String> producer = EmbeddedKafkaTest.Clients.producer(kafka.bootstrapServers())) {
                producer.send(new ProducerRecord<>("moved", "a", "written-on-old-port")).get();
            }
        }
        Properties ports = EmbeddedKafka.readProperties(dataDir.resolve(EmbeddedKafka.PORTS_FILE));
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket brokerSquatter = new ServerSocket(Integer.parseInt(ports.getProperty("broker.port")), 1, loopback);
                ServerSocket controllerSquatter = new ServerSocket(Integer.parseInt(ports.getProperty("controller.port")), 1, loopback);
                EmbeddedKafka kafka = EmbeddedKafka.start(dataDir)) {
            assertNotEquals(firstAddress, kafka.bootstrapServers());
            assertEquals(List.of("written-on-old-port"),
                    EmbeddedKafkaTest.Clients.readValues(kafka.bootstrapServers(), "moved", 1));
        }
    }
}
