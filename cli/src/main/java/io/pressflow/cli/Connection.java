package io.pressflow.cli;

import io.pressflow.embedded.LocalStack;
import io.pressflow.embedded.RegistryProcess;
import io.pressflow.schemas.PressTopics;
import io.pressflow.topology.StreamsAppConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A live connection to Kafka and the schema registry: the embedded local stack (owned and closed here)
 * or an external cluster. Makes sure the catalogue's topics exist either way.
 */
final class Connection implements AutoCloseable {
    private final String bootstrapServers;
    private final String schemaRegistryUrl;
    private final ClusterOptions options;
    private final Path dataDir;
    private final LocalStack stack;

    private Connection(ClusterOptions options, String bootstrapServers, String schemaRegistryUrl, Path dataDir, LocalStack stack) {
        this.options = options;
        this.bootstrapServers = bootstrapServers;
        this.schemaRegistryUrl = schemaRegistryUrl;
        this.dataDir = dataDir;
        this.stack = stack;
    }

    static Connection open(ClusterOptions options) throws Exception {
        return open(options, options.dataDir);
    }

    /** Opens against {@code dataDir} (a fresh folder gives a fresh embedded stack). */
    static Connection open(ClusterOptions options, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        if (options.embedded) {
            LocalStack stack = LocalStack.start(new LocalStack.Options(
                    dataDir.resolve("stack"), RegistryProcess.defaultHome(), newTopics((short) 1)));
            return new Connection(options, stack.bootstrapServers(), stack.schemaRegistryUrl(), dataDir, stack);
        }
        Connection c = new Connection(options, options.bootstrapServers, options.schemaRegistryUrl, dataDir, null);
        c.ensureTopics();
        return c;
    }

    static List<NewTopic> newTopics(short replicationFactor) {
        return PressTopics.all().stream()
                .map(t -> new NewTopic(t.name(), Optional.of(t.partitions()),
                        replicationFactor > 0 ? Optional.of(replicationFactor) : Optional.empty())
                        .configs(t.configs()))
                .toList();
    }

    /** On an external cluster: create missing topics with the broker's default replication factor. */
    private void ensureTopics() throws InterruptedException {
        try (Admin admin = Admin.create(clientProperties())) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = newTopics((short) -1).stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create the pipeline's topics on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
            }
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    String schemaRegistryUrl() {
        return schemaRegistryUrl;
    }

    Path dataDir() {
        return dataDir;
    }

    /** bootstrap.servers plus any --kafka-property, for plain clients. */
    Properties clientProperties() {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.putAll(options.kafkaProperties);
        return p;
    }

    /** The schema registry client configs, with Confluent's key names. */
    Map<String, Object> registryConfigs() {
        return streamsConfig(StreamsAppConfig.DEFAULT_APPLICATION_ID, 1).registryConfigs();
    }

    StreamsAppConfig streamsConfig(String applicationId, int threads) {
        return new StreamsAppConfig(bootstrapServers, schemaRegistryUrl, options.schemaRegistryUserInfo,
                applicationId, dataDir.resolve("streams"), threads, new HashMap<>(options.kafkaProperties), options.stateRetention);
    }

    @Override
    public void close() throws IOException {
        if (stack != null) {
            stack.close();
        }
    }
}
