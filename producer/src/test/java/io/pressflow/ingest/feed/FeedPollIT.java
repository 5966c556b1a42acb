package io.pressflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.LocalStack;
import io.pressflow.ingest.TopicRecords;
import io.pressflow.ingest.dedupe.AcceptedLog;
import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feed polling against feeds served from 127.0.0.1, published to the real embedded broker and registry. */
class FeedPollIT {
    private static final String TOPIC = "it.feeds";

    @TempDir
    static Path dir;

    static LocalStack stack;
    static HttpServer feeds;
    /** Path -> document currently served there. */
    static final Map<String, String> documents = new ConcurrentHashMap<>();
    static final AtomicInteger notModified = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        stack = LocalStack.start(new LocalStack.Options(dir.resolve("stack"), null, List.of(new NewTopic(TOPIC, 3, (short) 1))));
        feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        feeds.createContext("/", exchange -> {
            try (exchange) {
                String doc = documents.get(exchange.getRequestURI().getPath());
                if (doc == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String etag = "\"" + Integer.toHexString(doc.hashCode()) + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body = doc.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        feeds.start();
    }

    @AfterAll
    static void stop() {
        if (feeds != null) {
            feeds.stop(0);
        }
        if (stack != null) {
            stack.close();
        }
    }

    static URI feed(String path) {
        return URI.create("http://127.0.0.1:" + feeds.getAddress().getPort() + path);
    }

    /** One poller "process": its own publisher and accepted log over the given file. */
    static FeedPoller.Pass pollOnce(Path seenFile, StringWriter log, URI... urls) throws Exception {
        try (StatementPublisher publisher = new StatementPublisher(
                PublisherConfig.of(stack.bootstrapServers(), stack.schemaRegistryUrl()).withTopic(TOPIC));
                AcceptedLog seen = AcceptedLog.open(seenFile)) {
            return new FeedPoller(List.of(urls), new Ingestor(publisher, seen), new PrintWriter(log, true)).pollOnce();
        }
    }

    static List<ConsumerRecord<String, PressStatement>> topic() {
        return TopicRecords.readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), TOPIC);
    }

    @Test
    void itemsArePublishedOnceAcrossRestartsAndNewItemsAreTaken() throws Exception {
        documents.put("/a/rss.xml", Fixtures.rss("restart", false));
        documents.put("/a/atom.xml", Fixtures.atom("restart"));
        Path seen = dir.resolve("seen-a.tsv");
        StringWriter log = new StringWriter();

        FeedPoller.Pass first = pollOnce(seen, log, feed("/a/rss.xml"), feed("/a/atom.xml"));
        assertEquals(new FeedPoller.Pass(5, 0, 1, 0, 0), first, log.toString());
        assertTrue(log.toString().contains("rejected") && log.toString().contains("restart-empty"), log.toString());

        // a new process on the same seen-set: nothing again
        FeedPoller.Pass second = pollOnce(seen, new StringWriter(), feed("/a/rss.xml"), feed("/a/atom.xml"));
        assertEquals(new FeedPoller.Pass(0, 5, 1, 0, 0), second);

        documents.put("/a/rss.xml", Fixtures.rss("restart", true));
        FeedPoller.Pass third = pollOnce(seen, new StringWriter(), feed("/a/rss.xml"), feed("/a/atom.xml"));
        assertEquals(new FeedPoller.Pass(1, 5, 1, 0, 0), third);

        List<ConsumerRecord<String, PressStatement>> records = topic();
        for (String id : List.of("https://harbour.example/press/restart-1", feed("/a/rss.xml") + "#restart-2",
                "https://harbour.example/press/restart-3.html", "https://harbour.example/press/restart-4",
                "urn:example:water:restart:a", "urn:example:water:restart:b")) {
            assertEquals(1, TopicRecords.countKey(records, id), id);
        }
        PressStatement dredging = records.stream().filter(r -> r.key().equals("https://harbour.example/press/restart-1"))
                .findFirst().orElseThrow().value();
        assertEquals("Harbour Board & Port Office", dredging.getSource());
        assertEquals("Dredging of the inner basin approved", dredging.getHeadline());
        assertEquals(LocalDate.of(2026, 3, 3), dredging.getPublishedDate());
        assertEquals("https://harbour.example/press/restart-1.html", dredging.getUrl());
        assertFalse(dredging.getBody().contains("<"), dredging.getBody());
        assertFalse(dredging.getBody().contains("track()"), "scripts are not text");
    }

    @Test
    void aFeedThatCannotBeReadIsReportedAndTheOthersStillPublish() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        documents.put("/b/xxe.xml", Fixtures.xxe(secret.toString()));
        documents.put("/b/atom.xml", Fixtures.atom("second"));
        StringWriter log = new StringWriter();
        FeedPoller.Pass pass = pollOnce(dir.resolve("seen-b.tsv"), log, feed("/b/xxe.xml"), feed("/b/missing.xml"), feed("/b/atom.xml"));
        assertEquals(new FeedPoller.Pass(2, 0, 0, 0, 2), pass, log.toString());
        assertTrue(log.toString().contains("/b/missing.xml: cannot read the feed: HTTP 404"), log.toString());
        List<ConsumerRecord<String, PressStatement>> records = topic();
        assertTrue(records.stream().noneMatch(r -> r.value().getBody().contains("TOP-SECRET-VALUE")));
        assertEquals(0, TopicRecords.countKey(records, "https://bad.example/1"));
    }

    @Test
    void aChangedItemIsPublishedAgainAsACorrection() throws Exception {
        Path seen = dir.resolve("seen-c.tsv");
        documents.put("/c/atom.xml", Fixtures.atom("corr"));
        assertEquals(2, pollOnce(seen, new StringWriter(), feed("/c/atom.xml")).published());
        documents.put("/c/atom.xml", Fixtures.atom("corr").replace("84 percent", "85 percent"));
        FeedPoller.Pass again = pollOnce(seen, new StringWriter(), feed("/c/atom.xml"));
        assertEquals(1, again.published());
        assertEquals(1, again.seen());
        assertEquals(2, TopicRecords.countKey(topic(), "urn:example:water:corr:a"));
    }
    @Test
    void anUnchangedFeedIsAnswered304AndNotParsedAgain() throws Exception {
        documents.put("/d/atom.xml", Fixtures.atom("etag"));
        try (StatementPublisher publisher = new StatementPublisher(
                PublisherConfig.of(stack.bootstrapServers(), stack.schemaRegistryUrl()).withTopic(TOPIC));
                AcceptedLog seen = AcceptedLog.open(dir.resolve("seen-d.tsv"))) {
            FeedPoller poller = new FeedPoller(List.of(feed("/d/atom.xml")), new Ingestor(publisher, seen), new PrintWriter(new StringWriter()));
            assertEquals(new FeedPoller.Pass(2, 0, 0, 0, 0), poller.pollOnce());
            int before = notModified.get();
            assertEquals(new FeedPoller.Pass(0, 0, 0, 0, 0), poller.pollOnce(), "not modified: no item looked at");
            assertEquals(before + 1, notModified.get());
            documents.put("/d/atom.xml", Fixtures.atom("etag").replace("84 percent", "86 percent"));
            assertEquals(new FeedPoller.Pass(1, 1, 0, 0, 0), poller.pollOnce());
        }
    }
}
