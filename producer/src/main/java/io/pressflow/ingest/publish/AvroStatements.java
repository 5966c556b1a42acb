package io.pressflow.ingest.publish;

import io.pressflow.avro.PressStatement;
import io.pressflow.ingest.identity.StatementIdentity;
import io.pressflow.ingest.read.IncomingStatement;
import java.time.Instant;

/** The one place an incoming statement becomes the Avro record on press.statements.raw. */
public final class AvroStatements {
    private AvroStatements() {}

    public static PressStatement toAvro(IncomingStatement in, Instant receivedAt) {
        String hash = StatementIdentity.contentHash(in.headline(), in.body());
        return PressStatement.newBuilder()
                .setId(StatementIdentity.idOf(in.id(), hash))
                .setSource(in.source())
                .setUrl(in.url())
                .setHeadline(in.headline())
                .setBody(in.body())
                .setLanguage(in.language())
                .setPublishedDate(in.publishedDate())
                .setReceivedAt(receivedAt)
                .setContentHash(hash)
                .build();
    }
}
