package io.pressflow.ingest.read;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One press statement as read from its input, before it gets its id and hash.
 *
 * @param origin        where it was read, {@code "file:line"} ({@code "stdin:1"} for stdin)
 * @param id            the id the input gave, or null when the producer must derive one
 * @param source        publisher or feed; never null (the input's own, the --source option, or the file name)
 * @param url           canonical URL, or null
 * @param headline      headline or title, or null
 * @param body          the full text as received; never blank
 * @param language      BCP 47 tag, "en" when the input says nothing
 * @param publishedDate the date the statement was issued, or null when unknown
 * @param sizeBytes     encoded size of the input it came from (file, JSON object or NDJSON line)
 */
public record IncomingStatement(
        String origin,
        String id,
        String source,
        String url,
        String headline,
        String body,
        String language,
        LocalDate publishedDate,
        long sizeBytes) {

    public static final String DEFAULT_LANGUAGE = "en";

    public IncomingStatement {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        if (body.isBlank()) {
            throw new IllegalArgumentException("blank body from " + origin);
        }
        id = blankToNull(id);
        url = blankToNull(url);
        headline = blankToNull(headline);
        language = language == null || language.isBlank() ? DEFAULT_LANGUAGE : language.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
