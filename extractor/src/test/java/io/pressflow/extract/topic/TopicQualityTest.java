package io.pressflow.extract.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressflow.extract.AnnotatedSets;
import io.pressflow.extract.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scores the classifier on set-t (test resources, topics/README.md): 51 invented articles, three whose main subject
 * is each of the 17 IPTC top levels, labelled by hand with every top level an editor would tag. Top-1 accuracy
 * counts the first top level emitted when it is one of the labelled ones (as ../shared's scorer does), and
 * separately when it is the main subject; micro-F1 counts every top level emitted against every one labelled.
 * The floors sit a little under the figures measured when the set was added (see the README).
 */
class TopicQualityTest {
    private static final TopicClassifier CLASSIFIER = new TopicClassifier();
    private static final Taxonomy TAXONOMY = Taxonomy.load();

    @Test
    void everyTopLevelIsFoundAndExtrasStayFew() throws IOException {
        List<JsonNode> docs = documents("set-t.jsonl");
        assertEquals(51, docs.size(), "the set has its articles");
        int first = 0;
        int main = 0;
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        Set<String> primaries = new HashSet<>();
        for (JsonNode doc : docs) {
            List<String> labelled = new ArrayList<>();
            doc.get("topic_codes").forEach(c -> labelled.add(c.asText()));
            primaries.add(labelled.get(0));
            Set<String> emitted = topLevels(CLASSIFIER.classify(Statement.of(doc.get("id").asText(), doc.get("text").asText())));
            String best = emitted.isEmpty() ? null : emitted.iterator().next();
            if (labelled.contains(best)) {
                first++;
            }
            if (labelled.get(0).equals(best)) {
                main++;
            }
            for (String code : emitted) {
                if (labelled.contains(code)) {
                    tp++;
                }
            }
            predicted += emitted.size();
            gold += labelled.size();
        }
        double top1 = (double) first / docs.size();
        double precision = predicted == 0 ? 0 : (double) tp / predicted;
        double recall = (double) tp / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double mainSubject = (double) main / docs.size();
        System.out.printf(Locale.ROOT, "set-t: top-1 %.4f (%d/%d; the main subject itself %.4f), micro-F1 %.4f (P %.3f, R %.3f)%n",
                top1, first, docs.size(), mainSubject, f1, precision, recall);
        assertEquals(17, primaries.size(), "every top level is some article's main subject");
        assertTrue(top1 >= 0.94, "top-1 accuracy " + top1 + " < 0.94");
        assertTrue(mainSubject >= 0.78, "first topic = main subject " + mainSubject + " < 0.78");
        assertTrue(f1 >= 0.85, "micro-F1 " + f1 + " < 0.85");
    }

    /** the top levels of a result's tags, deeper ones folded up, in the classifier's order (as the dev scorer reads them) */
    private static Set<String> topLevels(TopicResult result) {
        Set<String> out = new LinkedHashSet<>();
        for (TopicTag tag : result.topics()) {
            out.add(TAXONOMY.code(TAXONOMY.top(TAXONOMY.indexOf(tag.code()))));
        }
        return out;
    }

    private static List<JsonNode> documents(String set) throws IOException {
        return AnnotatedSets.read("/topics/" + set);
    }
}
