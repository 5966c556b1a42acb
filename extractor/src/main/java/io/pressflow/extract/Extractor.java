package io.pressflow.extract;

import io.pressflow.extract.entity.Entity;
import io.pressflow.extract.entity.EntityExtractor;
import io.pressflow.extract.entity.Mention;
import io.pressflow.extract.quote.Quote;
import io.pressflow.extract.quote.QuoteExtractor;
import io.pressflow.extract.topic.TopicClassifier;
import io.pressflow.extract.topic.TopicResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The extraction library's one entry point: a pure function of the statement, so that the topology
 * stays deterministic under exactly-once replay. Thread-safe; build once per process.
 */
public final class Extractor {

    /** Bumped whenever a rule change can change output; carried on every enriched event. */
    public static final String VERSION = "0.1.0";

    private final QuoteExtractor quotes;
    private final EntityExtractor entities;
    private final TopicClassifier topics;

    public Extractor() {
        this(new QuoteExtractor(), new EntityExtractor(), new TopicClassifier());
    }

    Extractor(QuoteExtractor quotes, EntityExtractor entities, TopicClassifier topics) {
        this.quotes = quotes;
        this.entities = entities;
        this.topics = topics;
    }

    public Extraction extract(Statement statement) {
        String text = statement.text();
        List<Quote> found = quotes.extract(statement);
        List<Entity> named = entities.extract(statement);
        TopicResult tagged = topics.classify(statement);
        CodePoints cp = CodePoints.of(text);
        return new Extraction(
                cp.identity() ? found : moveQuotes(found, cp),
                cp.identity() ? named : moveEntities(named, cp),
                tagged.topics(),
                tagged.keyPhrases(),
                VERSION);
    }

    private static List<Quote> moveQuotes(List<Quote> found, CodePoints cp) {
        List<Quote> out = new ArrayList<>(found.size());
        for (Quote q : found) {
            out.add(q.withSpan(cp.at(q.start()), cp.at(q.end())));
        }
        return out;
    }

    private static List<Entity> moveEntities(List<Entity> named, CodePoints cp) {
        List<Entity> out = new ArrayList<>(named.size());
        for (Entity e : named) {
            List<Mention> moved = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) {
                moved.add(new Mention(cp.at(m.start()), cp.at(m.end()), m.text()));
            }
            out.add(e.withMentions(moved));
        }
        return out;
    }
}
