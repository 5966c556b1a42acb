package io.pressflow.extract.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressflow.extract.DatePrefix;
import io.pressflow.extract.Extraction;
import io.pressflow.extract.Extractor;
import io.pressflow.extract.Statement;
import io.pressflow.extract.entity.Entity;
import io.pressflow.extract.entity.Mention;
import io.pressflow.extract.quote.Quote;
import io.pressflow.extract.topic.TopicTag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Offline extraction over JSON lines: {@code {"id","text"}} in (other fields ignored, an optional
 * "published"/"date" used), one result line out per input line. A line that cannot be read gives an
 * error line naming its number instead of stopping the run.
 */
public final class JsonlExtraction {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Extractor extractor;

    public JsonlExtraction(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Counts of what a run did. */
    public record Summary(long statements, long failed) {}

    public Summary run(BufferedReader in, Writer out) throws IOException {
        long ok = 0;
        long failed = 0;
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result;
            try {
                Statement statement = parse(line, lineNo);
                result = toJson(statement.id(), extractor.extract(statement));
                ok++;
            } catch (IllegalArgumentException | JsonProcessingException e) {
                result = failure(lineNo, e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                // a fault of the extractor on one statement is reported on its line; the others go on
                result = failure(lineNo, "line " + lineNo + ": extraction failed: " + e);
                failed++;
            }
            out.write(JSON.writeValueAsString(result));
            out.write('\n');
        }
        out.flush();
        return new Summary(ok, failed);
    }

    private static ObjectNode failure(long lineNo, String message) {
        ObjectNode result = JSON.createObjectNode();
        result.put("line", lineNo);
        result.put("error", message);
        return result;
    }

    static Statement parse(String line, long lineNo) throws JsonProcessingException {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("line " + lineNo + ": expected a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new IllegalArgumentException("line " + lineNo + ": field \"text\" is missing or not a string");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + lineNo;
        LocalDate published = date(node, "published");
        if (published == null) {
            published = date(node, "date");
        }
        if (published == null) {
            published = DatePrefix.find(text.asText()).orElse(null);
        }
        String language = node.hasNonNull("language") ? node.get("language").asText() : "en";
        return new Statement(id, text.asText(), published, language);
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(v.asText().substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The shared JSON shape of one enriched statement (also used by the pipeline's output). */
    public static ObjectNode toJson(String id, Extraction x) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : x.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("text", q.text());
            o.put("start", q.start());
            o.put("end", q.end());
            o.put("speaker", q.speaker());
            o.put("speaker_type", q.speakerType().name().toLowerCase(java.util.Locale.ROOT));
            o.put("speaker_mention", q.speakerMention());
            o.put("kind", q.kind().wireName());
            o.put("cue", q.cue());
            o.put("confidence", Math.round(q.confidence() * 1000) / 1000.0);
        }
        ArrayNode topics = root.putArray("topics");
        for (TopicTag t : x.topics()) {
            ObjectNode o = topics.addObject();
            o.put("code", t.code());
            o.put("label", t.label());
            o.put("score", Math.round(t.score() * 1000) / 1000.0);
            o.put("level", t.level());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : x.entities()) {
            ObjectNode o = entities.addObject();
            o.put("name", e.name());
            o.put("type", e.type().wireName());
            if (e.code() != null) {
                o.put("code", e.code());
            }
            if (e.role() != null) {
                o.put("role", e.role());
            }
            if (e.affiliation() != null) {
                o.put("affiliation", e.affiliation());
            }
            o.put("count", e.count());
            ArrayNode mentions = o.putArray("mentions");
            for (Mention m : e.mentions()) {
                mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text());
            }
        }
        ArrayNode phrases = root.putArray("key_phrases");
        x.keyPhrases().forEach(phrases::add);
        root.put("extractor_version", x.extractorVersion());
        return root;
    }
}
