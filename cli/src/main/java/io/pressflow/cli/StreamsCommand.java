package io.pressflow.cli;

import io.pressflow.extract.Extractor;
import io.pressflow.topology.StreamsApp;
import io.pressflow.topology.StreamsAppConfig;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "streams",
        mixinStandardHelpOptions = true,
        description = "Run the enrichment topology until stopped (SIGTERM or Ctrl-C close it cleanly).")
final class StreamsCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--application-id", defaultValue = "${env:PRESSFLOW_APPLICATION_ID:-" + StreamsAppConfig.DEFAULT_APPLICATION_ID + "}",
            description = "Kafka Streams application.id; instances sharing it share the work (default ${DEFAULT-VALUE})")
    String applicationId;

    @Option(names = "--threads", defaultValue = "${env:PRESSFLOW_STREAM_THREADS:-1}", description = "stream threads (default ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        Shutdown shutdown = Shutdown.onSignal();
        try (Connection connection = Connection.open(cluster);
                StreamsApp app = new StreamsApp(connection.streamsConfig(applicationId, threads), new Extractor())) {
            app.start();
            app.awaitRunning(Duration.ofMinutes(2));
            System.err.printf("pressflow streams running (application.id %s) against %s; Ctrl-C to stop%n",
                    applicationId, connection.bootstrapServers());
            shutdown.await();
            return 0;
        } finally {
            shutdown.done();
        }
    }
}
