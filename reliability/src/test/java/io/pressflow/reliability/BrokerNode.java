package io.pressflow.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.tools.StorageTool;

/**
 * One Kafka broker (KRaft, combined broker + controller) in its own JVM, so that it can die of
 * SIGKILL like a machine losing power. The log dir is formatted here, once.
 */
final class BrokerNode implements AutoCloseable {
    private final int nodeId;
    private final Path dir;
    private final Properties props;
    private ChildJvm jvm;
    private int starts;

    BrokerNode(int nodeId, Path dir, Properties props) {
        this.nodeId = nodeId;
        this.dir = dir;
        this.props = props;
    }

    int nodeId() {
        return nodeId;
    }

    /** Starts again on the same folder and ports after {@link #kill()}. */
    BrokerNode restart() {
        return start(null);
    }

    /** Formats the log dir with the cluster id (static voters: no --standalone) and starts the JVM. */
    BrokerNode start(String clusterId) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "reliability suite broker " + nodeId);
            }
            if (!Files.exists(Path.of(props.getProperty("log.dirs")).resolve("meta.properties"))) {
                format(clusterId, file);
            }
            jvm = ChildJvm.start("broker-" + nodeId,
                    List.of("-Xmx384m", "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"),
                    "kafka.Kafka", List.of(file.toString()), dir.resolve("broker-" + (++starts) + ".log"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare broker " + nodeId, e);
        }
    }

    private static void format(String clusterId, Path propsFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", propsFile.toString()}, print);
        }
        if (rc != 0) {
            throw new IllegalStateException("format failed (" + rc + "): " + out.toString(StandardCharsets.UTF_8));
        }
    }

    boolean isAlive() {
        return jvm != null && jvm.isAlive();
    }

    /** Power loss: SIGKILL, no controlled shutdown. */
    void kill() {
        jvm.kill();
    }

    String logTail() {
        return jvm == null ? "(not started)" : jvm.logTail(40);
    }

    @Override
    public void close() {
        if (jvm != null && jvm.isAlive()) {
            jvm.stop(20);
        }
    }
}
