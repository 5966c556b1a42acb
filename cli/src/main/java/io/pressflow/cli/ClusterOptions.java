package io.pressflow.cli;

import io.pressflow.ingest.ClusterAddress;
import io.pressflow.topology.StreamsAppConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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

    @Option(names = "--state-retention", paramLabel = "DURATION", defaultValue = "${env:PRESSFLOW_STATE_RETENTION:-P30D}",
            converter = PositiveDuration.class,
            description = "how long the streams apps remember a statement by id (dedupe hash, dashboard view), as an ISO-8601 "
                    + "duration such as P7D or PT12H; the topics keep records 30 days (env PRESSFLOW_STATE_RETENTION; default ${DEFAULT-VALUE})")
    Duration stateRetention = StreamsAppConfig.DEFAULT_STATE_RETENTION; // when built without the command line (demo)

    /** ISO-8601, and more than nothing: a retention of zero would forget every statement at once. */
    static final class PositiveDuration implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration d;
            try {
                d = Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not an ISO-8601 duration (P7D, PT12H)");
            }
            if (d.isNegative() || d.isZero()) {
                throw new TypeConversionException("'" + value + "' must be longer than zero");
            }
            return d;
        }
    }
}
