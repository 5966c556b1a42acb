package io.pressflow.extract.entity;

import io.pressflow.extract.DatePrefix;
import io.pressflow.extract.Statement;
import java.util.List;

/**
 * Finds people, organisations, countries and places and normalises them: countries to ISO 3166-1
 * alpha-2 codes (names, demonyms and capitals used for their state all count), people to the
 * fullest name the text gives, role descriptions ("the U.S. president") to the office holder on
 * the statement's date. Rules and gazetteer only, no model: one linear scan plus a per-document
 * merge. Offsets are Java char indexes into the statement text.
 */
public final class EntityExtractor {
    private final Lexicon lexicon;

    /** Thread-safe; build once and share (loads the gazetteer on first use in the process). */
    public EntityExtractor() {
        this.lexicon = Lexicon.standard();
    }

    /** Entities of the statement, most mentioned first. */
    public List<Entity> extract(Statement statement) {
        String text = statement.text();
        Tokens tokens = Tokens.of(text, DatePrefix.end(text));
        List<Candidate> candidates;
        try {
            candidates = new MentionScanner(lexicon, tokens).scan();
        } finally {
            tokens.release();
        }
        return new EntityResolver(lexicon, statement.published()).resolve(candidates);
    }
}
