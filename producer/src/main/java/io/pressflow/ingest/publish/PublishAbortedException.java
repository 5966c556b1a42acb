package io.pressflow.ingest.publish;

/**
 * Publishing stopped part-way because the cluster cannot be used at all (no metadata, producer
 * fenced, closed): going on would fail every remaining statement the same slow way. Carries what
 * was settled before the stop, so the caller can still report it.
 */
public final class PublishAbortedException extends RuntimeException {
    private final transient PublishSummary settled;

    public PublishAbortedException(String message, Throwable cause, PublishSummary settled) {
        super(message, cause);
        this.settled = settled;
    }

    /** Statements delivered, rejected or failed before the stop. */
    public PublishSummary settled() {
        return settled;
    }
}
