package io.pressflow.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressflow.avro.EnrichedStatement;
import io.pressflow.avro.PressStatement;
import io.pressflow.extract.jsonl.JsonlExtraction;
import io.pressflow.topology.StatementMapping;

/** The pipeline's JSON line: the same shape as {@code extract}'s, plus where the statement came from. */
final class EnrichedJson {
    private EnrichedJson() {}

    static ObjectNode of(EnrichedStatement e) {
        PressStatement s = e.getStatement();
        ObjectNode o = JsonlExtraction.toJson(s.getId(), StatementMapping.toExtraction(e));
        o.put("source", s.getSource());
        o.put("headline", s.getHeadline());
        o.put("published", s.getPublishedDate() == null ? null : s.getPublishedDate().toString());
        o.put("content_hash", s.getContentHash());
        o.put("source_topic", e.getSourceTopic());
        o.put("source_partition", e.getSourcePartition());
        o.put("source_offset", e.getSourceOffset());
        return o;
    }
}
