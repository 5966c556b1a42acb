package io.pressflow.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The raw newsroom text format may open with {@code date YYYY-MM-DD} on its first line. This reads
 * that prefix without changing the text, so offsets stay those of the text as received.
 */
public final class DatePrefix {
    private DatePrefix() {}

    /** The date of a leading {@code date YYYY-MM-DD} (leading blanks allowed), if there is one. */
    public static Optional<LocalDate> find(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (!text.startsWith("date ", i) || i + 15 > n) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(i + 5, i + 15)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Char index just past the prefix and its trailing blanks, or 0 when there is none. */
    public static int end(String text) {
        if (find(text).isEmpty()) {
            return 0;
        }
        int i = text.indexOf("date ") + 15;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
