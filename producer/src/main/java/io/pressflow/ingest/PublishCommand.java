package io.pressflow.ingest;

import io.pressflow.ingest.publish.Delivery;
import io.pressflow.ingest.publish.Failure;
import io.pressflow.ingest.publish.PublishAbortedException;
import io.pressflow.ingest.publish.PublishListener;
import io.pressflow.ingest.publish.PublishSummary;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.read.Rejection;
import io.pressflow.ingest.read.StatementSource;
import io.pressflow.schemas.PressTopics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code publish}: reads press statements from a file, a folder or stdin and publishes them to
 * press.statements.raw. Prints {@code id -> partition@offset} per acknowledged statement on stdout,
 * rejections and failures on stderr.
 */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Publish press statements to Kafka as Avro PressStatement records, keyed by statement id.",
            "Reads raw text (.txt, .md; optional first line 'date YYYY-MM-DD'), JSON (.json) or NDJSON (.ndjson, .jsonl);",
            "a folder is read recursively in path order; stdin's format is sniffed.",
            "Exit code: 0 all published, 2 some inputs rejected, 1 some statements not published or a fatal error."
        })
public final class PublishCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int SOME_REJECTED = 2;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH",
            description = "file or folder to read; stdin when omitted or '-'")
    String input;

    @Mixin
    ClusterAddress cluster = new ClusterAddress();

    @Option(names = "--topic", paramLabel = "TOPIC", defaultValue = PressTopics.RAW,
            description = "topic to publish to (default ${DEFAULT-VALUE})")
    String topic;

    @Option(names = "--source", paramLabel = "NAME",
            description = "source of statements whose input names none (default: the file name, or 'stdin')")
    String source;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
            description = "size limit of one statement's input in bytes (default ${DEFAULT-VALUE})")
    long maxBytes;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    public PublishCommand() {
        this(System.in);
    }

    /** With a given stdin, for tests and for callers that pipe statements in. */
    public PublishCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxBytes < 1) {
            err.println("publish: --max-bytes must be positive, was " + maxBytes);
            return FATAL;
        }
        ReadOptions options = new ReadOptions(maxBytes, source);
        try {
            StatementSource statements = source(options); // a missing input fails before any connection
            try (StatementPublisher publisher = new StatementPublisher(config())) {
                PublishSummary summary = publisher.publish(statements, printer(out, err));
                err.println("publish: " + summary + " (topic " + topic + ")");
                return summary.exitCode();
            }
        } catch (NoSuchFileException e) {
            err.println("publish: no such file or folder: " + e.getFile());
        } catch (PublishAbortedException e) {
            err.println("publish: fatal: " + e.getMessage());
            err.println("publish: before the stop: " + e.settled());
        } catch (IOException e) {
            err.println("publish: fatal: cannot read " + inputName() + ": " + e);
        } catch (KafkaException e) {
            err.println("publish: fatal: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        } finally {
            out.flush();
            err.flush();
        }
        return FATAL;
    }

    private PublisherConfig config() {
        Map<String, String> props = new LinkedHashMap<>();
        if (cluster.schemaRegistryUserInfo != null && !cluster.schemaRegistryUserInfo.isBlank()) {
            // Confluent's key names, so the same flags work against Confluent Schema Registry
            props.put("basic.auth.credentials.source", "USER_INFO");
            props.put("basic.auth.user.info", cluster.schemaRegistryUserInfo);
        }
        props.putAll(cluster.kafkaProperties);
        return new PublisherConfig(cluster.bootstrapServers, cluster.schemaRegistryUrl, topic, maxBytes, props);
    }

    private StatementSource source(ReadOptions options) throws NoSuchFileException {
        if (readsStdin()) {
            return StatementSource.of(stdin, "stdin", options);
        }
        return StatementSource.of(Path.of(input), options);
    }

    private boolean readsStdin() {
        return input == null || input.isBlank() || input.equals("-");
    }

    private String inputName() {
        return readsStdin() ? "stdin" : input;
    }

    private static PublishListener printer(PrintWriter out, PrintWriter err) {
        return new PublishListener() {
            @Override
            public void delivered(Delivery d) {
                out.println(d);
            }

            @Override
            public void rejected(Rejection r) {
                err.println("rejected " + r);
            }

            @Override
            public void failed(Failure f) {
                err.println("failed " + f);
            }
        };
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PublishCommand()).execute(args));
    }
}
