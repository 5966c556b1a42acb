package io.pressflow.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where an external cluster is: its brokers, its schema registry and any client property, from flags
 * or environment. The one definition of these flags for every command that talks to Kafka.
 */
public class ClusterAddress {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:PRESSFLOW_BOOTSTRAP_SERVERS:-localhost:9092}",
            description = "Kafka brokers of an external cluster (env PRESSFLOW_BOOTSTRAP_SERVERS; default ${DEFAULT-VALUE})")
    public String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            defaultValue = "${env:PRESSFLOW_SCHEMA_REGISTRY_URL:-http://localhost:8081}",
            description = "Confluent-compatible schema registry (env PRESSFLOW_SCHEMA_REGISTRY_URL; default ${DEFAULT-VALUE})")
    public String schemaRegistryUrl;

    @Option(names = "--schema-registry-user-info", paramLabel = "USER:PASSWORD",
            defaultValue = "${env:PRESSFLOW_SCHEMA_REGISTRY_USER_INFO}",
            description = "basic auth for the schema registry (env PRESSFLOW_SCHEMA_REGISTRY_USER_INFO)")
    public String schemaRegistryUserInfo;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "any Kafka client, Streams or serializer property, e.g. security.protocol=SASL_SSL (repeatable)")
    public Map<String, String> kafkaProperties = new LinkedHashMap<>();
}
