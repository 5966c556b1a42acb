package io.pressflow.dashboard.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A speaker's latest quotes, newest first, at most {@link #LIMIT}: the store stays small per key. */
public record RecentQuotes(List<QuoteView> quotes) {
    public static final int LIMIT = 50;
    public static final RecentQuotes NONE = new RecentQuotes(List.of());

    /** Newest first by record time; ties keep statement order. */
    public static final Comparator<QuoteView> NEWEST_FIRST = Comparator.comparingLong(QuoteView::at).reversed()
            .thenComparing(QuoteView::statementId).thenComparingInt(QuoteView::index);

    public RecentQuotes {
        quotes = List.copyOf(quotes);
    }

    public RecentQuotes add(QuoteView q) {
        return addAll(List.of(q));
    }

    public RecentQuotes addAll(List<QuoteView> qs) {
        List<QuoteView> next = new ArrayList<>(quotes.size() + qs.size());
        next.addAll(qs);
        next.addAll(quotes);
        next.sort(NEWEST_FIRST);
        return new RecentQuotes(next.size() > LIMIT ? next.subList(0, LIMIT) : next);
    }
}
