package io.pressflow.embedded;

import java.util.List;

/**
 * Keeps the in-process broker's logging at WARN: at INFO it writes thousands of lines per run,
 * which bury the application's own output. Errors and warnings still show.
 *
 * <p>Applies to the slf4j-simple backend this module ships, and only to loggers the caller has
 * not configured: {@code -Dorg.slf4j.simpleLogger.log.kafka=info} brings the detail back.
 */
final class BrokerLogging {
    private BrokerLogging() {}

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    /** Logger name prefixes used by the broker and controller, not by the clients. */
    static final List<String> BROKER_LOGGERS = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.controller",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.queue",
            "org.apache.kafka.storage",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.security",
            "org.apache.kafka.network",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.security");

    static void defaultToWarn() {
        for (String logger : BROKER_LOGGERS) {
            if (System.getProperty(PREFIX + logger) == null) {
                System.setProperty(PREFIX + logger, "warn");
            }
        }
    }
}
