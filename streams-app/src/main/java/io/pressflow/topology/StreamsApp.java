package io.pressflow.topology;

import io.pressflow.dashboard.DashboardTopology;
import io.pressflow.extract.Extractor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the enrichment topology and, unless told not to, the dashboard's read model next to it as a
 * second Kafka Streams application ({@link DashboardTopology}, application.id
 * {@code <application.id>-dashboard}): start, wait until running, close cleanly. Two applications so
 * the aggregates can never hold the enrichment back; the dashboard catches up after a burst.
 */
public final class StreamsApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);

    private final KafkaStreams enrichment;
    private final KafkaStreams dashboard;
    private final List<CountDownLatch> running = new ArrayList<>();

    /** The enrichment and the dashboard. */
    public StreamsApp(StreamsAppConfig config, Extractor extractor) {
        this(config, extractor, EnrichmentMetrics.none());
    }

    /** The enrichment and the dashboard. */
    public StreamsApp(StreamsAppConfig config, Extractor extractor, EnrichmentMetrics metrics) {
        this(config, extractor, metrics, true);
    }

    /** @param withDashboard also run the dashboard's read model (the HTTP API's stores) in this process */
    public StreamsApp(StreamsAppConfig config, Extractor extractor, EnrichmentMetrics metrics, boolean withDashboard) {
        this.enrichment = streams("enrichment", EnrichmentTopology.build(config, extractor, metrics), config);
        if (withDashboard) {
            StreamsAppConfig d = dashboardConfig(config);
            this.dashboard = streams("dashboard",
                    DashboardTopology.build(TopologySerdes.fromRegistry(d.registryConfigs()).enriched(), d.streamsProperties(), d.stateRetention()), d);
        } else {
            this.dashboard = null;
        }
    }

    /** Commit interval of the dashboard app unless one is configured: it may lag by this much. */
    static final String DASHBOARD_COMMIT_INTERVAL_MS = "1000";

    /**
     * The dashboard app's config: the same settings under its own application.id, committing every
     * second rather than every 100 ms (the exactly-once default) unless {@code commit.interval.ms} is
     * set: each commit flushes the store caches, so updates of the same speaker or topic window within
     * a second reach RocksDB and the changelog once.
     */
    public static StreamsAppConfig dashboardConfig(StreamsAppConfig config) {
        Map<String, String> extra = new HashMap<>(config.extra());
        extra.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, DASHBOARD_COMMIT_INTERVAL_MS);
        return config.with(DashboardTopology.applicationId(config.applicationId()), extra);
    }

    private KafkaStreams streams(String name, Topology topology, StreamsAppConfig config) {
        KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
        CountDownLatch latch = new CountDownLatch(1);
        running.add(latch);
        streams.setStateListener((now, before) -> {
            log.debug("{} streams state {} -> {}", name, before, now);
            if (now == KafkaStreams.State.RUNNING) {
                latch.countDown();
            }
        });
        // Bad records are dead-lettered by the handlers; anything reaching here is unexpected, so a fresh
        // thread takes over the task (exactly-once keeps the output consistent across the restart).
        streams.setUncaughtExceptionHandler(e -> {
            log.error("{} stream thread failed, replacing it", name, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        return streams;
    }

    public StreamsApp start() {
        enrichment.start();
        if (dashboard != null) {
            dashboard.start();
        }
        return this;
    }

    /** Blocks until every app is RUNNING (all tasks assigned and restored). */
    public void awaitRunning(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (CountDownLatch latch : running) {
            if (!latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutException("streams app not running after " + timeout + ", state " + state());
            }
        }
    }

    /** The enrichment's state, or the dashboard's while that one is not running and the enrichment is. */
    public KafkaStreams.State state() {
        KafkaStreams.State e = enrichment.state();
        if (dashboard == null || e != KafkaStreams.State.RUNNING) {
            return e;
        }
        return dashboard.state();
    }

    /** The enrichment application. */
    public KafkaStreams enrichment() {
        return enrichment;
    }

    /** The dashboard application, whose stores the HTTP API queries; empty when not run here. */
    public Optional<KafkaStreams> dashboard() {
        return Optional.ofNullable(dashboard);
    }

    /** Every application this runs, by name ({@code enrichment}, {@code dashboard}). */
    public Map<String, KafkaStreams> all() {
        Map<String, KafkaStreams> out = new HashMap<>();
        out.put("enrichment", enrichment);
        if (dashboard != null) {
            out.put("dashboard", dashboard);
        }
        return out;
    }

    @Override
    public void close() {
        // the dashboard first: it reads what the enrichment writes, never the other way round
        if (dashboard != null) {
            dashboard.close(Duration.ofSeconds(30));
        }
        enrichment.close(Duration.ofSeconds(30));
    }
}
