package io.pressflow.extract.topic;

import java.util.List;

/**
 * What the topic classifier found.
 *
 * @param topics     best first; every deeper concept also has its top level in the list
 * @param keyPhrases salient subjects of the statement ("humanitarian aid to Gaza"), best first
 */
public record TopicResult(List<TopicTag> topics, List<String> keyPhrases) {
    public TopicResult {
        topics = List.copyOf(topics);
        keyPhrases = List.copyOf(keyPhrases);
    }
}
