package io.pressflow.ingest.read;

import java.util.Objects;

/**
 * An input that is not a publishable statement, and why. Rejections are reported, never dropped.
 *
 * @param origin where the input was read, {@code "file:line"}
 * @param reason what is wrong with it, in words a newsroom editor can act on
 */
public record Rejection(String origin, String reason) {
    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code origin: reason}, the form printed on stderr. */
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
