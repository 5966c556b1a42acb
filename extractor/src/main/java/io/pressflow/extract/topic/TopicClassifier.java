package io.pressflow.extract.topic;

import io.pressflow.extract.Statement;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** per-thread working arrays: classification allocates little beyond its result */
    private final ThreadLocal<Scratch> scratch;

    /** Thread-safe; build once and share (loads the taxonomy). */
    public TopicClassifier() {
        this.taxonomy = Taxonomy.load();
        this.lexicon = Lexicon.load(taxonomy);
        this.keyPhrases = KeyPhrases.load();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(taxonomy.size(), lexicon.entries()));
    }

    /** Arrays sized once per thread; only the slots a statement touched are reset after it. */
    private static final class Scratch {
        /** statements beyond this many tokens get scratch arrays of their own, not kept per thread */
        static final int KEEP_TOKENS = 1 << 16;
        Tokens tokens = new Tokens(1024);
        float[] position = new float[1024];
        float[] lexical = new float[1024];
        final double[] evidence;
        final double[] total;
        final int[] distinct;
        final int[] seen;
        int[] seenTouched = new int[256];
        int seenCount;
        int[] evidenceTouched = new int[256];
        int evidenceCount;
        int[] totalTouched = new int[256];
        int totalCount;
        final KeyPhrases.Scratch phrases = new KeyPhrases.Scratch();

        Scratch(int concepts, int entries) {
            evidence = new double[concepts];
            total = new double[concepts];
            distinct = new int[concepts];
            seen = new int[entries];
        }

        void sizeFor(int tokens) {
            if (position.length < tokens) {
                position = new float[tokens * 2];
                lexical = new float[tokens * 2];
            }
            Arrays.fill(lexical, 0, tokens, 0f);
        }

        void addEvidence(int concept, double value) {
            if (evidence[concept] == 0) {
                if (evidenceCount == evidenceTouched.length) {
                    evidenceTouched = Arrays.copyOf(evidenceTouched, evidenceCount * 2);
                }
                evidenceTouched[evidenceCount++] = concept;
            }
            evidence[concept] += value;
        }

        int see(int entry) {
            if (seen[entry] == 0) {
                if (seenCount == seenTouched.length) {
                    seenTouched = Arrays.copyOf(seenTouched, seenCount * 2);
                }
                seenTouched[seenCount++] = entry;
            }
            return ++seen[entry];
        }

        void addTotal(int concept, double value) {
            if (total[concept] == 0) {
                if (totalCount == totalTouched.length) {
                    totalTouched = Arrays.copyOf(totalTouched, totalCount * 2);
                }
                totalTouched[totalCount++] = concept;
            }
            total[concept] += value;
        }

        void reset() {
            for (int i = 0; i < seenCount; i++) {
                seen[seenTouched[i]] = 0;
            }
            for (int i = 0; i < evidenceCount; i++) {
                evidence[evidenceTouched[i]] = 0;
            }
            for (int i = 0; i < totalCount; i++) {
                total[totalTouched[i]] = 0;
                distinct[totalTouched[i]] = 0;
            }
            seenCount = 0;
            evidenceCount = 0;
            totalCount = 0;
            if (tokens.capacity() > KEEP_TOKENS) {
                tokens = new Tokens(1024); // one huge statement should not pin its arrays to the thread
                position = new float[1024];
                lexical = new float[1024];
            }
        }
    }

    public TopicResult classify(Statement statement) {
        String text = statement.text();
        Scratch s = scratch.get();
        try {
            Tokens tokens = Tokens.scanInto(s.tokens, text, bodyStart(text));
            s.sizeFor(tokens.size);
            positionWeights(tokens, s.position);
            match(text, tokens, s, null);
            List<TopicTag> topics = select(s);
            List<String> phrases = keyPhrases.find(text, tokens, s.position, s.lexical, s.phrases);
            return new TopicResult(topics, phrases);
        } finally {
            s.reset();
        }
    }

    /** For tuning and tests: every lexicon hit with the concept it voted for and how much. */
    List<String> explain(Statement statement) {
        String text = statement.text();
        Scratch s = new Scratch(taxonomy.size(), lexicon.entries());
        Tokens tokens = Tokens.scanInto(s.tokens, text, bodyStart(text));
        s.sizeFor(tokens.size);
        positionWeights(tokens, s.position);
        List<String> trace = new ArrayList<>();
        match(text, tokens, s, trace);
        return trace;
    }

    /**
     * Where the words start: past a leading {@code date YYYY-MM-DD} line prefix. Checks the shape
     * only: {@code DatePrefix} also parses the date with java.time, work topics do not need.
     */
    static int bodyStart(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (!text.startsWith("date ", i) || i + 15 > n) {
            return 0;
        }
        for (int k = 0; k < 10; k++) {
            char c = text.charAt(i + 5 + k);
            boolean ok = k == 4 || k == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return 0;
            }
        }
        return i + 15;
    }

    /** Headline, lead and body weights per token; a Title Case headline loses its case signal. */
    static void positionWeights(Tokens t, float[] w) {
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
    }

    /**
     * Greedy longest match of lexicon phrases into {@code s.evidence} (not yet rolled up); marks in
     * {@code s.lexical} the weight of the phrase each token belongs to.
     */
    private void match(String text, Tokens t, Scratch s, List<String> trace) {
        int max = lexicon.maxTokens();
        float[] position = s.position;
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
            int f = t.flags(i);
            boolean ambiguous = (f & Tokens.SENTENCE) != 0 || (f & Tokens.HYPHEN) != 0;
            boolean cap = (f & Tokens.CAP) != 0;
            int repeat = s.see(bestEntry);
            float strongest = 0;
            for (int k = lexicon.firstItem(bestEntry); k < lexicon.endItem(bestEntry); k++) {
                int rule = lexicon.caseRule(k);
                float caseFactor;
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
                int concept = lexicon.concept(k);
                if (repeat == 1 && w >= STRONG_WEIGHT) {
                    s.distinct[taxonomy.top(concept)]++;
                }
                double gain = w * position[i] / repeat;
                s.addEvidence(concept, gain);
                if (trace != null) {
                    trace.add(text.substring(t.start[i], t.end[bestEnd - 1]) + " -> " + taxonomy.code(concept)
                            + " +" + Math.round(gain * 100) / 100.0);
                }
                strongest = Math.max(strongest, w);
            }
            for (int k = i; k < bestEnd; k++) {
                s.lexical[k] = Math.max(s.lexical[k], strongest);
            }
            i = bestEnd;
        }
    }

    /** Rolls evidence up the tree, applies the margin rules and builds the tags, best first. */
    private List<TopicTag> select(Scratch s) {
        for (int e = 0; e < s.evidenceCount; e++) {
            int c = s.evidenceTouched[e];
            double v = s.evidence[c];
            for (int a = c; a >= 0; a = taxonomy.parent(a)) {
                s.addTotal(a, v);
            }
        }
        double[] total = s.total;
        int[] distinct = s.distinct;
        int best = -1;
        for (int k = 0; k < s.totalCount; k++) {
            int c = s.totalTouched[k];
            if (taxonomy.level(c) == 1 && (best < 0 || total[c] > total[best] || (total[c] == total[best] && c < best))) {
                best = c;
            }
        }
        if (best < 0 || total[best] < MIN_EVIDENCE) {
            return List.of();
        }
        double bestEvidence = total[best];
        // few concepts pass the thresholds: filter first, then order the survivors
        int[] chosen = new int[MAX_TOP_LEVELS * (1 + MAX_DEEP_PER_TOP)];
        int count = 0;
        chosen[count++] = best;
        int[] tops = new int[s.totalCount];
        int topCount = 0;
        for (int k = 0; k < s.totalCount; k++) {
            int c = s.totalTouched[k];
            if (c != best && taxonomy.level(c) == 1 && total[c] >= SECOND_MIN) {
                tops[topCount++] = c;
            }
        }
        sortByEvidence(tops, topCount, total);
        for (int k = 0; k < topCount && count < MAX_TOP_LEVELS; k++) {
            int c = tops[k];
            boolean strong = total[c] >= SECOND_SHARE * bestEvidence;
            boolean broad = total[c] >= BROAD_SHARE * bestEvidence && distinct[c] >= BROAD_PHRASES
                    && distinct[c] * 2 >= distinct[best];
            if (strong || broad) {
                chosen[count++] = c;
            }
        }
        int emittedTops = count;
        int[] deep = new int[s.totalCount];
        int deepCount = 0;
        for (int k = 0; k < s.totalCount; k++) {
            int c = s.totalTouched[k];
            int top = taxonomy.top(c);
            if (c != top && total[c] >= DEEP_MIN && total[c] >= DEEP_SHARE * total[top] && contains(chosen, emittedTops, top)) {
                deep[deepCount++] = c;
            }
        }
        sortByEvidence(deep, deepCount, total);
        for (int t = 0; t < emittedTops; t++) {
            int kept = 0;
            for (int k = 0; k < deepCount && kept < MAX_DEEP_PER_TOP; k++) {
                if (taxonomy.top(deep[k]) == chosen[t]) {
                    chosen[count++] = deep[k];
                    kept++;
                }
            }
        }
        sortByEvidence(chosen, count, total);
        double scale = bestEvidence + HALF_SCORE;
        List<TopicTag> tags = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int c = chosen[k];
            double score = Math.round(total[c] / scale * 1000) / 1000.0;
            tags.add(new TopicTag(taxonomy.code(c), taxonomy.label(c), score, taxonomy.level(c)));
        }
        return tags;
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Most evidence first; ties go to the shallower concept, then the lower index (deterministic).
     * Insertion sort: these lists hold a handful of concepts.
     */
    private void sortByEvidence(int[] a, int n, double[] total) {
        for (int i = 1; i < n; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && before(v, a[j], total)) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private boolean before(int x, int y, double[] total) {
        if (total[x] != total[y]) {
            return total[x] > total[y];
        }
        if (taxonomy.level(x) != taxonomy.level(y)) {
            return taxonomy.level(x) < taxonomy.level(y);
        }
        return x < y;
    }
}
