package io.pressflow.extract.topic;

import io.pressflow.extract.DatePrefix;
import io.pressflow.extract.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns IPTC Media Topics and key phrases to a statement.
 *
 * <p>One scan tokenises the text; a greedy longest-match walk over a hash table finds lexicon
 * phrases; each hit adds its weight to its concept, scaled by where it stands (headline, lead,
 * body) and saturated per phrase (the k-th repeat adds 1/k). Concept scores roll up the IPTC tree,
 * so a top level collects the evidence of all its descendants. A margin rule then keeps only top
 * levels that earned a fair share of the winner's evidence: each unearned extra costs precision.
 */
public final class TopicClassifier {

    /** evidence a statement needs before it gets any topic at all */
    static final double MIN_EVIDENCE = 1.5;
    /** a further top level needs this share of the best one's evidence ... */
    static final double SECOND_SHARE = 0.55;
    /** ... and at least this much evidence of its own */
    static final double SECOND_MIN = 3.0;
    /** or a smaller share, when backed by this many distinct lexicon phrases (independent evidence) */
    static final double BROAD_SHARE = 0.35;
    static final int BROAD_PHRASES = 5;
    /** lexicon weight from which a phrase counts as strong, independent evidence */
    static final float STRONG_WEIGHT = 3f;
    /** a deeper concept needs this share of its top level's evidence ... */
    static final double DEEP_SHARE = 0.3;
    /** ... and at least this much of its own */
    static final double DEEP_MIN = 2.0;
    static final int MAX_TOP_LEVELS = 3;
    static final int MAX_DEEP_PER_TOP = 3;
    /** evidence at which the best topic's score reaches one half */
    static final double HALF_SCORE = 4.0;

    static final float HEADLINE_WEIGHT = 2.5f;
    static final float LEAD_WEIGHT = 1.5f;
    static final float BODY_WEIGHT = 1.0f;
    /** a headline is a short first line without closing punctuation */
    static final int HEADLINE_MAX_TOKENS = 24;
    /** the lead: the first paragraph after the headline, at most this many tokens */
    static final int LEAD_MAX_TOKENS = 70;

    private final Taxonomy taxonomy;
    private final Lexicon lexicon;
    private final KeyPhrases keyPhrases;
    /** concepts deepest first, so one pass rolls scores up to the top levels */
    private final int[] deepestFirst;
    private final int[] topLevels;

    /** Thread-safe; build once and share (loads the taxonomy). */
    public TopicClassifier() {
        this.taxonomy = Taxonomy.load();
        this.lexicon = Lexicon.load(taxonomy);
        this.keyPhrases = KeyPhrases.load();
        Integer[] order = new Integer[taxonomy.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(taxonomy::level).reversed().thenComparingInt(i -> i));
        this.deepestFirst = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        this.topLevels = taxonomy.topLevels();
    }

    public TopicResult classify(Statement statement) {
        String text = statement.text();
        Tokens tokens = Tokens.scan(text, DatePrefix.end(text));
        float[] position = positionWeights(tokens);
        float[] lexical = new float[tokens.size];
        int[] distinct = new int[taxonomy.size()];
        double[] evidence = match(text, tokens, position, lexical, distinct, null);
        List<TopicTag> topics = select(evidence, distinct);
        List<String> phrases = keyPhrases.find(text, tokens, position, lexical);
        return new TopicResult(topics, phrases);
    }

    /** For tuning and tests: every lexicon hit with the concept it voted for and how much. */
    List<String> explain(Statement statement) {
        String text = statement.text();
        Tokens tokens = Tokens.scan(text, DatePrefix.end(text));
        List<String> trace = new ArrayList<>();
        match(text, tokens, positionWeights(tokens), new float[tokens.size], new int[taxonomy.size()], trace);
        return trace;
    }

    /** Headline, lead and body weights per token; a Title Case headline loses its case signal. */
    static float[] positionWeights(Tokens t) {
        float[] w = new float[t.size];
        int headline = t.firstLineIsTitle && t.firstLineTokens <= HEADLINE_MAX_TOKENS ? t.firstLineTokens : 0;
        int caps = 0;
        for (int i = 0; i < headline; i++) {
            w[i] = HEADLINE_WEIGHT;
            caps += t.has(i, Tokens.CAP) ? 1 : 0;
        }
        if (headline >= 3 && caps * 3 >= headline * 2) {
            for (int i = 0; i < headline; i++) {
                t.flags[i] |= Tokens.SENTENCE; // "Minister Opens New Hospital": capitals say nothing
            }
        }
        int leadParagraph = headline < t.size ? t.paragraph[headline] : -1;
        for (int i = headline; i < t.size; i++) {
            boolean lead = t.paragraph[i] == leadParagraph && i - headline < LEAD_MAX_TOKENS;
            w[i] = lead ? LEAD_WEIGHT : BODY_WEIGHT;
        }
        return w;
    }

