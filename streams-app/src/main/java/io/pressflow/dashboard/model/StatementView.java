package io.pressflow.dashboard.model;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.EntityItem;
import io.pressflow.avro.PressStatement;
import io.pressflow.avro.TopicItem;
import java.util.List;

/** An enriched statement as the API shows it (the Avro record minus the entity mentions). */
public record StatementView(String id, String source, String headline, String url, String published, String body,
        List<QuoteView> quotes, List<Topic> topics, List<Entity> entities, List<String> keyPhrases,
        String extractorVersion, String sourceTopic, int sourcePartition, long sourceOffset, long at) {

    public record Topic(String code, String label, double score, int level) {}

    public record Entity(String name, String type, String code, String role, int mentions) {}

    public static StatementView of(EnrichedStatement e) {
        PressStatement s = e.getStatement();
        List<QuoteView> quotes = QuoteView.bySpeaker(e).stream().map(kv -> kv.value).toList();
        List<Topic> topics = e.getTopics().stream()
                .map((TopicItem t) -> new Topic(t.getCode(), t.getLabel(), t.getScore(), t.getLevel())).toList();
        List<Entity> entities = e.getEntities().stream()
                .map((EntityItem en) -> new Entity(en.getName(), en.getType(), en.getCode(), en.getRole(), en.getMentions().size()))
                .toList();
        return new StatementView(s.getId(), s.getSource(), s.getHeadline(), s.getUrl(),
                s.getPublishedDate() == null ? null : s.getPublishedDate().toString(), s.getBody(), quotes, topics, entities,
                List.copyOf(e.getKeyPhrases()), e.getExtractorVersion(), e.getSourceTopic(), e.getSourcePartition(),
                e.getSourceOffset(), e.getProcessedAt().toEpochMilli());
    }
}
