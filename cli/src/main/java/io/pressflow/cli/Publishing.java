package io.pressflow.cli;

import io.pressflow.ingest.publish.PublisherConfig;
import java.util.HashMap;
import java.util.Map;

/** The producer's config for a connection: its brokers, registry, auth and client properties. */
final class Publishing {
    private Publishing() {}

    static PublisherConfig config(Connection connection) {
        Map<String, String> extra = new HashMap<>();
        connection.clientProperties().forEach((k, v) -> extra.put(k.toString(), v.toString()));
        connection.registryConfigs().forEach((k, v) -> extra.put(k, String.valueOf(v)));
        return PublisherConfig.of(connection.bootstrapServers(), connection.schemaRegistryUrl()).withProperties(extra);
    }
}
