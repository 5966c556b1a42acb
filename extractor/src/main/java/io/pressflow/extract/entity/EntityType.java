package io.pressflow.extract.entity;

/** The kinds of entity the extractor normalises. */
public enum EntityType {
    PERSON,
    ORGANISATION,
    COUNTRY,
    PLACE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
