package io.pressflow.dashboard;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.pressflow.dashboard.model.DeadLetter;
import io.pressflow.dashboard.model.QuoteView;
import io.pressflow.dashboard.model.SpeakerCount;
import io.pressflow.dashboard.model.StatementView;
import io.pressflow.dashboard.model.TopicCount;
import io.pressflow.dashboard.model.JsonSerde;
import io.pressflow.topology.EnrichmentMetrics;
import io.pressflow.topology.StreamsApp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.state.HostInfo;

/** The API's answers, for the whole application ({@code local = false}) or this instance only. */
final class Api {
    private static final TypeFactory TYPES = JsonSerde.MAPPER.getTypeFactory();

    private final StreamsApp app;
    private final LocalStores local;
    private final ClusterQueries cluster;
    private final EnrichmentMetrics metrics;

    /** The stores and their metadata are the dashboard application's; health covers both. */
    Api(StreamsApp app, HostInfo self, EnrichmentMetrics metrics) {
        KafkaStreams dashboard = app.dashboard()
                .orElseThrow(() -> new IllegalArgumentException("the API answers from the dashboard app, which this StreamsApp does not run"));
        this.app = app;
        this.local = new LocalStores(dashboard, self);
        this.cluster = new ClusterQueries(dashboard, self);
        this.metrics = metrics;
    }

    HostInfo self() {
        return cluster.self();
    }

    Answers.Trending trending(long at, int limit, boolean localOnly) {
        long start = TrendingHour.start(at);
        List<TopicCount> topics = new ArrayList<>();
        List<String> unavailable = List.of();
        if (localOnly) {
            topics.addAll(local.trending(at));
        } else {
            ClusterQueries.Gathered<Answers.Trending> g = cluster.gather(cluster.hostsOf(DashboardTopology.TRENDING_STORE),
                    () -> trending(at, Integer.MAX_VALUE, true), "/api/trending?scope=local&limit=" + Integer.MAX_VALUE + "&at=" + at,
                    TYPES.constructType(Answers.Trending.class));
            g.answers().forEach(a -> topics.addAll(a.topics()));
            unavailable = g.unavailable();
        }
        topics.sort(Comparator.comparingLong(TopicCount::count).reversed().thenComparing(TopicCount::code));
        return new Answers.Trending(at, start, start + DashboardTopology.TRENDING_WINDOW.toMillis(), limit(topics, limit), unavailable);
    }

    Answers.Speakers speakers(int limit, boolean localOnly) {
        List<SpeakerCount> speakers = new ArrayList<>();
        List<String> unavailable = List.of();
        if (localOnly) {
            speakers.addAll(local.speakers());
        } else {
            ClusterQueries.Gathered<Answers.Speakers> g = cluster.gather(cluster.hostsOf(DashboardTopology.SPEAKER_COUNTS_STORE),
                    () -> speakers(Integer.MAX_VALUE, true), "/api/speakers?scope=local&limit=" + Integer.MAX_VALUE,
                    TYPES.constructType(Answers.Speakers.class));
            g.answers().forEach(a -> speakers.addAll(a.speakers()));
            unavailable = g.unavailable();
        }
        speakers.sort(Comparator.comparingLong(SpeakerCount::quotes).reversed().thenComparing(SpeakerCount::speakerId));
        return new Answers.Speakers(limit(speakers, limit), unavailable);
    }

    /** Empty when no such speaker; asks the owning instance when it is another one. */
    Optional<Answers.SpeakerQuotes> speakerQuotes(String speakerId, boolean localOnly) throws IOException, InterruptedException {
        if (!localOnly) {
            HostInfo owner = cluster.owner(DashboardTopology.SPEAKER_QUOTES_STORE, speakerId)
                    .orElseThrow(() -> new LocalStores.Unavailable("no instance owns speaker " + speakerId + " now (rebalancing?)"));
            if (!cluster.isSelf(owner)) {
                return Optional.ofNullable(cluster.get(owner, "/api/speakers/" + ClusterQueries.encode(speakerId) + "/quotes?scope=local",
                        TYPES.constructType(Answers.SpeakerQuotes.class)));
            }
        }
        SpeakerCount count = local.speaker(speakerId);
        if (count == null) {
            return Optional.empty();
        }
        return Optional.of(new Answers.SpeakerQuotes(speakerId, count.speaker(), count.quotes(),
                local.recentQuotes(speakerId, count), server(self())));
    }

    Optional<StatementView> statement(String id, boolean localOnly) throws IOException, InterruptedException {
        if (!localOnly) {
            HostInfo owner = cluster.owner(DashboardTopology.STATEMENTS_STORE, id)
                    .orElseThrow(() -> new LocalStores.Unavailable("no instance owns statement " + id + " now (rebalancing?)"));
            if (!cluster.isSelf(owner)) {
                return Optional.ofNullable(cluster.get(owner, "/api/statements/" + ClusterQueries.encode(id) + "?scope=local",
                        TYPES.constructType(StatementView.class)));
            }
        }
        return Optional.ofNullable(local.statement(id));
    }

