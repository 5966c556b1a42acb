package io.pressflow.extract.quote;

import io.pressflow.extract.Statement;
import java.util.List;

/**
 * Finds quotes and reported speech and attributes each to its speaker.
 * Offsets are Java char indexes into the statement text; {@link io.pressflow.extract.Extractor}
 * converts them to code points once for every consumer.
 */
public final class QuoteExtractor {

    /** Thread-safe; build once and share. */
    public QuoteExtractor() {}

    public List<Quote> extract(Statement statement) {
        // Placeholder until the attribution engine lands (issue 3): no quotes rather than wrong ones.
        return List.of();
    }
}
