package io.pressflow.cli;

import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.publish.StatementPublisher;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What serve, poll and watch share: a publisher on the connection and the accepted log (the
 * idempotency record / seen-set) in the data folder, closed together.
 */
final class IngestWiring implements AutoCloseable {
    final StatementPublisher publisher;
    final AcceptedLog accepted;
    final Ingestor ingestor;

    private IngestWiring(StatementPublisher publisher, AcceptedLog accepted) {
        this.publisher = publisher;
        this.accepted = accepted;
        this.ingestor = new Ingestor(publisher, accepted);
    }

    /** @param logName file under {@code <data-dir>/ingest/} */
    static IngestWiring open(Connection connection, String topic, String logName, int maxRemembered) throws IOException {
        Path file = connection.dataDir().resolve("ingest").resolve(logName);
        AcceptedLog accepted = AcceptedLog.open(file, maxRemembered);
        try {
            return new IngestWiring(new StatementPublisher(Publishing.config(connection).withTopic(topic)), accepted);
        } catch (RuntimeException e) {
            accepted.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            publisher.close(); // sends what is pending; its acknowledgements are then recorded
            ingestor.close();
        } finally {
            accepted.close();
        }
    }
}
