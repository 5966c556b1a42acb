package io.pressflow.extract.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressflow.extract.AnnotatedSets;
import io.pressflow.extract.Extractor;
import io.pressflow.extract.Statement;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extractor scored on the annotated sets in {@code src/test/resources/quality} (articles written for
 * the project; see the README there), every kind of quote at once. A predicted and a gold quote match
 * when they share at least half the words of the longer one (one-to-one, best overlap first); a matched
 * quote's speaker is right when it is the gold name, has the same last word, or one name's words contain
 * the other's (two words at least), ignoring case and accents. The floors sit a little under the figures
 * measured when they were set, so a rule that mends one construction and breaks others fails the build.
 */
class QuoteQualityTest {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Extractor EXTRACTOR = new Extractor();

    /** one annotated or predicted quote: span in code points, speaker or null */
    private record Span(int start, int end, String speaker) {}

    private static final class Tally {
        int gold;
        int predicted;
        int matched;
        int speakersScored;
        int speakersRight;

        double f1() {
            double p = predicted == 0 ? 0 : (double) matched / predicted;
            double r = gold == 0 ? 0 : (double) matched / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return speakersScored == 0 ? 0 : (double) speakersRight / speakersScored;
        }
    }

    @ParameterizedTest(name = "{0}: quote F1 >= {1}, speaker accuracy >= {2}")
    // measured when set (2026-11-27): set-a 0.924 / 0.981, set-b 0.942 / 0.925, set-c 0.932 / 0.922, set-d 0.925 / 0.926;
    // set-e and set-f (session 5, each scored once before any rule came from it): 0.919 / 0.975 and 0.900 / 0.866;
    // set-g (end of session 5, no rule from it yet): 0.966 / 0.899;
    // set-h (session 6, after rules from set-g's errors, then classes from its own): 0.905 / 0.937;
    // set-i (session 6, four small rules from it): 0.891 / 0.898 (its "said A and that B" is two spans: README)
    // set-j (session 7; 0.913 / 0.877 after the first three rules from it): 0.913 / 0.919
    // set-k (session 8, after one round of rules from its errors; scored unseen with the dev scorer first): 0.908 / 0.860
    // set-l (session 9, political news in PolNeAR's conventions, after two rounds of rules from its errors): 0.943 / 0.934
    // set-m (session 9, 2016-style US political coverage, PolNeAR's conventions, after one round of rules from it): 0.928 / 0.909
    // set-n (session 10, readouts, ministry statements and wire reports, after one round of rules from it): 0.961 / 0.950
    // set-o (session 10, one US campaign in twelve outlets' styles, headlines annotated, after two rounds): 0.924 / 0.911
    // set-p (session 10, Washington stories with shared family names, headlines annotated, after three rounds): 0.929 / 0.925
    // set-q (session 11, UK outlets across BBC's five sections, after one round of rules from it): 0.957 / 0.912
    // set-r (session 11, government readouts, briefings and statements, after two rounds): 0.804 / 0.912
    @CsvSource({"set-a.jsonl, 0.90, 0.95", "set-b.jsonl, 0.91, 0.90", "set-c.jsonl, 0.90, 0.90", "set-d.jsonl, 0.90, 0.90",
            "set-e.jsonl, 0.92, 0.92", "set-f.jsonl, 0.92, 0.89", "set-g.jsonl, 0.94, 0.87", "set-h.jsonl, 0.88, 0.90", "set-i.jsonl, 0.87, 0.87",
            "set-j.jsonl, 0.89, 0.89", "set-k.jsonl, 0.89, 0.84", "set-l.jsonl, 0.92, 0.90", "set-m.jsonl, 0.91, 0.88",
            "set-n.jsonl, 0.94, 0.92", "set-o.jsonl, 0.90, 0.88",
            "set-p.jsonl, 0.91, 0.88", "set-q.jsonl, 0.93, 0.89", "set-r.jsonl, 0.78, 0.87"})
    void quotesAndSpeakersStayAboveTheirFloors(String set, double minF1, double minSpeakers) throws IOException {
        Tally tally = new Tally();
        for (JsonNode doc : documents(set)) {
            score(doc, tally);
        }
        System.out.printf(Locale.ROOT, "%s: quote F1 %.4f (%d gold, %d predicted, %d matched), speaker accuracy %.4f (%d/%d)%n",
                set, tally.f1(), tally.gold, tally.predicted, tally.matched, tally.speakerAccuracy(),
                tally.speakersRight, tally.speakersScored);
        assertTrue(tally.gold > 100, "the set has its quotes");
        assertTrue(tally.f1() >= minF1, set + ": quote F1 " + tally.f1() + " < " + minF1);
        assertTrue(tally.speakerAccuracy() >= minSpeakers, set + ": speaker accuracy " + tally.speakerAccuracy() + " < " + minSpeakers);
    }

