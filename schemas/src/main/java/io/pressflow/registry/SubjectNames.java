package io.pressflow.registry;

/** Confluent's TopicNameStrategy: one subject per topic and side, so a topic has one evolving schema. */
public final class SubjectNames {
    private SubjectNames() {}

    public static String topicNameStrategy(String topic, boolean isKey) {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("a topic name is needed to name the subject");
        }
        return topic + (isKey ? "-key" : "-value");
    }
}
