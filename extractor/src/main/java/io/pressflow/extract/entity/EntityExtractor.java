package io.pressflow.extract.entity;

import io.pressflow.extract.Statement;
import java.util.List;

/**
 * Finds people, organisations, countries and places and normalises them.
 * Offsets are Java char indexes into the statement text.
 */
public final class EntityExtractor {

    /** Thread-safe; build once and share (loads the gazetteer). */
    public EntityExtractor() {}

    public List<Entity> extract(Statement statement) {
        // Placeholder until the gazetteer lands (issue 4).
        return List.of();
    }
}
