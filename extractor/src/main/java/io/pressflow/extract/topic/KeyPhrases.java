package io.pressflow.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Key phrases in one linear pass: candidates are runs of content words between stop words and
 * punctuation (at most four words), optionally joined through one connector to a following name
 * ("sanctions on Syria", "humanitarian crisis in Gaza"). Each is scored by how often it and its
 * words recur, how early it first appears and whether its words are topic vocabulary.
 */
final class KeyPhrases {
    static final String RESOURCE = "stopwords.txt";
    static final int MAX_PHRASES = 5;
    static final int MAX_RUN = 4;
    static final int MAX_NAME_AFTER_CONNECTOR = 3;
    /** "sanctions on Syria" says more than "sanctions": a phrase bridged to its name is preferred */
    static final double BRIDGE_BONUS = 1.3;

    private final LongIntMap stop;
    private final LongIntMap keep;
    private final LongIntMap connectors;

    private KeyPhrases(LongIntMap stop, LongIntMap keep, LongIntMap connectors) {
        this.stop = stop;
        this.keep = keep;
        this.connectors = connectors;
    }

    static KeyPhrases load() {
        try (InputStream in = KeyPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("stop word resource missing: " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stop words " + RESOURCE, e);
        }
    }

    /** Lines of words; {@code +word} exempts a word from the -ed/-ly rules, {@code >word} is a connector. */
    static KeyPhrases parse(BufferedReader in) throws IOException {
        LongIntMap stop = new LongIntMap(1024);
        LongIntMap keep = new LongIntMap(128);
        LongIntMap connectors = new LongIntMap(32);
        String line;
        while ((line = in.readLine()) != null) {
            int hashMark = line.indexOf('#');
            String body = hashMark >= 0 ? line.substring(0, hashMark) : line;
            for (String word : body.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (word.startsWith("+")) {
                    keep.put(Tokens.hashWord(word.substring(1)), 1);
                } else if (word.startsWith(">")) {
                    long h = Tokens.hashWord(word.substring(1));
                    connectors.put(h, 1);
                    stop.put(h, 1);
                } else {
                    stop.put(Tokens.hashWord(word), 1);
                }
            }
        }
        return new KeyPhrases(stop, keep, connectors);
    }

    /**
     * Per-thread working memory of {@link #find}, cleared after each statement. Candidates live in
     * parallel arrays (no object per candidate): index {@code c} is one distinct phrase.
     */
    static final class Scratch {
        boolean[] content = new boolean[1024];
        final LongIntMap frequency = new LongIntMap(1024);
        final LongIntMap index = new LongIntMap(512);
        int size;
        int[] from = new int[256];
        int[] to = new int[256];
        int[] surface = new int[256];
        boolean[] surfaceInitial = new boolean[256];
        int[] count = new int[256];
        double[] base = new double[256];
        double[] score = new double[256];
        boolean[] lexical = new boolean[256];
        boolean[] firstLexical = new boolean[256];
        boolean[] chosen = new boolean[256];

        int add(int first, int end) {
            if (size == from.length) {
                int cap = size * 2;
                from = java.util.Arrays.copyOf(from, cap);
                to = java.util.Arrays.copyOf(to, cap);
                surface = java.util.Arrays.copyOf(surface, cap);
                surfaceInitial = java.util.Arrays.copyOf(surfaceInitial, cap);
                count = java.util.Arrays.copyOf(count, cap);
                base = java.util.Arrays.copyOf(base, cap);
                score = java.util.Arrays.copyOf(score, cap);
                lexical = java.util.Arrays.copyOf(lexical, cap);
                firstLexical = java.util.Arrays.copyOf(firstLexical, cap);
                chosen = java.util.Arrays.copyOf(chosen, cap);
            }
            int c = size++;
            from[c] = first;
            to[c] = end;
            surface[c] = first;
            count[c] = 0;
            chosen[c] = false;
            return c;
        }

        void clear() {
            frequency.clear();
            index.clear();
            size = 0;
        }
    }

    List<String> find(String text, Tokens t, float[] position, float[] lexical) {
        return find(text, t, position, lexical, new Scratch());
    }

    List<String> find(String text, Tokens t, float[] position, float[] lexical, Scratch s) {
        try {
            collect(text, t, position, lexical, s);
            return best(text, t, s);
        } finally {
            s.clear();
        }
    }

    private void collect(String text, Tokens t, float[] position, float[] lexical, Scratch s) {
        int n = t.size;
        if (s.content.length < n) {
            s.content = new boolean[n * 2];
        }
        boolean[] content = s.content;
        for (int i = 0; i < n; i++) {
            content[i] = isContent(text, t, i);
            if (content[i]) {
                s.frequency.add(t.hash[i], 1);
            }
        }
        int i = 0;
        while (i < n) {
            if (!content[i]) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < n && content[runEnd] && !t.has(runEnd, Tokens.BREAK) && !t.has(runEnd - 1, Tokens.POSSESSIVE)) {
                runEnd++;
            }
            int from = Math.max(i, runEnd - MAX_RUN); // the head of an English noun phrase is last
            while (from < runEnd - 1 && t.has(from, Tokens.HYPHEN)) {
                from++; // never start inside "open-source"
            }
            offer(s, t, from, runEnd, position, lexical, false);
            int conn = runEnd;
            if (conn + 1 < n && !t.has(conn, Tokens.BREAK) && connectors.get(t.hash[conn]) != LongIntMap.MISSING
                    && !t.has(conn + 1, Tokens.BREAK) && content[conn + 1] && isName(t, conn + 1)
                    && hasCommonNoun(t, from, runEnd)) {
                int nameEnd = conn + 2;
                while (nameEnd < n && nameEnd - conn - 1 < MAX_NAME_AFTER_CONNECTOR && content[nameEnd]
                        && !t.has(nameEnd, Tokens.BREAK) && isName(t, nameEnd)) {
                    nameEnd++;
                }
                offer(s, t, Math.max(from, runEnd - 3), nameEnd, position, lexical, true);
            }
            i = runEnd;
        }
    }

