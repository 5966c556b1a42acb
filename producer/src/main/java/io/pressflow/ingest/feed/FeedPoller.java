package io.pressflow.ingest.feed;

import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.read.ReadResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Polls RSS/Atom feeds and publishes each item once. The {@link Ingestor}'s accepted log is the
 * seen-set: an item already published with the same content is skipped, across restarts; an item
 * whose text changed (a corrected statement) is published again under the same id.
 */
public final class FeedPoller {
    /** Feeds are small; a document this size is a mistake. */
    static final long MAX_FEED_BYTES = 20L * 1024 * 1024;

    private final List<URI> feeds;
    private final Ingestor ingestor;
    private final HttpClient http;
    private final PrintWriter log;
    private final Duration ackTimeout;
    /** Rejected items are told once per run, not on every poll. */
    private final Set<String> reportedRejections = new HashSet<>();
    /** Validators of each feed's last full answer, so an unchanged feed is answered 304 and not parsed again. */
    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

    private record Validators(String etag, String lastModified) {}

    /** A full answer: the document and its validators (null when the server gave none). */
    private record Fetched(byte[] document, Validators validators) {}

    public FeedPoller(List<URI> feeds, Ingestor ingestor, PrintWriter log) {
        this(feeds, ingestor, log, Duration.ofSeconds(90));
    }

    public FeedPoller(List<URI> feeds, Ingestor ingestor, PrintWriter log, Duration ackTimeout) {
        this.feeds = List.copyOf(feeds);
        this.ingestor = ingestor;
        this.log = log;
        this.ackTimeout = ackTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** What one pass over every feed did. */
    public record Pass(int published, int seen, int rejected, int failed, int feedsFailed) {
        Pass plus(Pass o) {
            return new Pass(published + o.published, seen + o.seen, rejected + o.rejected, failed + o.failed,
                    feedsFailed + o.feedsFailed);
        }

        public boolean clean() {
            return failed == 0 && feedsFailed == 0;
        }
    }

    /** Fetches every feed once and publishes its new items; a feed that fails is reported and skipped. */
    public Pass pollOnce() throws InterruptedException {
        Pass total = new Pass(0, 0, 0, 0, 0);
        for (URI feed : feeds) {
            total = total.plus(poll(feed));
        }
        log.flush();
        return total;
    }

    /** Polls until interrupted or {@code keepGoing} says stop, every {@code interval}. */
    public void run(Duration interval, java.util.function.BooleanSupplier keepGoing) throws InterruptedException {
        while (keepGoing.getAsBoolean()) {
            Pass p = pollOnce();
            log.println("poll: " + p);
            log.flush();
            long until = System.nanoTime() + interval.toNanos();
            while (keepGoing.getAsBoolean() && System.nanoTime() < until) {
                Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            }
        }
    }

    private Pass poll(URI feed) throws InterruptedException {
        FeedItems.Parsed parsed;
        Fetched fetched;
        try {
            Optional<Fetched> changed = fetch(feed);
            if (changed.isEmpty()) {
                return new Pass(0, 0, 0, 0, 0); // 304: nothing new since the last pass
            }
            fetched = changed.get();
            parsed = FeedItems.parse(fetched.document(), feed.toString());
        } catch (IOException | com.rometools.rome.io.FeedException | RuntimeException e) {
            log.println("poll: " + feed + ": cannot read the feed: " + e.getMessage());
            return new Pass(0, 0, 0, 0, 1);
        }
        List<CompletableFuture<Ingestor.Outcome>> sent = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        int rejected = 0;
        for (ReadResult r : parsed.items()) {
            if (r instanceof ReadResult.Accepted a) {
                sent.add(ingestor.submit(a.statement()));
                origins.add(a.origin());
            } else {
                rejected++;
                if (reportedRejections.add(r.origin())) {
                    log.println("rejected " + ((ReadResult.Rejected) r).rejection());
                }
            }
        }
        int published = 0;
        int seen = 0;
        int failed = 0;
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < sent.size(); i++) {
            try {
                Ingestor.Outcome o = sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (o.duplicate()) {
                    seen++;
                } else {
                    published++;
                    log.println(o.id() + " -> " + o.partition() + "@" + o.offset());
                }
            } catch (ExecutionException | TimeoutException e) {
                // not recorded as seen, so the next poll tries it again
                failed++;
                log.println("failed " + origins.get(i) + ": not published: "
                        + (e instanceof ExecutionException ? e.getCause().getMessage() : "no acknowledgement in time"));
            }
        }
        // validators only once every item went out: a 304 must not hide an item still to be retried
        if (failed == 0 && fetched.validators() != null) {
            validators.put(feed, fetched.validators());
        } else {
            validators.remove(feed);
        }
        return new Pass(published, seen, rejected, failed, 0);
    }

    /** The feed's bytes, or empty when the server says it has not changed since the last full answer. */
    private Optional<Fetched> fetch(URI feed) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8")
                .header("User-Agent", "pressflow-poller")
                .GET();
        Validators known = validators.get(feed);
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() == 304 && known != null) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                out.write(buf, 0, n);
                if (out.size() > MAX_FEED_BYTES) {
                    throw new IOException("feed is over " + MAX_FEED_BYTES + " bytes");
                }
            }
            String etag = response.headers().firstValue("ETag").orElse(null);
            String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
            Validators v = etag != null || lastModified != null ? new Validators(etag, lastModified) : null;
            return Optional.of(new Fetched(out.toByteArray(), v));
        }
    }
}
