package io.pressflow.ingest.publish;

/**
 * A valid statement that did not reach the topic: serialization (schema registry) or delivery failed.
 *
 * @param id     the statement's id, when it got that far
 * @param origin where it was read, {@code "file:line"}
 * @param reason the error, for the operator
 */
public record Failure(String id, String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + (id == null ? "" : id + ": ") + "not published: " + reason;
    }
}
