package io.pressflow.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer in RFC 9457's {@code application/problem+json}: type, title, status, detail, plus
 * {@code errors} naming each offending field (and, in a batch, its line).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "urn:pressflow:problem:";

    /**
     * @param field the JSON field at fault ({@code body}, {@code id}...), {@code $} for the request as a whole
     * @param line  the NDJSON line, in a batch; null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String detail, Integer line) {}

    static Problem of(String type, String title, int status, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null);
    }

    static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + "invalid-statement", "Invalid statement", 400, detail, List.copyOf(errors));
    }
}
