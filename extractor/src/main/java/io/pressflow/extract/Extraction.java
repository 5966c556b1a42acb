package io.pressflow.extract;

import io.pressflow.extract.entity.Entity;
import io.pressflow.extract.quote.Quote;
import io.pressflow.extract.topic.TopicTag;
import java.util.List;

/**
 * Everything the extractor found in one statement. All offsets are Unicode code points of
 * {@link Statement#text()}, the unit downstream consumers (and most non-Java languages) index by.
 *
 * @param quotes           direct, partial and reported speech, in text order
 * @param entities         people, organisations, countries and places, most mentioned first
 * @param topics           IPTC Media Topics, best first
 * @param keyPhrases       the statement's salient subjects, best first
 * @param extractorVersion version of the rules that produced this, for replay and tracing
 */
public record Extraction(
        List<Quote> quotes,
        List<Entity> entities,
        List<TopicTag> topics,
        List<String> keyPhrases,
        String extractorVersion) {
    public Extraction {
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        topics = List.copyOf(topics);
        keyPhrases = List.copyOf(keyPhrases);
    }
}
