package io.pressflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.ingest.read.IncomingStatement;
import io.pressflow.ingest.read.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedItemsTest {
    private static final String URL = "http://127.0.0.1:1/rss.xml";

    private static IncomingStatement accepted(ReadResult r) {
        return ((ReadResult.Accepted) r).statement();
    }

    @Test
    void rssItemsBecomeStatementsWithGuidIdsFeedSourceAndDates() throws Exception {
        FeedItems.Parsed parsed = FeedItems.parse(Fixtures.rss("t", false).getBytes(StandardCharsets.UTF_8), URL);
        assertEquals("Harbour Board & Port Office", parsed.title());
        List<ReadResult> items = parsed.items();
        assertEquals(4, items.size());

        IncomingStatement first = accepted(items.get(0));
        assertEquals("https://harbour.example/press/t-1", first.id());
        assertEquals("Harbour Board & Port Office", first.source());
        assertEquals("Dredging of the inner basin approved", first.headline());
        assertEquals(LocalDate.of(2026, 3, 3), first.publishedDate());
        assertEquals("en-gb", first.language());
        assertEquals("The harbour board approved dredging of the inner basin on Tuesday.\n\n"
                + "\u201cLarger ferries can dock from next spring,\u201d chair Mira Holt said.", first.body());

        IncomingStatement second = accepted(items.get(1));
        assertEquals(URL + "#t-2", second.id(), "a bare guid is qualified with the feed's URL");
        assertTrue(second.body().startsWith("Night works\n\nRepairs on quay four"), second.body());
        assertTrue(second.body().contains("Lane one closed\n\nLane two open"), second.body());
        assertEquals(LocalDate.of(2026, 3, 4), second.publishedDate(), "23:10 at +01:00 is 22:10 UTC, same day");

        IncomingStatement third = accepted(items.get(2));
        assertEquals("https://harbour.example/press/t-3.html", third.id(), "no guid: the link");
        assertEquals(null, third.publishedDate());

        ReadResult fourth = items.get(3);
        assertTrue(fourth instanceof ReadResult.Rejected);
        assertTrue(fourth.origin().endsWith("#https://harbour.example/press/t-empty"), fourth.origin());
    }

    @Test
    void atomEntriesUseTheirIdsContentAndSummary() throws Exception {
        List<ReadResult> items = FeedItems.parse(Fixtures.atom("t").getBytes(StandardCharsets.UTF_8), URL).items();
        assertEquals(2, items.size());
        IncomingStatement a = accepted(items.get(0));
        assertEquals("urn:example:water:t:a", a.id());
        assertEquals("Regional Water Authority", a.source());
        assertEquals("https://water.example/news/t-a", a.url());
        assertEquals(LocalDate.of(2026, 4, 1), a.publishedDate());
        assertEquals("Reservoir levels rose to 84 percent after the March rain.\n\nHosepipe limits end on Monday.", a.body());
        IncomingStatement b = accepted(items.get(1));
        assertEquals("The authority will review household tariffs in June & publish them in July.", b.body());
        assertEquals(LocalDate.of(2026, 3, 28), b.publishedDate(), "no published date: the updated one");
    }

    @Test
    void aDoctypeIsRefusedSoExternalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Exception e = assertThrows(Exception.class,
                () -> FeedItems.parse(Fixtures.xxe(secret.toString()).getBytes(StandardCharsets.UTF_8), URL));
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET-VALUE"));
    }

    @Test
    void longOrBareGuidsGiveUsableIds() {
        assertEquals("urn:x:1", FeedItems.idFor("urn:x:1", URL));
        assertEquals(URL + "#42", FeedItems.idFor("42", URL));
        String id = FeedItems.idFor("https://x.example/" + "a".repeat(300), URL);
        assertTrue(id.startsWith("feed-") && id.length() == 21, id);
        assertEquals(id, FeedItems.idFor("https://x.example/" + "a".repeat(300), URL), "stable");
    }

    @Test
    void htmlIsReducedToParagraphText() {
        assertEquals("One two.\n\nThree\nfour.", HtmlText.toText("<p>One  <i>two</i>.</p><p>Three<br>four.</p><style>p{}</style>"));
        assertEquals("a & b", HtmlText.toText("a &amp; b"));
        assertEquals("", HtmlText.toText("<img src=x>"));
    }
}
