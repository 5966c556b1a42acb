package io.pressflow.cli;

import io.pressflow.dashboard.DashboardServer;
import io.pressflow.topology.StreamsApp;
import io.pressflow.topology.StreamsAppConfig;
import java.net.BindException;
import java.net.InetAddress;
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

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:PRESSFLOW_HTTP_PORT:-8080}",
            description = "serve the API, dashboard, /metrics and /health on this port (env PRESSFLOW_HTTP_PORT; 0 turns it off; default ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--http-bind", paramLabel = "ADDRESS", defaultValue = "${env:PRESSFLOW_HTTP_BIND:-0.0.0.0}",
            description = "address the HTTP server listens on (env PRESSFLOW_HTTP_BIND; default ${DEFAULT-VALUE})")
    String httpBind;

    @Option(names = "--advertised-host", paramLabel = "HOST", defaultValue = "${env:PRESSFLOW_ADVERTISED_HOST}",
            description = "name other instances reach this one by, for application.server (env PRESSFLOW_ADVERTISED_HOST; default: this host's name)")
    String advertisedHost;

    @Override
    public Integer call() throws Exception {
        Shutdown shutdown = Shutdown.onSignal();
        String host = advertisedHost != null && !advertisedHost.isBlank() ? advertisedHost : InetAddress.getLocalHost().getHostName();
        DashboardServer bound;
        try {
            bound = httpPort > 0 ? DashboardServer.bind(httpBind, httpPort, host) : null;
        } catch (BindException e) {
            shutdown.done();
            System.err.println("streams: cannot listen on " + httpBind + ":" + httpPort + " (" + e.getMessage()
                    + "); pass --http-port PORT (0 turns the HTTP server off)");
            return 1;
        }
        try (DashboardServer http = bound;
                Connection connection = Connection.open(cluster);
                StreamsApp app = DemoCommand.streamsApp(http, connection.streamsConfig(applicationId, threads))) {
            if (http != null) {
                http.serve(app);
            }
            app.start();
            app.awaitRunning(Duration.ofMinutes(2));
            System.err.printf("pressflow streams running (application.id %s) against %s; Ctrl-C to stop%n",
                    applicationId, connection.bootstrapServers());
            if (http != null) {
                System.err.printf("  API, dashboard, /metrics and /health on %s:%d (advertised as %s)%n", httpBind, http.port(), http.address());
            }
            shutdown.await();
            return 0;
        } finally {
            shutdown.done();
        }
    }
}
