package io.pressflow.cli;

import io.pressflow.avro.PressStatement;
import io.pressflow.cli.bench.BenchCorpus;
import io.pressflow.cli.bench.BenchReport;
import io.pressflow.cli.bench.HeapWatch;
import io.pressflow.cli.bench.Phase;
import io.pressflow.cli.bench.PhaseResult;
import io.pressflow.extract.Extractor;
import io.pressflow.schemas.PressTopics;
import io.pressflow.topology.EnrichmentMetrics;
import io.pressflow.topology.PassthroughTopology;
import io.pressflow.topology.StreamsApp;
import io.pressflow.topology.StreamsAppConfig;
import io.pressflow.topology.TopologySerdes;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Drives statements of about 2 KB (made from the benchmark corpus) through the embedded stack: first the enrichment "
                    + "topology (with the dashboard application alongside, as deployed, unless --no-dashboard), then a pass-through topology (same decode, encode and exactly-once, no extraction or state). "
                    + "Prints throughput (statements/s, MB/s of body text), publish-to-read latency percentiles (read_committed), "
                    + "the enriched / pass-through ratio and the JVM's heap.",
            "Exits 0 when every statement came through, 1 otherwise."
        })
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    static final String PASSTHROUGH_IN = "press.bench.passthrough.raw";
    static final String PASSTHROUGH_OUT = "press.bench.passthrough.out";
    /** The smallest extra warm-up chunk while the JIT is still busy after --warmup (see Phase). */
    private static final int MIN_EXTRA_WARMUP = 5_000;

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--statements", defaultValue = "2000", paramLabel = "N", description = "statements measured per topology (default ${DEFAULT-VALUE})")
    int statements;

    @Option(names = "--rate", defaultValue = "0", paramLabel = "R", description = "publish rate, statements/s; 0 = as fast as possible (default ${DEFAULT-VALUE})")
    double rate;

    // Everything runs in one JVM, broker included, on 2 cores the JIT compiles for a minute or more:
    // after 3,000 warm-up statements it still took a third of the CPU while measuring, and the figures
    // doubled between 3,000 and 50,000 (2.5 -> 1.45 ms of CPU per statement). 40,000 reaches the plateau.
    @Option(names = "--warmup", defaultValue = "40000", paramLabel = "N",
            description = "statements sent through each topology before measuring, not counted, so the JIT has compiled the hot paths; "
                    + "then up to 4 chunks of a quarter as many more while the compiler still takes over 2% of the CPU (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--threads", defaultValue = "${env:PRESSFLOW_STREAM_THREADS:-1}", description = "stream threads of each topology (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${sys:pressflow.home:-.}/extractor/src/test/resources/corpus",
            description = "folder of .txt statements the bench statements are made from (default ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS", description = "longest wait for each pass's last statement (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--no-dashboard",
            description = "measure the enrichment topology alone; by default the dashboard application runs alongside it, as deployed")
    boolean noDashboard;

    @Option(names = "--json", description = "also print the figures as one JSON object, as the last line of stdout")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!cluster.embedded) {
            // it publishes thousands of made-up statements: never onto a real pipeline's topics
            System.err.println("bench: runs on the embedded stack only; pass --embedded");
            return 1;
        }
        if (statements < 1 || warmup < 0 || rate < 0) {
            System.err.println("bench: --statements must be at least 1, --warmup and --rate at least 0");
            return 1;
        }
        BenchCorpus texts = BenchCorpus.load(corpus);
        double loadStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Path dataDir = Files.createTempDirectory("pressflow-bench");
        try (HeapWatch heap = HeapWatch.start(); Connection connection = Connection.open(cluster, dataDir)) {
            createPassthroughTopics(connection);
            PhaseResult enriched = enrichedPass(connection, texts, run + "e");
            PhaseResult passthrough = passthroughPass(connection, texts, run + "p");
            StreamsAppConfig config = connection.streamsConfig(StreamsAppConfig.DEFAULT_APPLICATION_ID, threads);
            BenchReport report = new BenchReport(rate, threads, !noDashboard,
                    String.valueOf(config.streamsProperties().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)),
                    enriched, passthrough, HeapWatch.maxBytes(), heap.peakUsedBytes(), heap.peakAfterCollectionBytes(),
                    loadStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            PrintWriter out = spec.commandLine().getOut();
            report.printText(out);
            if (json) {
                out.println(report.toJson());
            }
            out.flush();
            return report.complete() ? 0 : 1;
        } finally {
            deleteQuietly(dataDir);
        }
    }

    private PhaseResult enrichedPass(Connection connection, BenchCorpus texts, String label) throws Exception {
        try (StreamsApp app = new StreamsApp(connection.streamsConfig("pressflow-bench-enricher", threads), new Extractor(),
                EnrichmentMetrics.none(), !noDashboard)) {
            app.start();
            app.awaitRunning(Duration.ofSeconds(120));
            return measure(connection, texts, label, "enriched", PressTopics.RAW, PressTopics.ENRICHED);
        }
    }

    private PhaseResult passthroughPass(Connection connection, BenchCorpus texts, String label) throws Exception {
        StreamsAppConfig config = connection.streamsConfig("pressflow-bench-passthrough", threads);
        Properties props = config.streamsProperties();
        CountDownLatch running = new CountDownLatch(1);
        try (KafkaStreams streams = new KafkaStreams(PassthroughTopology.build(
                TopologySerdes.fromRegistry(config.registryConfigs()), props, PASSTHROUGH_IN, PASSTHROUGH_OUT), props)) {
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.RUNNING) {
                    running.countDown();
                }
            });
            streams.start();
            if (!running.await(120, TimeUnit.SECONDS)) {
                throw new TimeoutException("pass-through topology not running after 120 s, state " + streams.state());
            }
            return measure(connection, texts, label, "passthrough", PASSTHROUGH_IN, PASSTHROUGH_OUT);
        }
    }

    private PhaseResult measure(Connection connection, BenchCorpus texts, String label, String name,
            String in, String out) throws InterruptedException {
        Properties producer = Publishing.config(connection).withTopic(in).producerProperties();
        Phase phase = new Phase(new Phase.Settings(producer, connection.clientProperties(), in,
                List.of(out, PressTopics.DLQ), rate, Duration.ofSeconds(timeoutSeconds)));
        List<PressStatement> warm = texts.madeOnDemand(label + "w", 0, warmup);
        int chunk = Math.max(MIN_EXTRA_WARMUP, warmup / 4);
        List<PressStatement> measured = texts.statements(label, warmup, statements);
        System.err.printf("bench: %s pass, %d warm-up (more while the JIT is busy) + %d measured statements%n", name, warmup, statements);
        return phase.run(name, warm, n -> texts.madeOnDemand(label + "w" + n + "-", 0, chunk), measured);
    }

    private static void createPassthroughTopics(Connection connection) throws Exception {
        try (Admin admin = Admin.create(connection.clientProperties())) {
            admin.createTopics(List.of(
                    new NewTopic(PASSTHROUGH_IN, PressTopics.DEFAULT_PARTITIONS, (short) 1),
                    new NewTopic(PASSTHROUGH_OUT, PressTopics.DEFAULT_PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            System.err.println("bench: could not remove " + dir + ": " + e.getMessage());
        }
    }
}
