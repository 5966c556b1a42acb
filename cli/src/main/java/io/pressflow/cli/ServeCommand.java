package io.pressflow.cli;

import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.http.IngestServer;
import io.pressflow.ingest.http.ServerOptions;
import io.pressflow.ingest.http.TokenAuth;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.schemas.PressTopics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "HTTP ingest for newsroom systems: POST /v1/statements (JSON or text/plain), POST /v1/statements:batch (NDJSON),",
            "GET /openapi.json, GET /health. Bearer tokens from " + TokenAuth.TOKENS_ENV + " (comma-separated) and/or --token-file.",
            "Answers 202 with partition and offset once Kafka acknowledged; the same id and content again is a 200 duplicate.",
            "Runs until Ctrl-C or SIGTERM."
        })
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ClusterOptions cluster;

    @Option(names = "--http-host", paramLabel = "ADDRESS", defaultValue = "${env:PRESSFLOW_INGEST_HOST:-" + ServerOptions.DEFAULT_HOST + "}",
            description = "address to listen on (env PRESSFLOW_INGEST_HOST; default ${DEFAULT-VALUE}: this machine only)")
    String httpHost;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "${env:PRESSFLOW_INGEST_PORT:-" + ServerOptions.DEFAULT_PORT + "}",
            description = "port to listen on, 0 for any free one (env PRESSFLOW_INGEST_PORT; default ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--token-file", paramLabel = "FILE", defaultValue = "${env:PRESSFLOW_INGEST_TOKEN_FILE}",
            description = "file of bearer tokens, one per line, '#' comments (env PRESSFLOW_INGEST_TOKEN_FILE); adds to " + TokenAuth.TOKENS_ENV)
    Path tokenFile;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES",
            defaultValue = "${env:PRESSFLOW_INGEST_MAX_REQUEST_BYTES:-" + ServerOptions.DEFAULT_MAX_REQUEST_BYTES + "}",
            description = "larger request bodies are refused with 413 (env PRESSFLOW_INGEST_MAX_REQUEST_BYTES; default ${DEFAULT-VALUE})")
    long maxRequestBytes;

    @Option(names = "--max-statement-bytes", paramLabel = "BYTES", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
            description = "limit of one statement (JSON object, raw text or NDJSON line) (default ${DEFAULT-VALUE})")
    long maxStatementBytes;

    @Option(names = "--threads", defaultValue = "16", description = "request handler threads (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--ack-timeout", paramLabel = "SECONDS", defaultValue = "90",
            description = "how long a request waits for Kafka's acknowledgement before 503 (default ${DEFAULT-VALUE})")
    int ackTimeoutSeconds;

    @Option(names = "--source", defaultValue = "http", description = "source of statements that name none (default ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--topic", defaultValue = PressTopics.RAW, description = "topic to publish to (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--remember", paramLabel = "N", defaultValue = "" + AcceptedLog.DEFAULT_MAX_ENTRIES,
            description = "accepted ids kept for duplicate detection, in <data-dir>/ingest/http-accepted.tsv (default ${DEFAULT-VALUE})")
    int remember;

    /** For smoke tests: stop by itself after this many seconds instead of waiting for a signal. */
    @Option(names = "--run-seconds", hidden = true, defaultValue = "0")
    int runSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<String> tokens = new ArrayList<>(TokenAuth.parseList(System.getenv(TokenAuth.TOKENS_ENV)));
        if (tokenFile != null) {
            tokens.addAll(TokenAuth.readFile(tokenFile));
        }
        TokenAuth auth = TokenAuth.of(tokens);
        if (auth.isEmpty()) {
            err.println("serve: no ingest tokens: set " + TokenAuth.TOKENS_ENV + "=token1,token2 or give --token-file");
            return 1;
        }
        ServerOptions options = new ServerOptions(httpHost, httpPort, maxRequestBytes, maxStatementBytes, threads,
                Duration.ofSeconds(ackTimeoutSeconds), source);
        Shutdown shutdown = Shutdown.onSignal();
        try (Connection connection = Connection.open(cluster);
                IngestWiring wiring = IngestWiring.open(connection, topic, "http-accepted.tsv", remember);
                IngestServer server = IngestServer.start(options, wiring.ingestor, auth)) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("serve: listening on %s (POST /v1/statements, /v1/statements:batch; GET /openapi.json, /health);"
                    + " %d token(s); publishing to %s on %s%n", server.baseUrl(), auth.size(), topic, connection.bootstrapServers());
            out.flush();
            if (runSeconds > 0) {
                Thread.sleep(runSeconds * 1000L);
            } else {
                shutdown.await();
            }
            return 0;
        } finally {
            shutdown.done();
        }
    }
}
