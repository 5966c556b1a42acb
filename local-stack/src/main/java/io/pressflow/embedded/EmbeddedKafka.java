package io.pressflow.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) running in this JVM,
 * listening on 127.0.0.1 only.
 *
 * <p>The data folder keeps everything: the formatted log dir, the broker's properties and the
 * ports it chose. Starting again on the same folder brings the same topics and records back, on
 * the same ports when they are still free.
 */
public final class EmbeddedKafka implements AutoCloseable {

    static final String PROPERTIES_FILE = "broker.properties";
    static final String PORTS_FILE = "ports.properties";
    static final String LOG_DIR = "kafka-logs";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private boolean closed;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /** Starts a broker on {@code dataDir} with the default settings. */
    public static EmbeddedKafka start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * Starts a broker on {@code dataDir}; {@code overrides} are broker configs that replace the
     * defaults (e.g. {@code auto.create.topics.enable}).
     */
    public static EmbeddedKafka start(Path dataDir, Map<String, String> overrides) {
        BrokerLogging.defaultToWarn();
        try {
            Files.createDirectories(dataDir);
            Path absolute = dataDir.toAbsolutePath().normalize();
            BrokerPorts ports = BrokerPorts.forDataDir(absolute.resolve(PORTS_FILE));
            Properties props = brokerProperties(absolute, ports, overrides);
            Path propsFile = absolute.resolve(PROPERTIES_FILE);
            writeProperties(props, propsFile);
            Path logDir = absolute.resolve(LOG_DIR);
            // Formatting twice gives the folder a new cluster id and breaks restart: only format fresh folders.
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(propsFile);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            try {
                server.startup();
            } catch (RuntimeException e) {
                shutdownQuietly(server);
                throw e;
            }
            return new EmbeddedKafka(server, "127.0.0.1:" + ports.broker(), absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Kafka data folder " + dataDir, e);
        }
    }

    /** host:port list for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The folder holding the broker's log dir, properties and ports. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker and waits until it has released its ports and log dir. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path dataDir, BrokerPorts ports, Map<String, String> overrides) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + ports.broker() + ",CONTROLLER://127.0.0.1:" + ports.controller());
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.broker());
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + ports.controller());
        p.setProperty("log.dirs", dataDir.resolve(LOG_DIR).toString());
        // A single node cannot satisfy the default replication factor of 3 for internal topics:
        // consumer groups and transactions (exactly-once Streams) would never become ready.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Few partitions for internal topics: 50 each is slow to create and pointless on one node.
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.num.partitions", "5");
        p.setProperty("share.coordinator.state.topic.num.partitions", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // The log cleaner's default dedupe buffer is 128 MiB of heap; compacted topics here are small.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.setProperty("num.io.threads", "4");
        p.setProperty("num.network.threads", "2");
        overrides.forEach(p::setProperty);
        return p;
    }

    private static void format(Path propsFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {
                    "format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", propsFile.toString()}, print);
        } catch (RuntimeException e) {
            throw new IllegalStateException("formatting the Kafka log dir failed: " + out.toString(StandardCharsets.UTF_8), e);
        }
        if (rc != 0) {
            throw new IllegalStateException("formatting the Kafka log dir failed (exit " + rc + "): "
                    + out.toString(StandardCharsets.UTF_8));
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException ignored) {
            // the start failure is the error worth reporting
        }
    }

    static Properties readProperties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static void writeProperties(Properties p, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "written by pressflow EmbeddedKafka");
        }
    }
}
