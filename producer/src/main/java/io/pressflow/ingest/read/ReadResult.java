package io.pressflow.ingest.read;

/** What reading one input yields: a statement, or a rejection with its reason. */
public sealed interface ReadResult {

    /** Where the input was read, {@code "file:line"}. */
    String origin();

    record Accepted(IncomingStatement statement) implements ReadResult {
        @Override
        public String origin() {
            return statement.origin();
        }
    }

    record Rejected(Rejection rejection) implements ReadResult {
        @Override
        public String origin() {
            return rejection.origin();
        }
    }

    static ReadResult accepted(IncomingStatement statement) {
        return new Accepted(statement);
    }

    static ReadResult rejected(String origin, String reason) {
        return new Rejected(new Rejection(origin, reason));
    }
}
