package io.pressflow.dashboard.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A speaker's latest quotes, newest first, at most {@link #LIMIT}: the store stays small per key.
 *
 * <p>Not a record: the quotes are held as {@link EncodedQuote} slices of the stored bytes, because
 * the aggregate is read, merged and written back on every statement that quotes the speaker and
 * decoding 50 quotes' strings each time was most of the dashboard's CPU. {@link #quotes()} decodes
 * them when asked. Equality is by the quotes, as for the record it replaces.
 */
public final class RecentQuotes {
    public static final int LIMIT = 50;
    public static final RecentQuotes NONE = new RecentQuotes(List.of());

    /** Newest first by record time; ties keep statement order. */
    public static final Comparator<QuoteView> NEWEST_FIRST = Comparator.comparingLong(QuoteView::at).reversed()
            .thenComparing(QuoteView::statementId).thenComparingInt(QuoteView::index);

    private final List<EncodedQuote> entries;
    private volatile List<QuoteView> quotes;

    /** The quotes as given (not sorted nor cut), like the record's constructor. */
    @JsonCreator
    public RecentQuotes(@JsonProperty("quotes") List<QuoteView> quotes) {
        List<QuoteView> copy = List.copyOf(quotes);
        List<EncodedQuote> encoded = new ArrayList<>(copy.size());
        copy.forEach(q -> encoded.add(EncodedQuote.of(q)));
        this.entries = List.copyOf(encoded);
        this.quotes = copy;
    }

    private RecentQuotes(EncodedQuote[] entries) {
        this.entries = List.of(entries);
    }

    /** Quotes read from a stored value, in its order. */
    static RecentQuotes ofEncoded(EncodedQuote[] entries) {
        return new RecentQuotes(entries);
    }

    /** The quotes in their bytes, for {@link CompactSerde} to write. */
    List<EncodedQuote> entries() {
        return entries;
    }

    @JsonProperty("quotes")
    public List<QuoteView> quotes() {
        List<QuoteView> q = quotes;
        if (q == null) {
            List<QuoteView> decoded = new ArrayList<>(entries.size());
            entries.forEach(e -> decoded.add(e.view()));
            q = List.copyOf(decoded);
            quotes = q;
        }
        return q;
    }

    public RecentQuotes add(QuoteView q) {
        return addAll(List.of(q));
    }

    /**
     * The newest {@link #LIMIT} of these quotes and the new ones, by {@link #NEWEST_FIRST}. Only the
     * new quotes are encoded; the kept ones stay bytes. The sort is stable with the new quotes
     * first, so a quote seen again lands where the old list-based version put it.
     */
    public RecentQuotes addAll(List<QuoteView> qs) {
        EncodedQuote[] all = new EncodedQuote[qs.size() + entries.size()];
        int i = 0;
        for (QuoteView q : qs) {
            all[i++] = EncodedQuote.of(q);
        }
        for (EncodedQuote e : entries) {
            all[i++] = e;
        }
        Arrays.sort(all, EncodedQuote.NEWEST_FIRST);
        return new RecentQuotes(all.length > LIMIT ? Arrays.copyOf(all, LIMIT) : all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecentQuotes r && quotes().equals(r.quotes());
    }

    @Override
    public int hashCode() {
        return quotes().hashCode();
    }

    @Override
    public String toString() {
        return "RecentQuotes[quotes=" + quotes() + "]";
    }
}
