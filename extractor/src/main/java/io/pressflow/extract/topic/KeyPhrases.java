package io.pressflow.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private static final class Candidate {
        final int firstStart;
        final int firstEnd;
        int surfaceStart;
        int surfaceEnd;
        boolean surfaceSentenceInitial;
        int count;
        float position;
        float wordScore;
        boolean lexical;
        boolean firstLexical;
        boolean allNames;
        long[] words;
        double score;

        Candidate(int first, int last, Tokens t) {
            this.firstStart = first;
            this.firstEnd = last;
            this.surfaceStart = first;
            this.surfaceEnd = last;
            this.surfaceSentenceInitial = t.has(first, Tokens.SENTENCE);
        }
    }

    List<String> find(String text, Tokens t, float[] position, float[] lexical) {
        int n = t.size;
        if (n == 0) {
            return List.of();
        }
        boolean[] content = new boolean[n];
        LongIntMap frequency = new LongIntMap(n);
        for (int i = 0; i < n; i++) {
            content[i] = isContent(text, t, i);
            if (content[i]) {
                int f = frequency.get(t.hash[i]);
                frequency.put(t.hash[i], f == LongIntMap.MISSING ? 1 : f + 1);
            }
        }
        Map<Long, Candidate> candidates = new HashMap<>();
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
            offer(candidates, t, from, runEnd, position, lexical, frequency);
            int conn = runEnd;
            if (conn + 1 < n && !t.has(conn, Tokens.BREAK) && connectors.get(t.hash[conn]) != LongIntMap.MISSING
                    && !t.has(conn + 1, Tokens.BREAK) && content[conn + 1] && isName(t, conn + 1)
                    && hasCommonNoun(t, from, runEnd)) {
                int nameEnd = conn + 2;
                while (nameEnd < n && nameEnd - conn - 1 < MAX_NAME_AFTER_CONNECTOR && content[nameEnd]
                        && !t.has(nameEnd, Tokens.BREAK) && isName(t, nameEnd)) {
                    nameEnd++;
                }
                offer(candidates, t, Math.max(from, runEnd - 3), nameEnd, position, lexical, frequency);
            }
            i = runEnd;
        }
        List<Candidate> ranked = new ArrayList<>(candidates.values());
        for (Candidate c : ranked) {
            c.score = score(c);
        }
        ranked.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score) : Integer.compare(a.firstStart, b.firstStart));
        List<String> out = new ArrayList<>(MAX_PHRASES);
        List<Candidate> chosen = new ArrayList<>(MAX_PHRASES);
        for (Candidate c : ranked) {
            if (out.size() >= MAX_PHRASES) {
                break;
            }
            if (c.score <= 0 || overlapsChosen(c, chosen)) {
                continue;
            }
            chosen.add(c);
            out.add(surface(text, t, c));
        }
        return out;
    }

    private void offer(Map<Long, Candidate> candidates, Tokens t, int from, int to, float[] position, float[] lexical,
            LongIntMap frequency) {
        long h = 0;
        for (int k = from; k < to; k++) {
            h = k == from ? t.hash[k] : Tokens.extend(h, t.hash[k]);
        }
        Candidate c = candidates.get(h);
        if (c == null) {
            c = new Candidate(from, to - 1, t);
            c.words = new long[to - from];
            float words = 0;
            boolean names = true;
            boolean lex = false;
            int counted = 0;
            for (int k = from; k < to; k++) {
                c.words[k - from] = t.hash[k];
                int f = frequency.get(t.hash[k]);
                if (f == LongIntMap.MISSING) {
                    continue; // the connector
                }
                counted++;
                words += 1 + (float) Math.log(f) + 0.4f * lexical[k];
                lex |= lexical[k] > 0;
                names &= isName(t, k) || t.has(k, Tokens.CAP);
            }
            c.wordScore = counted == 0 ? 0 : words / counted;
            c.lexical = lex;
            c.firstLexical = lexical[from] > 0;
            c.allNames = names;
            c.position = position[from];
            candidates.put(h, c);
        } else if (c.surfaceSentenceInitial && !t.has(from, Tokens.SENTENCE)) {
            c.surfaceStart = from; // prefer an occurrence whose capitals are the writer's choice
            c.surfaceEnd = to - 1;
            c.surfaceSentenceInitial = false;
        }
        c.count++;
    }

    private static double score(Candidate c) {
        int len = c.words.length;
        double lengthFactor = switch (len) {
            case 1 -> 0.35;
            case 2 -> 1.0;
            case 3 -> 1.1;
            case 4 -> 1.0;
            default -> 1.05;
        };
        if (len == 1 && c.count < 2 && !c.lexical) {
            return 0;
        }
        double position = c.position >= TopicClassifier.HEADLINE_WEIGHT ? 1.5 : c.position > 1 ? 1.2 : 1.0;
        double kind = c.allNames ? 0.5 : c.lexical ? 1.4 : 1.0; // people and places are the entity extractor's job
        return c.wordScore * lengthFactor * position * kind * (1 + Math.log(c.count));
    }

    /** a phrase whose words all belong to an already chosen phrase adds nothing */
    private static boolean overlapsChosen(Candidate c, List<Candidate> chosen) {
        for (Candidate o : chosen) {
            if (containsAll(o.words, c.words) || containsAll(c.words, o.words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(long[] outer, long[] inner) {
        for (long w : inner) {
            boolean found = false;
            for (long v : outer) {
                if (v == w) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String surface(String text, Tokens t, Candidate c) {
        int s = t.start[c.surfaceStart];
        int e = t.end[c.surfaceEnd];
        StringBuilder b = new StringBuilder(e - s);
        boolean space = false;
        for (int k = s; k < e; k++) {
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
        if (c.surfaceSentenceInitial && c.firstLexical && b.length() > 1 && Character.isUpperCase(b.charAt(0))
                && Character.isLowerCase(b.charAt(1)) && !isName(t, c.surfaceStart)) {
            b.setCharAt(0, Character.toLowerCase(b.charAt(0)));
        }
        return b.toString();
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
        if (len > 4 && !t.has(i, Tokens.CAP) && keep.get(h) == LongIntMap.MISSING) {
            char a = text.charAt(e - 2);
            char b = text.charAt(e - 1);
            if ((a == 'e' && b == 'd') || (a == 'l' && b == 'y')) {
                return false; // "delivered", "closely": verbs and adverbs are not subjects
            }
        }
        return true;
    }
}
