package io.pressflow.dashboard.model;

/** A topic's tag count in one window. */
public record TopicCount(String code, String label, long count) {
    public static final TopicCount NONE = new TopicCount(null, null, 0);

    public TopicCount add(String code, String label) {
        return new TopicCount(code, label != null ? label : this.label, count + 1);
    }
}