    Answers.LatestQuotes latestQuotes(int limit, boolean localOnly) {
        List<QuoteView> quotes = new ArrayList<>();
        List<String> unavailable = List.of();
        if (localOnly) {
            quotes.addAll(local.latestQuotes(limit));
        } else {
            ClusterQueries.Gathered<Answers.LatestQuotes> g = cluster.gather(cluster.hostsOf(DashboardTopology.SPEAKER_QUOTES_STORE),
                    () -> latestQuotes(limit, true), "/api/quotes/latest?scope=local&limit=" + limit,
                    TYPES.constructType(Answers.LatestQuotes.class));
            g.answers().forEach(a -> quotes.addAll(a.quotes()));
            unavailable = g.unavailable();
        }
        quotes.sort(QuoteView.NEWEST_FIRST);
        return new Answers.LatestQuotes(limit(quotes, limit), unavailable);
    }

    Answers.InstanceReport instance() {
        return new Answers.InstanceReport(instanceStatus(), local.counts());
    }

    Answers.Stats stats() {
        ClusterQueries.Gathered<Answers.InstanceReport> g = cluster.gather(withSelf(cluster.allHosts()), this::instance,
                "/api/instance?scope=local", TYPES.constructType(Answers.InstanceReport.class));
        long statements = 0;
        long quotes = 0;
        long speakers = 0;
        double perSecond = 0;
        double lagWeighted = 0;
        long lagMax = 0;
        long recentStatements = 0;
        Map<String, Long> sources = new TreeMap<>();
        Map<String, Long> dead = new TreeMap<>();
        List<DeadLetter> latestDead = new ArrayList<>();
        List<Answers.Instance> instances = new ArrayList<>();
        for (Answers.InstanceReport r : g.answers()) {
            LocalStores.LocalCounts c = r.counts();
            statements += c.statements();
            quotes += c.quotes();
            speakers += c.speakers();
            c.sources().forEach((k, v) -> sources.merge(k, v, Long::sum));
            c.deadLettersByException().forEach((k, v) -> dead.merge(k, v, Long::sum));
            latestDead.addAll(c.latestDeadLetters());
            Answers.Instance i = r.instance();
            instances.add(i);
            perSecond += i.perSecond();
            long n = Math.round(i.perSecond() * 60);
            lagWeighted += i.meanLagMillis() * n;
            recentStatements += n;
            lagMax = Math.max(lagMax, i.maxLagMillis());
        }
        latestDead.sort(Comparator.comparingLong(DeadLetter::at).reversed());
        instances.sort(Comparator.comparing(Answers.Instance::server));
        long deadTotal = dead.values().stream().mapToLong(Long::longValue).sum();
        return new Answers.Stats(statements, quotes, speakers, deadTotal, sources, dead, limit(latestDead, 10), perSecond,
                recentStatements == 0 ? 0 : lagWeighted / recentStatements, lagMax, instances, g.unavailable(), System.currentTimeMillis());
    }

    Answers.DeadLetters deadLetters() {
        Answers.Stats s = stats();
        return new Answers.DeadLetters(s.deadLetters(), s.deadLettersByException(), s.latestDeadLetters(), s.unavailable());
    }

    Answers.Health health() {
        KafkaStreams.State state = app.state();
        boolean ready = state == KafkaStreams.State.RUNNING;
        return new Answers.Health(ready ? "UP" : "DOWN", state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED,
                ready, state.name(), server(self()));
    }

    private Answers.Instance instanceStatus() {
        EnrichmentMetrics.Recent recent = metrics.recent(System.currentTimeMillis());
        List<String> active = new ArrayList<>();
        List<String> standby = new ArrayList<>();
        // both apps number their tasks from 0_0, so the dashboard's carry a prefix
        app.all().forEach((name, streams) -> {
            String prefix = name.equals("enrichment") ? "" : name + ":";
            for (ThreadMetadata t : streams.metadataForLocalThreads()) {
                t.activeTasks().forEach(task -> active.add(prefix + task.taskId()));
                t.standbyTasks().forEach(task -> standby.add(prefix + task.taskId()));
            }
        });
        active.sort(null);
        standby.sort(null);
        KafkaStreams.State state = app.state();
        return new Answers.Instance(server(self()), state.name(), state == KafkaStreams.State.RUNNING, metrics.enrichedTotal(),
                recent.perSecond(), recent.meanLagMillis(), recent.maxLagMillis(), metrics.extractionMeanMillis(), active, standby);
    }

    /** Before the first assignment the metadata may not list this instance yet; it still answers for itself. */
    private java.util.Set<HostInfo> withSelf(java.util.Set<HostInfo> hosts) {
        java.util.Set<HostInfo> out = new java.util.LinkedHashSet<>();
        out.add(self());
        out.addAll(hosts);
        return out;
    }

    static String server(HostInfo h) {
        return h.host() + ":" + h.port();
    }

    private static <T> List<T> limit(List<T> list, int limit) {
        return list.size() > limit ? List.copyOf(list.subList(0, limit)) : list;
    }
}