    /**
     * Greedy longest match of lexicon phrases; returns evidence per concept (not yet rolled up)
     * and marks in {@code lexical} the weight of the phrase each token belongs to.
     */
    private double[] match(String text, Tokens t, float[] position, float[] lexical, int[] distinct, List<String> trace) {
        double[] evidence = new double[taxonomy.size()];
        int[] seen = new int[lexicon.entries()];
        int max = lexicon.maxTokens();
        int i = 0;
        while (i < t.size) {
            int bestEntry = -1;
            int bestEnd = i;
            long h = t.hash[i];
            int value = lexicon.lookup(h);
            int j = i;
            while (value != LongIntMap.MISSING) {
                int entry = Lexicon.entryOf(value);
                if (entry >= 0) {
                    bestEntry = entry;
                    bestEnd = j + 1;
                }
                if (!Lexicon.continues(value) || j + 1 >= t.size || j + 1 - i >= max || t.has(j + 1, Tokens.BREAK)) {
                    break;
                }
                j++;
                h = Tokens.extend(h, t.hash[j]);
                value = lexicon.lookup(h);
            }
            if (bestEntry < 0) {
                i++;
                continue;
            }
            float caseFactor;
            int f = t.flags(i);
            boolean ambiguous = (f & Tokens.SENTENCE) != 0 || (f & Tokens.HYPHEN) != 0;
            boolean cap = (f & Tokens.CAP) != 0;
            int repeat = ++seen[bestEntry];
            float strongest = 0;
            for (int k = lexicon.firstItem(bestEntry); k < lexicon.endItem(bestEntry); k++) {
                int rule = lexicon.caseRule(k);
                if (rule == Lexicon.ANY_CASE) {
                    caseFactor = 1f;
                } else if (ambiguous && cap) {
                    caseFactor = 0.5f; // "Labour said ..." opening a sentence: party or topic
                } else if (rule == Lexicon.CAPITALISED) {
                    caseFactor = cap ? 1f : 0f;
                } else {
                    caseFactor = cap ? 0f : 1f;
                }
                if (caseFactor == 0f) {
                    continue;
                }
                float w = lexicon.weight(k) * caseFactor;
                if (repeat == 1 && w >= STRONG_WEIGHT) {
                    distinct[taxonomy.top(lexicon.concept(k))]++;
                }
                evidence[lexicon.concept(k)] += w * position[i] / repeat;
                if (trace != null) {
                    trace.add(text.substring(t.start[i], t.end[bestEnd - 1]) + " -> " + taxonomy.code(lexicon.concept(k))
                            + " +" + Math.round(w * position[i] / repeat * 100) / 100.0);
                }
                strongest = Math.max(strongest, w);
            }
            for (int k = i; k < bestEnd; k++) {
                lexical[k] = Math.max(lexical[k], strongest);
            }
            i = bestEnd;
        }
        return evidence;
    }

    /** Rolls evidence up the tree, applies the margin rules and builds the tags, best first. */
    private List<TopicTag> select(double[] evidence, int[] distinct) {
        double[] total = evidence.clone();
        for (int c : deepestFirst) {
            int p = taxonomy.parent(c);
            if (p >= 0) {
                total[p] += total[c];
            }
        }
        int best = -1;
        for (int top : topLevels) {
            if (best < 0 || total[top] > total[best]) {
                best = top;
            }
        }
        if (best < 0 || total[best] < MIN_EVIDENCE) {
            return List.of();
        }
        double bestEvidence = total[best];
        boolean[] emittedTop = new boolean[taxonomy.size()];
        List<Integer> chosen = new ArrayList<>();
        chosen.add(best);
        emittedTop[best] = true;
        Integer[] others = Arrays.stream(topLevels).filter(c -> total[c] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(others, Comparator.<Integer>comparingDouble(c -> -total[c]).thenComparingInt(c -> c));
        for (int c : others) {
            if (c == best || chosen.size() >= MAX_TOP_LEVELS) {
                continue;
            }
            boolean strong = total[c] >= SECOND_SHARE * bestEvidence;
            boolean broad = total[c] >= BROAD_SHARE * bestEvidence && distinct[c] >= BROAD_PHRASES
                    && distinct[c] * 2 >= distinct[best];
            if ((strong || broad) && total[c] >= SECOND_MIN) {
                chosen.add(c);
                emittedTop[c] = true;
            }
        }
        List<Integer> deep = new ArrayList<>();
        for (int c = 0; c < taxonomy.size(); c++) {
            int top = taxonomy.top(c);
            if (c != top && emittedTop[top] && total[c] >= DEEP_MIN && total[c] >= DEEP_SHARE * total[top]) {
                deep.add(c);
            }
        }
        deep.sort(Comparator.<Integer>comparingDouble(c -> -total[c]).thenComparingInt(taxonomy::level).thenComparingInt(c -> c));
        int[] perTop = new int[taxonomy.size()];
        for (int c : deep) {
            int top = taxonomy.top(c);
            if (perTop[top] < MAX_DEEP_PER_TOP) {
                perTop[top]++;
                chosen.add(c);
            }
        }
        double scale = bestEvidence + HALF_SCORE;
        chosen.sort(Comparator.<Integer>comparingDouble(c -> -total[c]).thenComparingInt(taxonomy::level).thenComparingInt(c -> c));
        List<TopicTag> tags = new ArrayList<>(chosen.size());
        for (int c : chosen) {
            double score = Math.round(total[c] / scale * 1000) / 1000.0;
            tags.add(new TopicTag(taxonomy.code(c), taxonomy.label(c), score, taxonomy.level(c)));
        }
        return tags;
    }
}
