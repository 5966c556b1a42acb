package io.pressflow.cli;

import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.feed.FeedPoller;
import io.pressflow.schemas.PressTopics;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "poll",
        mixinStandardHelpOptions = true,
        description = {
            "Poll RSS and Atom feeds and publish every item once (id: the item's guid or Atom id, else its link;",
            "source: the feed's title; HTML reduced to text). The seen-set lives in <data-dir>/ingest/feed-seen.tsv,",
            "so a restart publishes nothing twice; an item whose text changed is published again as a correction.",
            "With --once: one pass, exit 0 (all fine), 2 (some items had no text), 1 (a feed or a statement failed)."
        })
final class PollCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(arity = "1..*", paramLabel = "URL", description = "feed URLs (http or https)")
    List<URI> feeds;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "${env:PRESSFLOW_POLL_INTERVAL:-300}",
            description = "seconds between passes (env PRESSFLOW_POLL_INTERVAL; default ${DEFAULT-VALUE})")
    int intervalSeconds;

    @Option(names = "--once", description = "one pass over the feeds, then exit")
    boolean once;

    @Option(names = "--topic", defaultValue = PressTopics.RAW, description = "topic to publish to (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--remember", paramLabel = "N", defaultValue = "" + AcceptedLog.DEFAULT_MAX_ENTRIES,
            description = "items kept in the seen-set (default ${DEFAULT-VALUE})")
    int remember;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        for (URI feed : feeds) {
            String scheme = feed.getScheme() == null ? "" : feed.getScheme().toLowerCase();
            if (!scheme.equals("http") && !scheme.equals("https")) {
                err.println("poll: not an http(s) URL: " + feed);
                return 1;
            }
        }
        if (intervalSeconds < 1) {
            err.println("poll: --interval must be at least 1 second");
            return 1;
        }
        Shutdown shutdown = once ? null : Shutdown.onSignal();
        try (Connection connection = Connection.open(cluster);
                IngestWiring wiring = IngestWiring.open(connection, topic, "feed-seen.tsv", remember)) {
            FeedPoller poller = new FeedPoller(feeds, wiring.ingestor, spec.commandLine().getOut());
            if (once) {
                FeedPoller.Pass pass = poller.pollOnce();
                err.println("poll: " + pass);
                return !pass.clean() ? 1 : pass.rejected() > 0 ? 2 : 0;
            }
            poller.run(Duration.ofSeconds(intervalSeconds), () -> !shutdown.signalled());
            return 0;
        } finally {
            if (shutdown != null) {
                shutdown.done();
            }
        }
    }
}
