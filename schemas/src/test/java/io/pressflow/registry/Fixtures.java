package io.pressflow.registry;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.EntityItem;
import io.pressflow.avro.MentionItem;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.QuoteItem;
import io.pressflow.avro.TopicItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Made-up statements for the serde tests (written for this project, not taken from any corpus). */
final class Fixtures {
    private Fixtures() {}

    static PressStatement statement(String id) {
        return PressStatement.newBuilder()
                .setId(id)
                .setSource("harbour-authority-press-office")
                .setUrl("https://example.org/press/" + id)
                .setHeadline("Harbour reopens after storm repairs")
                .setBody("date 2026-03-14\nThe harbour reopened on Saturday. \u201cWe are back in business,\u201d said Mara Lind, the harbour master. Caf\u00e9 owners welcomed it.")
                .setLanguage("en")
                .setPublishedDate(LocalDate.of(2026, 3, 14))
                .setReceivedAt(Instant.ofEpochMilli(1_773_500_000_123L))
                .setContentHash("0f".repeat(32))
                .build();
    }

    /** Optional fields left out: nulls and the default language must survive the trip too. */
    static PressStatement sparseStatement(String id) {
        return PressStatement.newBuilder()
                .setId(id)
                .setSource("stdin")
                .setBody("Short note without headline.")
                .setReceivedAt(Instant.ofEpochMilli(0))
                .setContentHash("ab".repeat(32))
                .build();
    }

    static EnrichedStatement enriched(String id) {
        QuoteItem quote = QuoteItem.newBuilder()
                .setText("We are back in business,")
                .setStart(51).setEnd(75).setKind("direct")
                .setSpeaker("Mara Lind").setSpeakerId("mara-lind").setSpeakerType("person")
                .setSpeakerMention("Mara Lind").setCue("said").setConfidence(0.93)
                .build();
        EntityItem person = EntityItem.newBuilder()
                .setName("Mara Lind").setType("person").setRole("harbour master")
                .setMentions(List.of(new MentionItem(83, 92, "Mara Lind")))
                .build();
        return EnrichedStatement.newBuilder()
                .setStatement(statement(id))
                .setQuotes(List.of(quote))
                .setTopics(List.of(new TopicItem("medtop:04000000", "economy, business and finance", 0.7, 1)))
                .setEntities(List.of(person))
                .setKeyPhrases(List.of("harbour", "storm repairs"))
                .setExtractorVersion("test-1")
                .setSourceTopic("press.statements.raw")
                .setSourcePartition(2)
                .setSourceOffset(41L)
                .setProcessedAt(Instant.ofEpochMilli(1_773_500_000_123L))
                .build();
    }
}
