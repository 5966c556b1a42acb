package io.pressflow.ingest.feed;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML from a feed reduced to the statement's text: scripts and styles dropped, entities decoded,
 * paragraphs and list items on lines of their own (the extractor's sentence and headline rules
 * depend on those breaks), runs of white space inside a paragraph as one space.
 */
public final class HtmlText {
    private HtmlText() {}

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "figure", "figcaption", "hr", "address");

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, template, iframe").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendInline(out, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        paragraphBreak(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(out);
                }
            }
        }, doc.body());
        return out.toString().strip();
    }

    /** Text as plain text (no markup to strip), white space tidied the same way. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").strip();
    }

    private static void appendInline(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (!space) {
                out.append(c);
            } else if (!out.isEmpty() && !endsWithSpaceOrBreak(out)) {
                out.append(' ');
            }
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.isEmpty()) {
            return;
        }
        int trailing = 0;
        while (trailing < 2 && trailing < out.length() && out.charAt(out.length() - 1 - trailing) == '\n') {
            trailing++;
        }
        out.append("\n".repeat(2 - trailing));
    }

    private static boolean endsWithSpaceOrBreak(StringBuilder out) {
        char last = out.charAt(out.length() - 1);
        return last == ' ' || last == '\n';
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
