package io.pressflow.cli;

import io.pressflow.ingest.ClusterAddress;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the Kafka commands connect: the embedded local stack, or an external cluster named by flags
 * or environment ({@link ClusterAddress}). Shared by every command that talks to Kafka and may run the
 * local stack.
 */
final class ClusterOptions extends ClusterAddress {
    @Option(names = "--embedded", description = "start the local stack in-process (KRaft broker + schema registry) instead of connecting to a cluster")
    boolean embedded;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:PRESSFLOW_DATA_DIR:-.pressflow}",
            description = "where state stores (and the embedded stack's data) live (env PRESSFLOW_DATA_DIR; default ${DEFAULT-VALUE})")
    Path dataDir;
}
