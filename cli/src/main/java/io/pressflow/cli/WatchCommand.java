package io.pressflow.cli;

import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.watch.FolderWatcher;
import io.pressflow.schemas.PressTopics;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
            "Watch a drop folder: every statement file put there (.txt, .md, .json, .ndjson, .jsonl) is published once,",
            "when it has stopped changing, then moved to DIR/done/, or to DIR/failed/ with <name>.reason.txt.",
            "Hidden and temporary names (.x, ~x, *.tmp, *.part) are left alone: write elsewhere and rename in.",
            "With --once: the files there now, then exit 0 (all done) or 2 (some failed)."
        })
final class WatchCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Parameters(index = "0", paramLabel = "DIR", description = "the drop folder")
    Path dir;

    @Option(names = "--once", description = "process the files there now, then exit")
    boolean once;

    @Option(names = "--settle-ms", paramLabel = "MILLIS", defaultValue = "1000",
            description = "a file is taken once its size and time have not changed for this long (default ${DEFAULT-VALUE})")
    long settleMillis;

    @Option(names = "--source", description = "source of statements whose file names none (default: the file name)")
    String source;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
            description = "size limit of one statement (default ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--topic", defaultValue = PressTopics.RAW, description = "topic to publish to (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--remember", paramLabel = "N", defaultValue = "" + AcceptedLog.DEFAULT_MAX_ENTRIES,
            description = "published ids kept to skip a statement dropped twice (default ${DEFAULT-VALUE})")
    int remember;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("watch: not a folder: " + dir);
            return 1;
        }
        if (maxBytes < 1 || settleMillis < 0) {
            err.println("watch: --max-bytes must be positive and --settle-ms not negative");
            return 1;
        }
        Shutdown shutdown = once ? null : Shutdown.onSignal();
        try (Connection connection = Connection.open(cluster);
                IngestWiring wiring = IngestWiring.open(connection, topic, "watch-accepted.tsv", remember)) {
            FolderWatcher watcher = new FolderWatcher(dir, wiring.ingestor, new ReadOptions(maxBytes, source),
                    Duration.ofMillis(settleMillis), Duration.ofSeconds(90), spec.commandLine().getOut());
            if (once) {
                List<FolderWatcher.Outcome> outcomes = watcher.processExisting();
                long failed = outcomes.stream().filter(o -> !o.done()).count();
                err.printf("watch: %d file(s) done, %d failed%n", outcomes.size() - failed, failed);
                return failed == 0 ? 0 : 2;
            }
            err.println("watch: watching " + dir.toAbsolutePath() + "; Ctrl-C to stop");
            err.flush();
            watcher.run(() -> !shutdown.signalled());
            return 0;
        } finally {
            if (shutdown != null) {
                shutdown.done();
            }
        }
    }
}
