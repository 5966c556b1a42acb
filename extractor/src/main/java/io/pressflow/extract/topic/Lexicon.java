package io.pressflow.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated keyword lexicon: weighted words and phrases per IPTC concept, looked up by token
 * hash. Each phrase key maps to an entry (the concepts it votes for); every proper prefix of a
 * phrase is marked so the matcher knows when to read one more token.
 *
 * <p>File format ({@code lexicon.txt}): {@code @CODE} opens a concept section (8-digit medtop code);
 * then lines {@code WEIGHT phrase | phrase | ...}. A leading {@code ^} on a phrase means it counts only
 * when capitalised mid-sentence (the party "Labour"), a leading {@code _} only in lower case (the
 * topic "labour"). {@code #} starts a comment.
 */
final class Lexicon {
    static final String RESOURCE = "lexicon.txt";
    static final int ANY_CASE = 0;
    static final int CAPITALISED = 1;
    static final int LOWER_CASE = 2;

    private static final int ENTRY_MASK = (1 << 30) - 1;
    private static final int PREFIX = 1 << 30;

    private final LongIntMap phrases;
    private final int[] itemStart;
    private final int[] itemConcept;
    private final float[] itemWeight;
    private final byte[] itemCase;
    private final int maxTokens;

    private Lexicon(LongIntMap phrases, int[] itemStart, int[] itemConcept, float[] itemWeight, byte[] itemCase, int maxTokens) {
        this.phrases = phrases;
        this.itemStart = itemStart;
        this.itemConcept = itemConcept;
        this.itemWeight = itemWeight;
        this.itemCase = itemCase;
        this.maxTokens = maxTokens;
    }

    private record Item(int concept, float weight, byte caseRule) {}

    static Lexicon load(Taxonomy taxonomy) {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("topic lexicon resource missing: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic lexicon " + RESOURCE, e);
        }
    }

    static Lexicon parse(BufferedReader in, Taxonomy taxonomy) throws IOException {
        Map<Long, List<Item>> items = new LinkedHashMap<>();
        Map<Long, Boolean> prefixes = new LinkedHashMap<>();
        int concept = -1;
        int maxTokens = 1;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            int hashMark = line.indexOf('#');
            String body = (hashMark >= 0 ? line.substring(0, hashMark) : line).strip();
            if (body.isEmpty()) {
                continue;
            }
            if (body.startsWith("@")) {
                concept = taxonomy.indexOf("medtop:" + body.substring(1).strip());
                if (concept < 0) {
                    throw new IllegalStateException("lexicon line " + lineNo + ": unknown concept " + body);
                }
                continue;
            }
            if (concept < 0) {
                throw new IllegalStateException("lexicon line " + lineNo + ": phrase before any @concept");
            }
            int space = body.indexOf(' ');
            float weight;
            try {
                weight = Float.parseFloat(body.substring(0, Math.max(0, space)));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("lexicon line " + lineNo + ": expected 'WEIGHT phrase | ...'");
            }
            for (String raw : body.substring(space + 1).split("\\|")) {
                String phrase = raw.strip();
                byte caseRule = ANY_CASE;
                if (phrase.startsWith("^")) {
                    caseRule = CAPITALISED;
                    phrase = phrase.substring(1);
                } else if (phrase.startsWith("_")) {
                    caseRule = LOWER_CASE;
                    phrase = phrase.substring(1);
                }
                Tokens t = Tokens.scan(phrase, 0);
                if (t.size == 0) {
                    throw new IllegalStateException("lexicon line " + lineNo + ": empty phrase");
                }
                long h = 0;
                for (int i = 0; i < t.size; i++) {
                    h = i == 0 ? t.hash[0] : Tokens.extend(h, t.hash[i]);
                    if (i < t.size - 1) {
                        prefixes.put(h, Boolean.TRUE);
                    }
                }
                maxTokens = Math.max(maxTokens, t.size);
                items.computeIfAbsent(h, k -> new ArrayList<>()).add(new Item(concept, weight, caseRule));
            }
        }
        LongIntMap map = new LongIntMap(items.size() + prefixes.size());
        int total = items.values().stream().mapToInt(v -> onePerTopLevel(v, taxonomy).size()).sum();
        int[] start = new int[items.size() + 1];
        int[] conceptOf = new int[total];
        float[] weightOf = new float[total];
        byte[] caseOf = new byte[total];
        int entry = 0;
        int k = 0;
        for (Map.Entry<Long, List<Item>> e : items.entrySet()) {
            start[entry] = k;
            for (Item it : onePerTopLevel(e.getValue(), taxonomy)) {
                conceptOf[k] = it.concept();
                weightOf[k] = it.weight();
                caseOf[k] = it.caseRule();
                k++;
            }
            map.put(e.getKey(), (entry + 1) | (prefixes.containsKey(e.getKey()) ? PREFIX : 0));
            entry++;
        }
        start[entry] = k;
        for (Long p : prefixes.keySet()) {
            if (!items.containsKey(p)) {
                map.put(p, PREFIX);
            }
        }
        return new Lexicon(map, start, conceptOf, weightOf, caseOf, maxTokens);
    }

    /**
     * A phrase listed under a top level and under its descendants votes once for that tree (evidence
     * rolls up anyway): the heaviest listing wins, the most specific concept on a tie. Case-restricted
     * listings are kept apart, since only one of them can apply to a given occurrence.
     */
    private static List<Item> onePerTopLevel(List<Item> listed, Taxonomy taxonomy) {
        List<Item> kept = new ArrayList<>(listed.size());
        for (Item it : listed) {
            int same = -1;
            for (int i = 0; i < kept.size(); i++) {
                Item k = kept.get(i);
                if (taxonomy.top(k.concept()) == taxonomy.top(it.concept()) && k.caseRule() == it.caseRule()) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(it);
                continue;
            }
            Item k = kept.get(same);
            float weight = Math.max(k.weight(), it.weight());
            int concept = taxonomy.level(it.concept()) > taxonomy.level(k.concept()) ? it.concept() : k.concept();
            kept.set(same, new Item(concept, weight, k.caseRule()));
        }
        return kept;
    }

    int maxTokens() {
        return maxTokens;
    }

    int entries() {
        return itemStart.length - 1;
    }

    /** raw lookup value of a phrase hash: {@link LongIntMap#MISSING} when unknown */
    int lookup(long phraseHash) {
        return phrases.get(phraseHash);
    }

    static boolean continues(int value) {
        return value != LongIntMap.MISSING && (value & PREFIX) != 0;
    }

    /** entry index of a lookup value, or -1 when the phrase is only a prefix */
    static int entryOf(int value) {
        return value == LongIntMap.MISSING ? -1 : (value & ENTRY_MASK) - 1;
    }

    int firstItem(int entry) {
        return itemStart[entry];
    }

    int endItem(int entry) {
        return itemStart[entry + 1];
    }

    int concept(int item) {
        return itemConcept[item];
    }

    float weight(int item) {
        return itemWeight[item];
    }

    int caseRule(int item) {
        return itemCase[item];
    }
}
