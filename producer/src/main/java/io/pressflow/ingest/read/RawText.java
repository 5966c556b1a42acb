package io.pressflow.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsroom's raw text format: an optional first-line {@code date YYYY-MM-DD} prefix, then the
 * text; a short first line without a closing full stop is taken as the headline. The body keeps the
 * text exactly as received (prefix included) so that extraction offsets match the original.
 */
final class RawText {
    private RawText() {}

    /** Longer first lines are paragraphs, not headlines. */
    static final int MAX_HEADLINE_CHARS = 200;

    private static final Pattern DATE_PREFIX =
            Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)[ \\t]*");
    /** Sentence end, possibly inside closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*\\z");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\A#{1,6}[ \\t]+");

    /** The parsed parts of one raw text, or the reason it cannot be a statement. */
    sealed interface Parsed {}

    record Parts(LocalDate date, String headline, String body) implements Parsed {}

    record Invalid(String reason) implements Parsed {}

    static Parsed parse(String received) {
        String text = stripBom(received);
        if (text.isBlank()) {
            return new Invalid("empty statement: no text");
        }
        Matcher m = DATE_PREFIX.matcher(text);
        LocalDate date = null;
        int afterPrefix = 0;
        if (m.find()) {
            try {
                date = LocalDate.parse(m.group(1));
            } catch (DateTimeException e) {
                return new Invalid("invalid date in the first-line 'date' prefix: " + m.group(1));
            }
            afterPrefix = m.end();
        }
        String rest = text.substring(afterPrefix);
        if (rest.isBlank()) {
            return new Invalid("empty statement: only a date line, no text");
        }
        return new Parts(date, headline(rest), text);
    }

    /** Date of a leading prefix, for JSON bodies that carry the raw format inside them. */
    static LocalDate datePrefix(String text) {
        Matcher m = DATE_PREFIX.matcher(stripBom(text));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The text without its date prefix, so the same words hash alike with or without one. */
    static String withoutDatePrefix(String text) {
        Matcher m = DATE_PREFIX.matcher(stripBom(text));
        return m.find() ? stripBom(text).substring(m.end()) : stripBom(text);
    }

    private static String headline(String rest) {
        String trimmed = rest.stripLeading();
        int eol = trimmed.indexOf('\n');
        if (eol < 0 || trimmed.substring(eol).isBlank()) {
            return null; // a single line is the statement itself, not its title
        }
        String first = MARKDOWN_HEADING.matcher(trimmed.substring(0, eol).strip()).replaceFirst("");
        if (first.isEmpty() || first.length() > MAX_HEADLINE_CHARS || SENTENCE_END.matcher(first).find()) {
            return null;
        }
        return first;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
