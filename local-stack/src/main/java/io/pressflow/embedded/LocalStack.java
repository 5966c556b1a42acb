package io.pressflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.kafka.clients.admin.NewTopic;

/**
 * Everything the pipeline needs to run on one machine: an in-process Kafka broker, the schema
 * registry as a child process, and the topics. Closing it stops both, registry first.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * @param dataDir      folder for the broker's data ({@code kafka/}) and the registry's log
     *                     ({@code registry/}); {@code null}: a new temporary folder
     * @param registryHome folder holding the registry's quarkus-run.jar; {@code null}: {@link RegistryProcess#defaultHome()}
     * @param topics       topics to create if missing (existing ones are left as they are)
     */
    public record Options(Path dataDir, Path registryHome, Collection<NewTopic> topics) {
        public Options {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }

        /** A temporary data folder, the default registry home, no topics. */
        public static Options defaults() {
            return new Options(null, null, List.of());
        }

        public Options withDataDir(Path dir) {
            return new Options(dir, registryHome, topics);
        }

        public Options withRegistryHome(Path home) {
            return new Options(dataDir, home, topics);
        }

        public Options withTopics(Collection<NewTopic> newTopics) {
            return new Options(dataDir, registryHome, newTopics);
        }
    }

    private final EmbeddedKafka kafka;
    private final RegistryProcess registry;
    private final Path dataDir;

    private LocalStack(EmbeddedKafka kafka, RegistryProcess registry, Path dataDir) {
        this.kafka = kafka;
        this.registry = registry;
        this.dataDir = dataDir;
    }

    /** Starts broker and registry side by side, then creates the topics. */
    public static LocalStack start(Options options) {
        Path dataDir = options.dataDir() != null ? options.dataDir() : newTempDir();
        Path registryHome = options.registryHome() != null ? options.registryHome() : RegistryProcess.defaultHome();
        // the registry is a separate JVM that takes seconds to boot: start it while the broker starts here
        // (on its own thread: the common pool may be busy with the caller's work, or have no spare thread)
        CompletableFuture<RegistryProcess> registry = CompletableFuture.supplyAsync(
                () -> RegistryProcess.start(registryHome, dataDir.resolve("registry")),
                task -> new Thread(task, "registry-start").start());
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.start(dataDir.resolve("kafka"));
        } catch (RuntimeException e) {
            registry.thenAccept(RegistryProcess::close);
            throw e;
        }
        try {
            Topics.create(kafka.bootstrapServers(), options.topics());
            return new LocalStack(kafka, join(registry), dataDir);
        } catch (RuntimeException e) {
            registry.thenAccept(RegistryProcess::close);
            kafka.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Base URL of the Confluent-compatible registry API, for {@code schema.registry.url}. */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates more topics, idempotently. */
    public void createTopics(Collection<NewTopic> topics) {
        Topics.create(kafka.bootstrapServers(), topics);
    }

    /** Stops the registry, then the broker. */
    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
        }
    }

    private static RegistryProcess join(CompletableFuture<RegistryProcess> registry) {
        try {
            return registry.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Path newTempDir() {
        try {
            return Files.createTempDirectory("pressflow-local-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data folder", e);
        }
    }
}
