package io.pressflow.extract.quote;

import io.pressflow.extract.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quote marks into quoted spans, paragraph by paragraph, so that a mark left open can at
 * worst reach the end of its own paragraph. A paragraph that ends inside a quote continues it only
 * when the next paragraph opens with a mark (the newsroom convention for long quotes).
 */
final class QuoteMarks {
    private QuoteMarks() {}

    /**
     * One quoted stretch.
     *
     * @param open      token index of the opening mark
     * @param close     token index of the closing mark, or -1 when the quote runs on into the next paragraph
     * @param first     first token inside the marks
     * @param last      last token inside the marks (inclusive)
     * @param continued the previous paragraph's quote runs on into this one
     * @param single    made of single marks
     */
    record Span(int open, int close, int first, int last, boolean continued, boolean single) {
        /** first token after the quote, or the paragraph end when it runs on */
        int after() {
            return close < 0 ? last + 1 : close + 1;
        }
    }

    private static final int OPEN = 1;
    private static final int CLOSE = 2;
    private static final int EITHER = 3;

    static List<Span> find(Tokens t) {
        List<Span> out = new ArrayList<>();
        boolean continued = false;
        boolean singleContinued = false;
        boolean singlesFirst = singlesFirst(t);
        for (int p = 0; p < t.paragraphs(); p++) {
            int ps = t.paragraphStart(p);
            int pe = t.paragraphEnd(p);
            int before = out.size();
            continued = doubles(t, ps, pe, p, continued, out);
            boolean headline = p == 0 && t.paragraphs() > 1 && t.end(pe - 1) - t.start(ps) < 300;
            if (headline || singlesFirst) {
                singleContinued = singles(t, ps, pe, out, before, singlesFirst && !headline, singleContinued);
            }
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        if (singlesFirst) {
            dropNestedDoubles(out);
        }
        return out;
    }

    /**
     * Whether the house style quotes with single marks (British: 'We will win,' he said), double ones
     * kept for a quote inside a quote: no double marks at all, or more single marks opening a word than
     * double marks of any kind.
     */
    private static boolean singlesFirst(Tokens t) {
        int doubles = 0;
        int singleOpeners = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != Tokens.MARK) {
                continue;
            }
            if (isDouble(t, i)) {
                doubles++;
            } else if (isSingle(t, i) && t.first(i) != '\u2019' && direction(t, i, t.first(i)) == OPEN) {
                singleOpeners++;
            }
        }
        return doubles == 0 || singleOpeners >= 3 && singleOpeners > doubles;
    }

    /** in a single-mark style, a double-marked span inside a single-marked one is a quote within the quote */
    private static void dropNestedDoubles(List<Span> out) {
        int singleReach = -1; // the furthest close of a single span opened so far (spans are in order of opening)
        List<Span> kept = new ArrayList<>(out.size());
        for (Span s : out) {
            if (s.single()) {
                singleReach = Math.max(singleReach, s.close());
                kept.add(s);
            } else if (s.open() > singleReach) {
                kept.add(s);
            }
        }
        out.clear();
        out.addAll(kept);
    }

    static boolean isDouble(Tokens t, int i) {
        if (t.length(i) == 2) {
            return true; // '' or ``
        }
        char c = t.first(i);
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\u00AB'
                || c == '\u00BB' || c == '\u2033';
    }

    static boolean isSingle(Tokens t, int i) {
        if (t.length(i) != 1) {
            return false;
        }
        char c = t.first(i);
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B' || c == '\u2039' || c == '\u203A';
    }

    /** pairs the double marks of one paragraph; returns whether the quote runs on into the next */
    private static boolean doubles(Tokens t, int ps, int pe, int p, boolean continued, List<Span> out) {
        int open = -1;
        boolean openContinued = false;
        char openChar = 0;
        int nested = -1;
        for (int i = ps; i < pe; i++) {
            if (t.kind(i) != Tokens.MARK || !isDouble(t, i)) {
                continue;
            }
            char c = t.first(i);
            int dir = direction(t, i, c);
            if (nested >= 0) {
                if (c != '"' && dir != OPEN) {
                    add(t, nested, i, false, false, out);
                    nested = -1;
                }
                continue;
            }
            if (open >= 0 && openChar == '"' && c != '"' && dir == OPEN) {
                // "He read out the question: “...” and went on": curly marks nested in straight ones
                nested = i;
                continue;
            }
            if (open < 0) {
                if (dir == CLOSE && !(continued && i == ps)) {
                    continue; // a stray closing mark opens nothing
                }
                open = i;
                openChar = c;
                openContinued = continued && i == ps;
                continue;
            }
            boolean closes = dir != OPEN
                    || (openChar == '\u201E' && c == '\u201C') // „German“
                    // a second opening mark glued to the word before it closes: "...percent.“" (a typo'd “)
                    || (dir == OPEN && t.length(i) == 1 && c == openChar && (c == '"' || c == '\u201C') && !t.has(i, Tokens.SPACE_BEFORE));
            if (closes) {
                add(t, open, i, openContinued, false, out);
                open = -1;
            } else {
                open = i; // a second opening mark: the first one was never closed, drop it
                openChar = c;
                openContinued = false;
            }
        }
        if (open >= 0 && opensClause(t, open)) {
            int next = pe;
            if (next < t.size() && t.kind(next) == Tokens.MARK && isDouble(t, next) && direction(t, next, t.first(next)) != CLOSE
                    && sameStyle(openChar, t.first(next))) {
                add(t, open, -1, openContinued, false, out, pe - 1);
                return true;
            }
        }
        return false;
    }

    /**
     * A long quote reopens each paragraph with the mark it opened with. A straight mark left open
     * before a paragraph that opens with a curly one is a stray (a pasted fragment), not a run-on.
     */
    private static boolean sameStyle(char open, char next) {
        return (open == '"') == (next == '"');
    }

    /** a quote that runs on over paragraphs opens its own sentence, or follows a colon or comma */
    private static boolean opensClause(Tokens t, int open) {
        if (t.has(open, Tokens.PARA_START) || t.has(open, Tokens.SENT_START)) {
            return true;
        }
        int p = open - 1;
        return t.is(p, ':') || t.is(p, ',') || t.is(p, '\u2014');
    }

    /**
     * Singles outside any double span of this paragraph: headlines and single-mark house styles. In a
     * house style a quote may be long and run on into the next paragraph when that one reopens with a
     * single mark, as double-mark quotes do; elsewhere a single-marked span stays short (40 tokens), as
     * an apostrophe is likelier than a long quote. Returns whether the quote runs on.
     */
    private static boolean singles(Tokens t, int ps, int pe, List<Span> out, int firstOfParagraph, boolean houseStyle,
            boolean continued) {
        int reach = houseStyle ? 200 : 40;
        int open = -1;
        boolean openContinued = false;
        for (int i = ps; i < pe; i++) {
            if (insideAny(out, firstOfParagraph, i)) {
                continue;
            }
            if (t.kind(i) != Tokens.MARK || !isSingle(t, i)) {
                continue;
            }
            char c = t.first(i);
            int dir = direction(t, i, c);
            if (open < 0) {
                if (dir != CLOSE && c != '\u2019' && i + 1 < pe && t.kind(i + 1) == Tokens.WORD) {
                    open = i;
                    openContinued = continued && i == ps;
                }
            } else if (dir != OPEN) {
                if (i - open > reach) {
                    open = -1;
                    continue;
                }
                add(t, open, i, openContinued, true, out);
                open = -1;
            }
        }
        if (houseStyle && open >= 0 && opensClause(t, open) && pe + 1 < t.size() && t.kind(pe) == Tokens.MARK && isSingle(t, pe)
                && t.first(pe) != '\u2019' && direction(t, pe, t.first(pe)) != CLOSE && t.kind(pe + 1) == Tokens.WORD) {
            add(t, open, -1, openContinued, true, out, pe - 1);
            return true;
        }
        return false;
    }

    private static boolean insideAny(List<Span> out, int from, int i) {
        for (int k = from; k < out.size(); k++) {
            Span s = out.get(k);
            if (i >= s.open() && (s.close() < 0 ? i <= s.last() : i <= s.close())) {
                return true;
            }
        }
        return false;
    }

    private static void add(Tokens t, int open, int close, boolean continued, boolean single, List<Span> out) {
        add(t, open, close, continued, single, out, close - 1);
    }

    private static void add(Tokens t, int open, int close, boolean continued, boolean single, List<Span> out, int last) {
        int first = open + 1;
        if (first > last) {
            return;
        }
        boolean words = false;
        for (int k = first; k <= last && !words; k++) {
            words = t.kind(k) == Tokens.WORD || t.kind(k) == Tokens.NUMBER;
        }
        if (words) {
            out.add(new Span(open, close, first, last, continued, single));
        }
    }

    /**
     * Which way a mark faces. Curly and angle marks say so themselves (a right mark glued to the
     * following word still closes); straight marks are read from the spaces around them.
     */
    private static int direction(Tokens t, int i, char c) {
        switch (c) {
            case '\u201C': case '\u201E': case '\u201F': case '\u00AB': case '\u2018': case '\u201A': case '\u201B': case '\u2039':
                return OPEN;
            case '\u201D': case '\u00BB': case '\u203A':
                return CLOSE;
            case '\u2019':
                return openContext(t, i) && !closeContext(t, i) ? EITHER : CLOSE;
            default:
                boolean o = openContext(t, i);
                boolean cl = closeContext(t, i);
                if (o && !cl) {
                    return OPEN;
                }
                if (cl && !o) {
                    return CLOSE;
                }
                return EITHER;
        }
    }

    /** space or an opening bracket or dash before, a word (or mark) right after */
    private static boolean openContext(Tokens t, int i) {
        boolean before = t.has(i, Tokens.SPACE_BEFORE) || i == 0 || opener(t, i - 1);
        boolean after = i + 1 < t.size() && !t.has(i + 1, Tokens.SPACE_BEFORE) && !t.has(i + 1, Tokens.PARA_START)
                && !closerPunct(t, i + 1);
        return before && after;
    }

    /** no space before, and space or punctuation or the end after */
    private static boolean closeContext(Tokens t, int i) {
        boolean before = !t.has(i, Tokens.SPACE_BEFORE) && i > 0 && !opener(t, i - 1);
        boolean after = i + 1 >= t.size() || t.has(i + 1, Tokens.SPACE_BEFORE) || t.has(i + 1, Tokens.PARA_START)
                || closerPunct(t, i + 1) || t.kind(i + 1) == Tokens.MARK;
        return before && after;
    }

    private static boolean opener(Tokens t, int i) {
        if (t.kind(i) != Tokens.PUNCT) {
            return false;
        }
        char c = t.first(i);
        return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '-' || c == '/' || c == '\u2015';
    }

    private static boolean closerPunct(Tokens t, int i) {
        if (t.kind(i) != Tokens.PUNCT) {
            return false;
        }
        char c = t.first(i);
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '\u2014' || c == '\u2013' || c == '\u2026';
    }
}
