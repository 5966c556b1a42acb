package io.pressflow.extract.topic;

import io.pressflow.extract.Statement;
import java.util.List;

/** Assigns IPTC Media Topics and key phrases to a statement. */
public final class TopicClassifier {

    /** Thread-safe; build once and share (loads the taxonomy). */
    public TopicClassifier() {}

    public TopicResult classify(Statement statement) {
        // Placeholder until the classifier lands (issue 4).
        return new TopicResult(List.of(), List.of());
    }
}