    private static void score(JsonNode doc, Tally tally) {
        String text = doc.get("text").asText();
        List<Span> gold = new ArrayList<>();
        for (JsonNode q : doc.get("quotes")) {
            gold.add(new Span(q.get("start").asInt(), q.get("end").asInt(), q.path("speaker").isTextual() ? q.get("speaker").asText() : null));
        }
        List<Span> predicted = new ArrayList<>();
        for (Quote q : EXTRACTOR.extract(new Statement(doc.get("id").asText(), text, null, "en")).quotes()) {
            predicted.add(new Span(q.start(), q.end(), q.speaker()));
        }
        double[] wordMiddles = wordMiddles(text);
        List<BitSet> g = gold.stream().map(s -> words(wordMiddles, s)).toList();
        List<BitSet> p = predicted.stream().map(s -> words(wordMiddles, s)).toList();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                BitSet shared = (BitSet) g.get(i).clone();
                shared.and(p.get(j));
                double overlap = (double) shared.cardinality() / Math.max(1, Math.max(g.get(i).cardinality(), p.get(j).cardinality()));
                if (overlap >= 0.5) {
                    pairs.add(new double[] {overlap, i, j});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((double[] x) -> x[0]).reversed());
        boolean[] goldUsed = new boolean[g.size()];
        boolean[] predUsed = new boolean[p.size()];
        for (double[] pair : pairs) {
            int i = (int) pair[1];
            int j = (int) pair[2];
            if (goldUsed[i] || predUsed[j]) {
                continue;
            }
            goldUsed[i] = true;
            predUsed[j] = true;
            tally.matched++;
            if (gold.get(i).speaker() != null) {
                tally.speakersScored++;
                tally.speakersRight += sameSpeaker(predicted.get(j).speaker(), gold.get(i).speaker()) ? 1 : 0;
            }
        }
        tally.gold += g.size();
        tally.predicted += p.size();
    }

    /** the middle of each word, in code points, in text order */
    private static double[] wordMiddles(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int a = text.codePointCount(0, m.start());
            int b = a + text.codePointCount(m.start(), m.end());
            out.add((a + b) / 2.0);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static BitSet words(double[] middles, Span s) {
        BitSet b = new BitSet(middles.length);
        int from = Arrays.binarySearch(middles, s.start());
        for (int i = from < 0 ? -from - 1 : from; i < middles.length && middles[i] < s.end(); i++) {
            b.set(i);
        }
        return b;
    }

    static boolean sameSpeaker(String predicted, String gold) {
        if (predicted == null) {
            return false;
        }
        List<String> p = nameWords(predicted);
        List<String> g = nameWords(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (p.equals(g) || p.get(p.size() - 1).equals(g.get(g.size() - 1))) {
            return true;
        }
        List<String> shorter = p.size() <= g.size() ? p : g;
        List<String> longer = shorter == p ? g : p;
        return shorter.size() >= 2 && longer.containsAll(shorter);
    }

    private static List<String> nameWords(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<JsonNode> documents(String set) throws IOException {
        return AnnotatedSets.read("/quality/" + set);
    }
}
