package io.pressflow.ingest.publish;

/**
 * A statement the broker acknowledged (acks=all): it is durably on the topic.
 *
 * @param origin where it was read, {@code "file:line"}
 */
public record Delivery(String id, String origin, String topic, int partition, long offset) {
    /** {@code id -> partition@offset}, the form printed per statement. */
    @Override
    public String toString() {
        return id + " -> " + partition + "@" + offset;
    }
}
