package io.pressflow.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.LocalStack;
import io.pressflow.topology.StatementMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two streams instances in one JVM (same application.id, own state dirs and HTTP ports) on one
 * embedded stack: every API answers the same, and correctly, from either instance, for keys either
 * one owns; when one leaves, the other restores its stores from the changelogs and answers alone;
 * when it comes back on its old state dir, the work is shared again with the same answers.
 */
class TwoInstancesApiIT {
    private static final String[] MINISTERS = {
        "Lena Sorensen", "Daniel Mbeki", "Ivo Petrov", "Maria Okafor", "Tomas Lindqvist", "Aiko Tanaka",
        "Rafael Costa", "Nadia Haddad", "Pieter Van Dam", "Grace Mensah", "Oskar Nowak", "Elena Rossi",
        "Samir Khalil", "Hanna Virtanen", "Jonas Berg", "Lucia Moreno"
    };
    private static final String[] CITIES = {"Bergen", "Sofia", "Lagos", "Porto", "Turku", "Krakow"};

    @TempDir
    static Path dir;

    static LocalStack stack;
    static String appId;
    static TestStack.Node a;
    static TestStack.Node b;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start(dir);
        appId = "dash-two-" + UUID.randomUUID().toString().substring(0, 6);
        a = TestStack.Node.start(stack, appId, dir.resolve("state-a"));
        b = TestStack.Node.start(stack, appId, dir.resolve("state-b"));
        TestStack.eventually(Duration.ofSeconds(120), () -> {
            for (TestStack.Node n : List.of(a, b)) {
                assertEquals(KafkaStreams.State.RUNNING, n.app().state());
                assertEquals(2, n.app().dashboard().orElseThrow().metadataForAllStreamsClients().size(), "both instances in the metadata");
                assertTrue(n.app().dashboard().orElseThrow().metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty()),
                        "each instance holds tasks");
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {b, a, stack}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void everyApiAnswersFromEitherInstanceAndSurvivesAnInstanceLeaving() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        // Speakers and statement ids chosen so that each instance owns some of both: every
        // key question is forwarded at least once from each side.
        List<String> names = pickCoveringBothInstances(DashboardTopology.SPEAKER_QUOTES_STORE, List.of(MINISTERS),
                n -> StatementMapping.speakerId(n), 6);
        Map<String, PressStatement> statements = new LinkedHashMap<>();
        Map<String, String> speakerOf = new HashMap<>();
        int i = 0;
        Set<String> statementOwners = new HashSet<>();
        for (String name : names) {
            String id = "two-" + run + "-" + i;
            for (int k = 0; statementOwners.size() < 2 && k < 50 && statementOwners.contains(owner(DashboardTopology.STATEMENTS_STORE, id)); k++) {
                id = "two-" + run + "-" + i + "-" + k;
            }
            statementOwners.add(owner(DashboardTopology.STATEMENTS_STORE, id));
            String source = i % 2 == 0 ? "desk-a" : "desk-b";
            statements.put(id, TestStack.statement(id, source, TestStack.quoteBody(name, CITIES[i % CITIES.length],
                    "We will open the new " + CITIES[i % CITIES.length] + " office next week")));
            speakerOf.put(id, StatementMapping.speakerId(name));
            i++;
        }
        assertEquals(2, statementOwners.size(), "statements on both instances");
        TestStack.publish(stack, statements);
        TestStack.publishPoison(stack, "poison-" + run);
        TestStack.publish(stack, Map.of("empty-" + run, TestStack.statement("empty-" + run, "desk-a", " ")));
        int n = statements.size();

        TestStack.eventually(Duration.ofSeconds(60), () -> {
            JsonNode s = TestStack.get(a.base() + "/api/stats").json();
            assertEquals(n, s.get("statements").asInt(), s.toString());
            assertEquals(2, s.get("deadLetters").asInt(), s.toString());
        });

        // The truth, read statement by statement through either instance.
        Map<String, JsonNode> views = new HashMap<>();
        for (String id : statements.keySet()) {
            for (TestStack.Node node : List.of(a, b)) {
                TestStack.Response r = TestStack.get(node.base() + "/api/statements/" + id);
                assertEquals(200, r.status(), id + " from " + node.server() + ": " + r.body());
                JsonNode v = r.json();
                assertEquals(id, v.get("id").asText());
                assertEquals(statements.get(id).getSource(), v.get("source").asText());
                assertEquals(statements.get(id).getBody(), v.get("body").asText());
                views.put(id, v);
            }
        }
        Map<String, Integer> quotesBySpeaker = new HashMap<>();
        Map<String, Integer> tagsByCode = new HashMap<>();
        int totalQuotes = 0;
        for (JsonNode v : views.values()) {
            for (JsonNode q : v.get("quotes")) {
                quotesBySpeaker.merge(q.get("speakerId").asText(), 1, Integer::sum);
                totalQuotes++;
            }
            for (JsonNode t : v.get("topics")) {
                tagsByCode.merge(t.get("code").asText(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, String> e : speakerOf.entrySet()) {
            assertTrue(quotesBySpeaker.containsKey(e.getValue()), "the minister of " + e.getKey() + " is a speaker: " + views.get(e.getKey()));
        }

        JsonNode firstSpeakers = null;
        JsonNode firstTrending = null;
        for (TestStack.Node node : List.of(a, b)) {
            String base = node.base();
            JsonNode stats = TestStack.get(base + "/api/stats").json();
            assertEquals(n, stats.get("statements").asInt());
            assertEquals(totalQuotes, stats.get("quotes").asInt());
            assertEquals(quotesBySpeaker.size(), stats.get("speakers").asInt());
            assertEquals((n + 1) / 2, stats.get("sources").get("desk-a").asInt());
            assertEquals(n / 2, stats.get("sources").get("desk-b").asInt());
            assertEquals(2, stats.get("deadLetters").asInt());
            assertEquals(2, stats.get("instances").size(), "both instances report");
            assertEquals(0, stats.get("unavailable").size());
            long enrichedByInstances = 0;
            for (JsonNode inst : stats.get("instances")) {
                assertEquals("RUNNING", inst.get("state").asText());
                enrichedByInstances += inst.get("enrichedTotal").asLong();
            }
            assertEquals(n, enrichedByInstances, "each statement enriched once, by one of the two");

            JsonNode speakers = TestStack.get(base + "/api/speakers?limit=100").json();
            Map<String, Integer> listed = new HashMap<>();
            speakers.get("speakers").forEach(s -> listed.put(s.get("speakerId").asText(), s.get("quotes").asInt()));
            assertEquals(quotesBySpeaker, listed);

            Set<String> servedBy = new HashSet<>();
            for (String speakerId : quotesBySpeaker.keySet()) {
                TestStack.Response r = TestStack.get(base + "/api/speakers/" + speakerId + "/quotes");
                assertEquals(200, r.status(), r.body());
                JsonNode sq = r.json();
                assertEquals(speakerId, sq.get("speakerId").asText());
                assertEquals(quotesBySpeaker.get(speakerId).intValue(), sq.get("quotes").asInt());
                assertEquals(quotesBySpeaker.get(speakerId).intValue(), sq.get("recent").size());
                assertEquals(owner(DashboardTopology.SPEAKER_QUOTES_STORE, speakerId), sq.get("servedBy").asText());
                servedBy.add(sq.get("servedBy").asText());
            }
            assertEquals(Set.of(a.server(), b.server()), servedBy, "some keys answered locally, some forwarded");
            assertEquals(404, TestStack.get(base + "/api/speakers/nobody-" + run + "/quotes").status());
            assertEquals(404, TestStack.get(base + "/api/statements/missing-" + run).status());

            JsonNode trending = TestStack.get(base + "/api/trending?limit=1000").json();
            Map<String, Integer> counted = new HashMap<>();
            trending.get("topics").forEach(t -> counted.put(t.get("code").asText(), t.get("count").asInt()));
            assertEquals(tagsByCode, counted, "every tag of the past hour, once");
            assertEquals(3_600_000L, trending.get("windowEnd").asLong() - trending.get("windowStart").asLong());

            JsonNode latest = TestStack.get(base + "/api/quotes/latest?limit=1000").json();
            assertEquals(totalQuotes, latest.get("quotes").size());

            JsonNode dead = TestStack.get(base + "/api/dead-letters").json();
            assertEquals(2, dead.get("total").asInt());
            List<String> deadKeys = new ArrayList<>();
            dead.get("latest").forEach(d -> deadKeys.add(d.get("key").asText()));
            assertTrue(deadKeys.containsAll(List.of("poison-" + run, "empty-" + run)), deadKeys.toString());

            TestStack.Response health = TestStack.get(base + "/health");
            assertEquals(200, health.status());
            assertTrue(health.json().get("ready").asBoolean());
            assertEquals(200, TestStack.get(base + "/health/live").status());

            TestStack.Response metrics = TestStack.get(base + "/metrics");
            assertEquals(200, metrics.status());
            assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
            assertTrue(metrics.body().contains("kafka_stream_"), "Kafka Streams metrics are exported");
            assertTrue(metrics.body().contains("pressflow_extraction_latency_seconds_bucket"), "the extraction histogram is exported");
            assertTrue(metrics.body().contains("pressflow_statements_enriched_total"));

            // the same merged answer, whichever instance was asked
            JsonNode speakersNow = speakers.get("speakers");
            JsonNode trendingNow = trending.get("topics");
            if (firstSpeakers == null) {
                firstSpeakers = speakersNow;
                firstTrending = trendingNow;
            } else {
                assertEquals(firstSpeakers, speakersNow);
                assertEquals(firstTrending, trendingNow);
            }
        }

        // b leaves: a takes over b's tasks, restores their stores from the changelogs, answers alone.
        b.close();
        b = null;
        int quotes = totalQuotes;
        TestStack.eventually(Duration.ofSeconds(90), () -> {
            JsonNode s = TestStack.get(a.base() + "/api/stats").json();
            assertEquals(1, s.get("instances").size(), s.toString());
            assertEquals(n, s.get("statements").asInt(), s.toString());
            assertEquals(quotes, s.get("quotes").asInt(), s.toString());
            assertEquals(2, s.get("deadLetters").asInt(), s.toString());
        });
        for (String speakerId : quotesBySpeaker.keySet()) {
            JsonNode sq = TestStack.get(a.base() + "/api/speakers/" + speakerId + "/quotes").json();
            assertEquals(quotesBySpeaker.get(speakerId).intValue(), sq.get("quotes").asInt());
            assertEquals(a.server(), sq.get("servedBy").asText());
        }
        for (String id : statements.keySet()) {
            assertEquals(200, TestStack.get(a.base() + "/api/statements/" + id).status());
        }

        // b restarts on its old state dir (new HTTP port): tasks move back, stores restore, both agree again.
        b = TestStack.Node.start(stack, appId, dir.resolve("state-b"));
        TestStack.eventually(Duration.ofSeconds(120), () -> {
            for (TestStack.Node node : List.of(a, b)) {
                JsonNode s = TestStack.get(node.base() + "/api/stats").json();
                assertEquals(2, s.get("instances").size(), s.toString());
                assertEquals(0, s.get("unavailable").size(), s.toString());
                assertEquals(n, s.get("statements").asInt(), s.toString());
                assertEquals(quotes, s.get("quotes").asInt(), s.toString());
                assertEquals(2, s.get("deadLetters").asInt(), s.toString());
            }
            assertTrue(b.app().dashboard().orElseThrow().metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty()),
                    "the restarted instance holds tasks again");
        });
        for (String speakerId : quotesBySpeaker.keySet()) {
            JsonNode sq = TestStack.get(b.base() + "/api/speakers/" + speakerId + "/quotes").json();
            assertEquals(quotesBySpeaker.get(speakerId).intValue(), sq.get("quotes").asInt(), sq.toString());
            assertEquals(owner(DashboardTopology.SPEAKER_QUOTES_STORE, speakerId), sq.get("servedBy").asText());
        }
    }

    private static String owner(String store, String key) {
        var meta = a.app().dashboard().orElseThrow().queryMetadataForKey(store, key, Serdes.String().serializer());
        return meta.activeHost().host() + ":" + meta.activeHost().port();
    }

    /** At least {@code min} candidates, and more until both instances own one of them. */
    private static List<String> pickCoveringBothInstances(String store, List<String> candidates,
            java.util.function.Function<String, String> key, int min) {
        List<String> out = new ArrayList<>();
        Set<String> owners = new HashSet<>();
        for (String c : candidates) {
            if (out.size() >= min && owners.size() == 2) {
                break;
            }
            out.add(c);
            owners.add(owner(store, key.apply(c)));
        }
        assertEquals(2, owners.size(), "the candidates cover both instances");
        return out;
    }
}
