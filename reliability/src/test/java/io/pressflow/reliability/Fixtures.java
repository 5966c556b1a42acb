package io.pressflow.reliability;

import io.pressflow.schemas.PressTopics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.NewTopic;

/** Shared set-up: work folders, the catalogue's topics, waiting. */
final class Fixtures {
    private Fixtures() {}

    /** A fresh folder under target/reliability-work for one scenario. */
    static Path workDir(String scenario) {
        Path root = Paths.get(System.getProperty("reliability.work", "target/reliability-work"));
        try {
            Files.createDirectories(root);
            return Files.createTempDirectory(root.toAbsolutePath(), scenario + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue's topics with their partitions and configs; {@code minIsr} 0 keeps the broker default. */
    static List<NewTopic> topics(short replicationFactor, int minIsr) {
        return PressTopics.all().stream().map(t -> {
            Map<String, String> configs = new HashMap<>(t.configs());
            if (minIsr > 0) {
                configs.put("min.insync.replicas", String.valueOf(minIsr));
            }
            return new NewTopic(t.name(), Optional.of(t.partitions()), Optional.of(replicationFactor)).configs(configs);
        }).toList();
    }

    static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }
}
