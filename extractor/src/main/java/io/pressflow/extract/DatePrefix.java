package io.pressflow.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
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
        // read by hand: every extraction asks, and DateTimeFormatter costs more than the rest of the
        // prefix. Ten chars in ISO_LOCAL_DATE are exactly four, two and two ASCII digits with dashes.
        int year = digits(text, i + 5, 4);
        int month = digits(text, i + 10, 2);
        int day = digits(text, i + 13, 2);
        if (year < 0 || month < 0 || day < 0 || text.charAt(i + 9) != '-' || text.charAt(i + 12) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // no such day: 2025-02-30
        }
    }

    /** the number written by {@code count} ASCII digits at {@code from}, or -1 */
    private static int digits(String text, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
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
