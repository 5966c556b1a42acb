package io.pressflow.ingest.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One statement as a JSON object: {@code id?, source?, url?, headline?|title?, body|text,
 * language?|lang?, published?|publishedDate?|date?}. Unknown fields are ignored.
 */
final class JsonStatement {
    private JsonStatement() {}

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Ids travel as Kafka keys and into every derived event: keep them printable and short. */
    static final int MAX_ID_CHARS = 200;

    private static final List<String> BODY_FIELDS = List.of("body", "text");
    private static final List<String> HEADLINE_FIELDS = List.of("headline", "title");
    private static final List<String> LANGUAGE_FIELDS = List.of("language", "lang");
    private static final List<String> DATE_FIELDS = List.of("published", "publishedDate", "date");

    /** A statement, or the reason the object is not one. Never throws on bad content. */
    static ReadResult fromJson(String json, String name, int firstLine, long sizeBytes, String fileName,
                               ReadOptions options) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
            String column = at == null || at.getColumnNr() < 1 ? "" : " (column " + at.getColumnNr() + ")";
            return ReadResult.rejected(name + ":" + line, "unparseable JSON" + column + ": " + e.getOriginalMessage());
        }
        return fromNode(node, name + ":" + firstLine, sizeBytes, options, fileName);
    }

    static ReadResult fromNode(JsonNode node, String origin, long sizeBytes, ReadOptions options, String fileName) {
        if (node == null || node.isMissingNode()) {
            return ReadResult.rejected(origin, "empty statement: no JSON value");
        }
        if (!node.isObject()) {
            return ReadResult.rejected(origin, "expected one JSON object per statement, found " + kind(node)
                    + (node.isArray() ? " (put one object per line in a .ndjson file for many statements)" : ""));
        }
        try {
            String body = text(node, BODY_FIELDS);
            if (body == null) {
                return ReadResult.rejected(origin, "missing field 'body' (or 'text') with the statement's text");
            }
            if (body.isBlank()) {
                return ReadResult.rejected(origin, "empty statement: field 'body' is blank");
            }
            LocalDate date = date(node);
            if (date == null) {
                date = RawText.datePrefix(body);
            }
            String source = text(node, List.of("source"));
            return ReadResult.accepted(new IncomingStatement(
                    origin,
                    id(node),
                    source != null && !source.isBlank() ? source.strip() : options.sourceOr(fileName),
                    text(node, List.of("url")),
                    text(node, HEADLINE_FIELDS),
                    body,
                    text(node, LANGUAGE_FIELDS),
                    date,
                    sizeBytes));
        } catch (FieldException e) {
            return ReadResult.rejected(origin, e.getMessage());
        }
    }

    /** A field of the wrong type or shape; its message is the rejection reason. */
    private static final class FieldException extends Exception {
        FieldException(String message) {
            super(message, null, false, false);
        }
    }

    private static String text(JsonNode node, List<String> names) throws FieldException {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (!v.isTextual()) {
                throw new FieldException("field '" + name + "' must be a string, found " + kind(v));
            }
            return v.textValue();
        }
        return null;
    }

    private static String id(JsonNode node) throws FieldException {
        JsonNode v = node.get("id");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isIntegralNumber()) {
            String id = v.asText().strip();
            if (id.length() > MAX_ID_CHARS) {
                throw new FieldException("field 'id' is " + id.length() + " characters, over the limit of " + MAX_ID_CHARS);
            }
            if (id.chars().anyMatch(Character::isISOControl)) {
                throw new FieldException("field 'id' contains control characters");
            }
            return id;
        }
        throw new FieldException("field 'id' must be a string or an integer, found " + kind(v));
    }

    private static LocalDate date(JsonNode node) throws FieldException {
        for (String name : DATE_FIELDS) {
            String v = text(node, List.of(name));
            if (v == null || v.isBlank()) {
                continue;
            }
            return parseDate(name, v.strip());
        }
        return null;
    }

    /** A calendar date, or an ISO instant/offset date-time taken at its own offset. */
    private static LocalDate parseDate(String field, String v) throws FieldException {
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            if (v.endsWith("Z") || v.endsWith("z")) {
                return Instant.parse(v.toUpperCase()).atOffset(ZoneOffset.UTC).toLocalDate();
            }
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeException e) {
            throw new FieldException("field '" + field + "' is not an ISO date (YYYY-MM-DD) or date-time: " + v);
        }
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase();
        };
    }
}