    private void offer(Scratch s, Tokens t, int from, int to, float[] position, float[] lexical, boolean bridged) {
        long h = t.hash[from];
        for (int k = from + 1; k < to; k++) {
            h = Tokens.extend(h, t.hash[k]);
        }
        int c = s.index.get(h);
        if (c == LongIntMap.MISSING) {
            c = s.add(from, to);
            s.index.put(h, c);
            float words = 0;
            boolean names = true;
            boolean lex = false;
            int counted = 0;
            for (int k = from; k < to; k++) {
                int f = s.frequency.get(t.hash[k]);
                if (f == LongIntMap.MISSING) {
                    continue; // the connector
                }
                counted++;
                words += 1 + log(f) + 0.4f * lexical[k];
                lex |= lexical[k] > 0;
                names &= t.has(k, Tokens.CAP);
            }
            s.lexical[c] = lex;
            s.firstLexical[c] = lexical[from] > 0;
            s.surfaceInitial[c] = t.has(from, Tokens.SENTENCE);
            s.base[c] = base(to - from, counted == 0 ? 0 : words / counted, position[from], lex, names)
                    * (bridged ? BRIDGE_BONUS : 1);
        } else if (s.surfaceInitial[c] && !t.has(from, Tokens.SENTENCE)) {
            s.surface[c] = from; // prefer an occurrence whose capitals are the writer's choice
            s.surfaceInitial[c] = false;
        }
        s.count[c]++;
    }

    /** Everything about a candidate but its count: length, word weights, first position, kind. */
    private static double base(int len, float wordScore, float position, boolean lexical, boolean allNames) {
        double lengthFactor = switch (len) {
            case 1 -> 0.35;
            case 2 -> 1.0;
            case 3 -> 1.1;
            case 4 -> 1.0;
            default -> 1.05;
        };
        double where = position >= TopicClassifier.HEADLINE_WEIGHT ? 1.5 : position > 1 ? 1.2 : 1.0;
        double kind = allNames ? 0.5 : lexical ? 1.4 : 1.0; // people and places are the entity extractor's job
        return wordScore * lengthFactor * where * kind;
    }

