package io.pressflow.extract.quote;

import io.pressflow.extract.DatePrefix;
import io.pressflow.extract.Statement;
import io.pressflow.extract.text.Tokenizer;
import io.pressflow.extract.text.Tokens;
import java.util.List;

/**
 * Finds quotes and reported speech and attributes each to its speaker.
 * Offsets are Java char indexes into the statement text; {@link io.pressflow.extract.Extractor}
 * converts them to code points once for every consumer.
 *
 * <p>One pass builds the token stream; quote marks, cues and names are all read from it. No model,
 * no backtracking regular expression: the cost is linear in the text.
 */
public final class QuoteExtractor {

    /** Thread-safe; build once and share. */
    public QuoteExtractor() {}

    public List<Quote> extract(Statement statement) {
        String text = statement.text();
        Tokens t = Tokenizer.tokenize(text, DatePrefix.end(text));
        return extract(t);
    }

    /** the same over tokens another component already made */
    public List<Quote> extract(Tokens t) {
        if (t.size() == 0) {
            return List.of();
        }
        List<QuoteMarks.Span> spans = QuoteMarks.find(t);
        boolean[] quoted = new boolean[t.size()];
        for (QuoteMarks.Span s : spans) {
            int last = s.close() < 0 ? s.last() : s.close();
            for (int k = s.open(); k <= last; k++) {
                quoted[k] = true;
            }
        }
        int headline = headlineEnd(t);
        return new Attributor(t, spans, quoted, headline, titleCase(t, headline) ? headline : 0).run();
    }

    /** a headline written in title case gives no reliable names */
    static boolean titleCase(Tokens t, int headlineEnd) {
        int longWords = 0;
        int caps = 0;
        for (int i = 0; i < headlineEnd; i++) {
            if (t.isWord(i) && t.length(i) >= 4) {
                longWords++;
                if (t.isCap(i)) {
                    caps++;
                }
            }
        }
        return longWords >= 3 && caps * 10 >= longWords * 8;
    }

    /**
     * One past the last token of the headline, or 0. A first paragraph that is short, and either has
     * no terminal stop but the last or writes most long words capitalised, reads as a headline.
     */
    static int headlineEnd(Tokens t) {
        if (t.paragraphs() < 2) {
            return 0;
        }
        int pe = t.paragraphEnd(0);
        if (t.end(pe - 1) - t.start(0) > 250) {
            return 0;
        }
        int longWords = 0;
        int caps = 0;
        for (int i = 0; i < pe; i++) {
            if (t.isWord(i) && t.length(i) >= 4) {
                longWords++;
                if (t.isCap(i)) {
                    caps++;
                }
            }
        }
        boolean titleCase = longWords > 0 && caps * 10 >= longWords * 7;
        boolean oneSentence = t.sentence(pe - 1) == t.sentence(0);
        return titleCase || (oneSentence && t.end(pe - 1) - t.start(0) < 120) ? pe : 0;
    }
}
