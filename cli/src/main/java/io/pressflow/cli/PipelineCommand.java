package io.pressflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressflow.extract.Extractor;
import io.pressflow.ingest.publish.Delivery;
import io.pressflow.ingest.publish.Failure;
import io.pressflow.ingest.publish.PublishListener;
import io.pressflow.ingest.publish.PublishSummary;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.read.Rejection;
import io.pressflow.ingest.read.StatementSource;
import io.pressflow.topology.EnrichmentMetrics;
import io.pressflow.topology.StreamsApp;
import io.pressflow.topology.StreamsAppConfig;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = {
            "Publish every statement under --input through the real topology and write each enriched statement as a JSON line.",
            "Exits 0 once all of them are enriched; 2 when some input was rejected or dead-lettered; 1 when the pipeline failed."
        })
final class PipelineCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "a statement file (.txt raw, .json, .ndjson) or a folder of them")
    Path input;

    @Option(names = "--output", paramLabel = "FILE.jsonl", description = "where the enriched statements go (default: stdout)")
    Path output;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "how long to wait for the enriched statements (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--application-id", defaultValue = StreamsAppConfig.DEFAULT_APPLICATION_ID, description = "Kafka Streams application.id (default ${DEFAULT-VALUE})")
    String applicationId;

    @Override
    public Integer call() throws Exception {
        // an embedded run is self-contained: a fresh stack in a temporary folder, removed afterwards
        Path dataDir = cluster.embedded ? Files.createTempDirectory("pressflow-pipeline") : cluster.dataDir;
        try (Connection connection = Connection.open(cluster, dataDir);
                StreamsApp app = new StreamsApp(connection.streamsConfig(applicationId, 1), new Extractor(), EnrichmentMetrics.none(), false)) {
            app.start();
            app.awaitRunning(Duration.ofSeconds(120));
            try (EnrichedFeed feed = EnrichedFeed.openAtEnd(connection)) {
                PublishSummary published = publish(connection);
                Map<String, EnrichedFeed.Outcome> outcomes = await(feed, published);
                return write(published, outcomes);
            }
        } finally {
            if (cluster.embedded) {
                Files.walk(dataDir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private PublishSummary publish(Connection connection) throws Exception {
        try (StatementPublisher publisher = new StatementPublisher(Publishing.config(connection))) {
            return publisher.publish(StatementSource.of(input, ReadOptions.defaults()), new PublishListener() {
                @Override
                public void rejected(Rejection r) {
                    System.err.println("rejected " + r);
                }

                @Override
                public void failed(Failure f) {
                    System.err.println("failed " + f);
                }
            });
        }
    }

    /** Waits until every delivered statement is enriched or dead-lettered, or the timeout passes. */
    private Map<String, EnrichedFeed.Outcome> await(EnrichedFeed feed, PublishSummary published) {
        Map<String, EnrichedFeed.Outcome> outcomes = new LinkedHashMap<>();
        java.util.Set<String> wanted = new java.util.HashSet<>();
        published.delivered().forEach(d -> wanted.add(d.id()));
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (!outcomes.keySet().containsAll(wanted) && System.nanoTime() < deadline) {
            feed.poll(Duration.ofMillis(200), o -> {
                if (wanted.contains(o.id())) {
                    outcomes.put(o.id(), o);
                }
            });
        }
        return outcomes;
    }

    private int write(PublishSummary published, Map<String, EnrichedFeed.Outcome> outcomes) throws Exception {
        int enriched = 0;
        int dead = 0;
        int missing = 0;
        try (Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (Delivery d : published.delivered()) {
                EnrichedFeed.Outcome o = outcomes.get(d.id());
                if (o instanceof EnrichedFeed.Enriched e) {
                    out.write(JSON.writeValueAsString(EnrichedJson.of(e.statement())));
                    out.write('\n');
                    enriched++;
                } else if (o instanceof EnrichedFeed.DeadLettered x) {
                    System.err.printf("dead-lettered %s (%s): %s%n", d.id(), d.origin(), x.reason());
                    dead++;
                } else {
                    System.err.printf("not enriched within %d s: %s (%s); an unchanged re-publish of an already enriched statement is skipped%n",
                            timeoutSeconds, d.id(), d.origin());
                    missing++;
                }
            }
        }
        System.err.printf("pipeline: %d published, %d enriched, %d dead-lettered, %d rejected, %d failed to publish, %d not enriched in time%n",
                published.sent(), enriched, dead, published.rejected().size(), published.failed().size(), missing);
        if (missing > 0 || !published.failed().isEmpty()) {
            return 1;
        }
        return dead == 0 && published.rejected().isEmpty() ? 0 : 2;
    }
}
