package io.pressflow.extract.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IPTC Media Topics tree (all active concepts), indexed so that scoring works on int arrays:
 * each concept knows its parent and its top-level ancestor. Loaded once from the bundled copy.
 */
final class Taxonomy {
    static final String RESOURCE = "iptc-mediatopics.json";

    private final String[] codes;
    private final String[] labels;
    private final int[] levels;
    private final int[] parents;
    private final int[] tops;
    private final int[] topLevels;
    private final Map<String, Integer> byCode;

    private Taxonomy(String[] codes, String[] labels, int[] levels, int[] parents) {
        this.codes = codes;
        this.labels = labels;
        this.levels = levels;
        this.parents = parents;
        int n = codes.length;
        this.byCode = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            byCode.put(codes[i], i);
        }
        this.tops = new int[n];
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = i;
            int guard = 0;
            while (parents[c] >= 0 && guard++ < 16) {
                c = parents[c];
            }
            tops[i] = c;
            if (parents[i] < 0) {
                roots.add(i);
            }
        }
        this.topLevels = roots.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    static Taxonomy load() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("topic taxonomy resource missing: " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic taxonomy " + RESOURCE, e);
        }
    }

    private static Taxonomy parse(JsonNode root) {
        JsonNode concepts = root.path("concepts");
        int n = concepts.size();
        String[] codes = new String[n];
        String[] labels = new String[n];
        int[] levels = new int[n];
        String[] broader = new String[n];
        for (int i = 0; i < n; i++) {
            JsonNode c = concepts.get(i);
            codes[i] = c.path("qcode").asText();
            labels[i] = c.path("label").asText();
            levels[i] = c.path("level").asInt();
            broader[i] = c.hasNonNull("broader") ? c.get("broader").asText() : null;
        }
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(codes[i], i);
        }
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            Integer p = broader[i] == null ? null : index.get(broader[i]);
            if (broader[i] != null && p == null) {
                throw new IllegalStateException("taxonomy concept " + codes[i] + " has unknown broader " + broader[i]);
            }
            parents[i] = p == null ? -1 : p;
        }
        return new Taxonomy(codes, labels, levels, parents);
    }

    int size() {
        return codes.length;
    }

    String code(int concept) {
        return codes[concept];
    }

    String label(int concept) {
        return labels[concept];
    }

    int level(int concept) {
        return levels[concept];
    }

    int parent(int concept) {
        return parents[concept];
    }

    int top(int concept) {
        return tops[concept];
    }

    /** the top-level concepts, in code order */
    int[] topLevels() {
        return topLevels.clone();
    }

    /** index of a qcode ("medtop:20000638") or -1 */
    int indexOf(String qcode) {
        Integer i = byCode.get(qcode);
        return i == null ? -1 : i;
    }
}
