package io.pressflow.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pressflow streams} in its own JVM, as an operator would run it. */
final class StreamsInstance implements AutoCloseable {
    static final String READY_LINE = "pressflow streams running";

    /**
     * Failure detection fast enough for a test: a killed member leaves the group after the session
     * timeout (the broker's minimum is 6 s). Everything else is the app's own configuration.
     */
    static final Map<String, String> TEST_TUNING = Map.of(
            "session.timeout.ms", "6000",
            "heartbeat.interval.ms", "1500");

    private final ChildJvm jvm;

    private StreamsInstance(ChildJvm jvm) {
        this.jvm = jvm;
    }

    static StreamsInstance start(String name, String bootstrapServers, String registryUrl, Path dataDir,
                                 Map<String, String> kafkaProperties) {
        List<String> args = new ArrayList<>(List.of(
                "streams",
                "--bootstrap-servers", bootstrapServers,
                "--schema-registry-url", registryUrl,
                "--data-dir", dataDir.toString()));
        Map<String, String> props = new java.util.TreeMap<>(TEST_TUNING);
        props.putAll(kafkaProperties);
        props.forEach((k, v) -> {
            args.add("--kafka-property");
            args.add(k + "=" + v);
        });
        ChildJvm jvm = ChildJvm.start(name,
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"),
                "io.pressflow.cli.Main", args, dataDir.resolve(name + ".log"),
                // no HTTP API: instances share the machine (and port 8080) with each other and other builds
                Map.of("PRESSFLOW_HTTP_PORT", "0"));
        return new StreamsInstance(jvm);
    }

    /** True once the app printed that it is running (all tasks assigned and restored). */
    boolean isRunning() {
        return jvm.logContains(READY_LINE);
    }

    void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isRunning()) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException(jvm.name() + " exited before running:\n" + jvm.logTail(60));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(jvm.name() + " not running after " + timeout + ":\n" + jvm.logTail(60));
            }
            Thread.sleep(200);
        }
    }

    boolean logContains(String text) {
        return jvm.logContains(text);
    }

    boolean isAlive() {
        return jvm.isAlive();
    }

    void kill() {
        jvm.kill();
    }

    String logTail() {
        return jvm.logTail(80);
    }

    String name() {
        return jvm.name();
    }

    @Override
    public void close() {
        if (jvm.isAlive()) {
            jvm.stop(30);
        }
    }
}
