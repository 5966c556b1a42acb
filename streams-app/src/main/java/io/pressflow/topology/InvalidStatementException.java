package io.pressflow.topology;

/**
 * A raw statement that decoded fine but cannot be enriched (empty body, body over the limit). Thrown
 * inside the topology so that Kafka Streams' processing exception handler dead-letters it with this
 * message in the {@code __streams.errors.message} header.
 */
public final class InvalidStatementException extends RuntimeException {
    public InvalidStatementException(String statementId, String reason) {
        super("statement " + statementId + ": " + reason);
    }
}
