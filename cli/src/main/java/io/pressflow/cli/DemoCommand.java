package io.pressflow.cli;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.QuoteItem;
import io.pressflow.dashboard.DashboardServer;
import io.pressflow.extract.Extractor;
import io.pressflow.ingest.publish.PublishSummary;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.read.StatementSource;
import io.pressflow.topology.EnrichmentMetrics;
import io.pressflow.topology.StreamsApp;
import io.pressflow.topology.StreamsAppConfig;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start the embedded stack (KRaft broker + schema registry), run the topology, publish the bundled sample",
            "statements and show the enriched quotes, speakers and topics as they arrive. Ctrl-C stops everything."
        })
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--samples", paramLabel = "PATH", description = "statements to publish (default: the bundled samples/statements)")
    Path samples;

    @Option(names = "--exit-when-done", description = "stop once every sample is shown instead of waiting for Ctrl-C")
    boolean exitWhenDone;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8080",
            description = "serve the dashboard, the API, /metrics and /health at http://127.0.0.1:PORT (0 turns it off; default ${DEFAULT-VALUE})")
    int httpPort;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path input = samples != null ? samples : Path.of(System.getProperty("pressflow.home", "."), "samples", "statements");
        if (!Files.exists(input)) {
            System.err.println("demo: no sample statements at " + input + " (give --samples PATH)");
            return 1;
        }
        DashboardServer http;
        try {
            http = httpPort > 0 ? DashboardServer.bind("127.0.0.1", httpPort, "127.0.0.1") : null;
        } catch (BindException e) {
            System.err.println("demo: port " + httpPort + " is in use; pass --http-port PORT (0 turns the dashboard off)");
            return 1;
        }
        long t0 = System.nanoTime();
        ClusterOptions embedded = new ClusterOptions();
        embedded.embedded = true;
        Path dataDir = Files.createTempDirectory("pressflow-demo");
        Shutdown shutdown = Shutdown.onSignal();
        out.println("pressflow demo: starting a KRaft broker and the schema registry in " + dataDir + " ...");
        try (http;
                Connection connection = Connection.open(embedded, dataDir);
                StreamsApp app = streamsApp(http, connection.streamsConfig("pressflow-demo", 1))) {
            out.printf("  broker %s, schema registry %s (%.1f s)%n", connection.bootstrapServers(), connection.schemaRegistryUrl(), secondsSince(t0));
            if (http != null) {
                http.serve(app);
            }
            app.start();
            app.awaitRunning(Duration.ofSeconds(120));
            if (http != null) {
                out.printf("  dashboard %s  (API %sapi/stats, metrics %smetrics, health %shealth)%n",
                        http.address(), http.address(), http.address(), http.address());
            }
            out.printf("  topology running (%.1f s); publishing %s%n%n", secondsSince(t0), input);
            try (EnrichedFeed feed = EnrichedFeed.openAtEnd(connection)) {
                PublishSummary published;
                try (StatementPublisher publisher = new StatementPublisher(Publishing.config(connection))) {
                    published = publisher.publish(StatementSource.of(input, ReadOptions.defaults()));
                }
                published.rejected().forEach(r -> System.err.println("rejected " + r));
                AtomicInteger shown = new AtomicInteger();
                while (!shutdown.signalled() && !(exitWhenDone && shown.get() >= published.sent())) {
                    feed.poll(Duration.ofMillis(250), o -> {
                        shown.incrementAndGet();
                        if (o instanceof EnrichedFeed.Enriched e) {
                            print(out, e.statement());
                        } else if (o instanceof EnrichedFeed.DeadLettered d) {
                            out.printf("✗ %s dead-lettered: %s%n%n", d.id(), d.reason());
                        }
                        if (shown.get() == published.sent()) {
                            out.printf("all %d statements enriched in %.1f s since start.%s%n", published.sent(), secondsSince(t0),
                                    exitWhenDone ? "" : " Ctrl-C to stop.");
                        }
                    });
                }
            }
            return 0;
        } finally {
            Files.walk(dataDir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            shutdown.done();
        }
    }

    /**
     * With the HTTP server on, the dashboard app runs next to the enrichment, advertises this address
     * and the enrichment records into the exported metrics; with it off, nothing could query the
     * dashboard's stores, so only the enrichment runs.
     */
    static StreamsApp streamsApp(DashboardServer http, StreamsAppConfig config) {
        return http == null
                ? new StreamsApp(config, new Extractor(), EnrichmentMetrics.none(), false)
                : new StreamsApp(http.advertise(config), new Extractor(), http.metrics(), true);
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void print(PrintStream out, EnrichedStatement e) {
        String title = e.getStatement().getHeadline() != null ? e.getStatement().getHeadline() : e.getStatement().getId();
        out.printf("■ %s   [%s, %s]%n", title, e.getStatement().getId(), e.getStatement().getSource());
        if (!e.getTopics().isEmpty()) {
            out.println("  topics:   " + e.getTopics().stream().limit(4)
                    .map(t -> t.getLabel() + String.format(" %.2f", t.getScore())).collect(Collectors.joining(" · ")));
        }
        if (!e.getEntities().isEmpty()) {
            out.println("  entities: " + e.getEntities().stream().limit(8)
                    .map(en -> en.getName() + " (" + en.getType() + (en.getCode() == null ? "" : " " + en.getCode()) + ")")
                    .collect(Collectors.joining(", ")));
        }
        for (QuoteItem q : e.getQuotes()) {
            String words = q.getText().length() > 110 ? q.getText().substring(0, 107) + "..." : q.getText();
            String open = q.getKind().equals("indirect") ? "" : "“";
            String close = q.getKind().equals("indirect") ? "" : "”";
            out.printf("  %-8s %s%s%s%n           — %s%s%n", q.getKind(), open, words, close,
                    q.getSpeaker() == null ? "(speaker unknown)" : q.getSpeaker(),
                    q.getCue() == null ? "" : " (" + q.getCue() + ")");
        }
        out.println();
    }
}
