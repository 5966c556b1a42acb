package io.pressflow.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the extractor reads: one press statement's text and the metadata that changes its meaning
 * (the date decides who "the U.S. president" is).
 *
 * @param id        the statement's id, carried through for tracing only
 * @param text      the body, headline first when there is one
 * @param published the statement's date, or null when unknown
 * @param language  BCP 47 language tag; the extractor is built for "en"
 */
public record Statement(String id, String text, LocalDate published, String language) {
    public Statement {
        Objects.requireNonNull(text, "text");
        id = id == null ? "" : id;
        language = language == null || language.isBlank() ? "en" : language;
    }

    public static Statement of(String id, String text) {
        return new Statement(id, text, null, "en");
    }
}
