package io.pressflow.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.pressflow.ingest.identity.StatementIdentity;
import io.pressflow.ingest.read.IncomingStatement;
import io.pressflow.ingest.read.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * An RSS or Atom document as statements, one per item: id from the item's guid (Atom: id), else
 * its link; source the feed's title (else its URL); published date from the item; HTML reduced to
 * text. An item without any text is a rejection, reported with its guid.
 */
public final class FeedItems {
    private FeedItems() {}

    /** Same limit as JSON ids: ids travel as Kafka keys. */
    static final int MAX_ID_CHARS = 200;

    /** The statements of one feed document. */
    public record Parsed(String title, List<ReadResult> items) {}

    public static Parsed parse(byte[] xml, String feedUrl) throws FeedException, IOException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // no DOCTYPE, so no external entities (XXE) and no entity expansion
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(xml))) {
            feed = input.build(reader);
        }
        String title = clean(feed.getTitle());
        String source = title.isEmpty() ? feedUrl : title;
        List<ReadResult> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            items.add(item(entry, n, feedUrl, source, feed.getLanguage()));
        }
        return new Parsed(source, items);
    }

    private static ReadResult item(SyndEntry entry, int n, String feedUrl, String source, String language) {
        String guid = firstNonBlank(entry.getUri(), entry.getLink());
        String origin = feedUrl + "#" + (guid == null ? "item-" + n : guid);
        String headline = clean(entry.getTitle());
        String body = body(entry);
        if (body.isBlank()) {
            return ReadResult.rejected(origin, "feed item has no text (no content or description)");
        }
        String id = guid == null ? null : idFor(guid, feedUrl);
        LocalDate published = date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
        return ReadResult.accepted(new IncomingStatement(origin, id, source, entry.getLink(),
                headline.isEmpty() ? null : headline, body, language, published,
                body.getBytes(StandardCharsets.UTF_8).length));
    }

    /**
     * The guid when it names the item globally (a URI or URN) and fits a key; a bare guid such as
     * "42" is only unique within its feed, so it is qualified with the feed's URL; anything too long
     * or unprintable becomes {@code feed-} + a hash of it.
     */
    static String idFor(String guid, String feedUrl) {
        String g = guid.strip();
        String id = g.contains(":") ? g : feedUrl + "#" + g;
        if (id.length() > MAX_ID_CHARS || id.chars().anyMatch(Character::isISOControl)) {
            return "feed-" + StatementIdentity.contentHash(null, id).substring(0, StatementIdentity.DERIVED_HEX_CHARS);
        }
        return id;
    }

    /** The fullest text an item has: its content (content:encoded, Atom content), else its description. */
    private static String body(SyndEntry entry) {
        for (SyndContent c : entry.getContents()) {
            String text = text(c);
            if (!text.isBlank()) {
                return text;
            }
        }
        return entry.getDescription() == null ? "" : text(entry.getDescription());
    }

    private static String text(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        boolean plain = type.equals("text") || type.equals("text/plain");
        return plain ? HtmlText.plain(c.getValue()) : HtmlText.toText(c.getValue());
    }

    /** Titles may carry entities or markup too. */
    private static String clean(String s) {
        return s == null ? "" : HtmlText.toText(s).replace('\n', ' ').strip();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }
}
