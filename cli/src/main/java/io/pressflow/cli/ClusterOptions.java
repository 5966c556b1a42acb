package io.pressflow.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the Kafka commands connect: the embedded local stack, or an external cluster named by flags
 * or environment. Shared by every command that talks to Kafka.
 */
final class ClusterOptions {
    @Option(names = "--embedded", description = "start the local stack in-process (KRaft broker + schema registry) instead of connecting to a cluster")
    boolean embedded;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:PRESSFLOW_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka brokers of an external cluster (env PRESSFLOW_BOOTSTRAP_SERVERS; default ${DEFAULT-VALUE})")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            defaultValue = "${env:PRESSFLOW_SCHEMA_REGISTRY_URL:-http://localhost:8081}",
            description = "Confluent-compatible schema registry (env PRESSFLOW_SCHEMA_REGISTRY_URL; default ${DEFAULT-VALUE})")
    String schemaRegistryUrl;

    @Option(names = "--schema-registry-user-info", paramLabel = "USER:PASSWORD",
            defaultValue = "${env:PRESSFLOW_SCHEMA_REGISTRY_USER_INFO}",
            description = "basic auth for the schema registry (env PRESSFLOW_SCHEMA_REGISTRY_USER_INFO)")
    String schemaRegistryUserInfo;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "any Kafka client or Streams property, e.g. security.protocol=SASL_SSL (repeatable)")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:PRESSFLOW_DATA_DIR:-.pressflow}",
            description = "where state stores (and the embedded stack's data) live (env PRESSFLOW_DATA_DIR; default ${DEFAULT-VALUE})")
    Path dataDir;
}
