package io.pressflow.extract.quote;

/** How the words reach the reader. */
public enum QuoteKind {
    /** the whole sentence or clause stands in quote marks */
    DIRECT,
    /** a quoted fragment inside the writer's own sentence */
    PARTIAL,
    /** reported speech or stance, no quote marks */
    INDIRECT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