    /** The best few candidates, skipping any whose words repeat a better one's. */
    private static List<String> best(String text, Tokens t, Scratch s) {
        for (int c = 0; c < s.size; c++) {
            boolean single = s.to[c] - s.from[c] == 1;
            s.score[c] = single && s.count[c] < 2 && !s.lexical[c] ? 0 : s.base[c] * (1 + log(s.count[c]));
        }
        List<String> out = new ArrayList<>(MAX_PHRASES);
        int[] picked = new int[MAX_PHRASES];
        while (out.size() < MAX_PHRASES) {
            int top = -1;
            for (int c = 0; c < s.size; c++) {
                if (!s.chosen[c] && s.score[c] > 0 && (top < 0 || s.score[c] > s.score[top])) {
                    top = c; // ties keep the earlier phrase
                }
            }
            if (top < 0) {
                break;
            }
            s.chosen[top] = true;
            boolean repeats = false;
            for (int k = 0; k < out.size() && !repeats; k++) {
                int o = picked[k];
                repeats = containsAll(t, s.from[o], s.to[o], s.from[top], s.to[top])
                        || containsAll(t, s.from[top], s.to[top], s.from[o], s.to[o]);
            }
            if (!repeats) {
                picked[out.size()] = top;
                out.add(surface(text, t, s, top));
            }
        }
        return out;
    }

    /** every word of the inner token range occurs in the outer one */
    private static boolean containsAll(Tokens t, int outerFrom, int outerTo, int innerFrom, int innerTo) {
        for (int i = innerFrom; i < innerTo; i++) {
            boolean found = false;
            for (int o = outerFrom; o < outerTo && !found; o++) {
                found = t.hash[o] == t.hash[i];
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String surface(String text, Tokens t, Scratch s, int c) {
        int first = s.surface[c];
        int last = first + (s.to[c] - s.from[c]) - 1;
        int start = t.start[first];
        int end = t.end[last];
        StringBuilder b = new StringBuilder(end - start);
        boolean space = false;
        for (int k = start; k < end; k++) {
            char ch = text.charAt(k);
            if (Character.isWhitespace(ch)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(ch);
        }
        // "Humanitarian aid ..." opening a sentence is not a name
        if (s.surfaceInitial[c] && s.firstLexical[c] && b.length() > 1 && Character.isUpperCase(b.charAt(0))
                && Character.isLowerCase(b.charAt(1)) && !isName(t, first)) {
            b.setCharAt(0, Character.toLowerCase(b.charAt(0)));
        }
        return b.toString();
    }

    private static final float[] LOG = new float[256];

    static {
        for (int i = 1; i < LOG.length; i++) {
            LOG[i] = (float) Math.log(i);
        }
    }

    /** natural log of a small count, from a table: this runs for every word of every candidate */
    private static float log(int n) {
        return n < LOG.length ? LOG[n] : (float) Math.log(n);
    }

    private static boolean isName(Tokens t, int i) {
        return t.has(i, Tokens.CAP) && !t.has(i, Tokens.SENTENCE);
    }

    private static boolean hasCommonNoun(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.has(k, Tokens.CAP)) {
                return true;
            }
        }
        return false;
    }

    /** a word that can be part of a key phrase: not a stop word, number, adverb or past form */
    private boolean isContent(String text, Tokens t, int i) {
        if (t.has(i, Tokens.DIGIT)) {
            return false;
        }
        long h = t.hash[i];
        if (stop.get(h) != LongIntMap.MISSING) {
            return false;
        }
        int s = t.start[i];
        int e = t.end[i];
        int len = e - s;
        if (len < 2) {
            return t.has(i, Tokens.CAP) && (t.has(i, Tokens.HYPHEN) || !t.has(i, Tokens.SENTENCE));
        }
        if (len > 4 && !t.has(i, Tokens.CAP)) {
            char a = text.charAt(e - 2);
            char b = text.charAt(e - 1);
            if (((a == 'e' && b == 'd') || (a == 'l' && b == 'y')) && keep.get(h) == LongIntMap.MISSING) {
                return false; // "delivered", "closely": verbs and adverbs are not subjects
            }
        }
        return true;
    }
}
