package io.pressflow.dashboard;

import io.pressflow.dashboard.model.DeadLetter;
import io.pressflow.dashboard.model.DeadLetterCount;
import io.pressflow.dashboard.model.QuoteView;
import io.pressflow.dashboard.model.SpeakerCount;
import io.pressflow.dashboard.model.StatementView;
import io.pressflow.dashboard.model.TopicCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads this instance's own (active) store partitions. Every answer is partial by design: the
 * {@link ClusterQueries} merge the answers of all instances.
 */
final class LocalStores {
    /** While a rebalance moves partitions, stores are briefly unavailable: wait this long at most. */
    private static final long WAIT_MILLIS = 5_000;

    private final KafkaStreams streams;
    private final HostInfo self;

    LocalStores(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    StatementView statement(String id) {
        return read(DashboardTopology.STATEMENTS_STORE, null, () -> this.<StatementView>kv(DashboardTopology.STATEMENTS_STORE).get(id));
    }

    SpeakerCount speaker(String id) {
        return read(DashboardTopology.SPEAKER_COUNTS_STORE, null, () -> this.<SpeakerCount>kv(DashboardTopology.SPEAKER_COUNTS_STORE).get(id));
    }

    /** The speaker's kept quotes, newest first (empty when none). */
    List<QuoteView> recentQuotes(String speakerId, SpeakerCount count) {
        return read(DashboardTopology.SPEAKER_QUOTES_STORE, List.of(),
                () -> SpeakerQuotes.latest(speakerId, count, this.<QuoteView>kv(DashboardTopology.SPEAKER_QUOTES_STORE)));
    }

    List<SpeakerCount> speakers() {
        return values(DashboardTopology.SPEAKER_COUNTS_STORE);
    }

    /** The newest quotes across this instance's speakers. */
    List<QuoteView> latestQuotes(int limit) {
        List<QuoteView> all = new ArrayList<>(this.<QuoteView>values(DashboardTopology.SPEAKER_QUOTES_STORE));
        all.sort(QuoteView.NEWEST_FIRST);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /** Each topic's count over the hour ending with the current five-minute bucket ({@link TrendingHour}). */
    List<TopicCount> trending(long at) {
        return read(DashboardTopology.TRENDING_STORE, List.of(), () -> TrendingHour.counts(streams.store(
                StoreQueryParameters.fromNameAndType(DashboardTopology.TRENDING_STORE, QueryableStoreTypes.<String, TopicCount>windowStore())), at));
    }

    Map<String, Long> sources() {
        return read(DashboardTopology.SOURCE_COUNTS_STORE, Map.of(), () -> {
            Map<String, Long> out = new TreeMap<>();
            ReadOnlyKeyValueStore<String, Long> store = kv(DashboardTopology.SOURCE_COUNTS_STORE);
            try (KeyValueIterator<String, Long> it = store.all()) {
                it.forEachRemaining(kv -> out.put(kv.key, kv.value));
            }
            return out;
        });
    }

    List<DeadLetterCount> deadLetters() {
        return values(DashboardTopology.DEAD_LETTERS_STORE);
    }

    /** Everything /api/stats sums across instances, for this instance's partitions. */
    LocalCounts counts() {
        Map<String, Long> sources = sources();
        long statements = sources.values().stream().mapToLong(Long::longValue).sum();
        List<SpeakerCount> speakers = speakers();
        long quotes = speakers.stream().mapToLong(SpeakerCount::quotes).sum();
        Map<String, Long> deadByException = new TreeMap<>();
        List<DeadLetter> latestDead = new ArrayList<>();
        for (DeadLetterCount d : deadLetters()) {
            deadByException.put(d.exception(), d.count());
            latestDead.addAll(d.latest());
        }
        latestDead.sort(Comparator.comparingLong(DeadLetter::at).reversed());
        return new LocalCounts(statements, quotes, speakers.size(), sources, deadByException, latestDead);
    }

    /** @param speakers distinct speaker ids here (each id lives on exactly one instance) */
    record LocalCounts(long statements, long quotes, long speakers, Map<String, Long> sources,
            Map<String, Long> deadLettersByException, List<DeadLetter> latestDeadLetters) {}

    private <V> ReadOnlyKeyValueStore<String, V> kv(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    private <V> List<V> values(String name) {
        return read(name, List.of(), () -> {
            List<V> out = new ArrayList<>();
            try (KeyValueIterator<String, V> it = this.<V>kv(name).all()) {
                it.forEachRemaining(kv -> out.add(kv.value));
            }
            return out;
        });
    }

    /** Whether this instance holds an active partition of the store now. */
    private boolean hosts(String store) {
        return streams.streamsMetadataForStore(store).stream().anyMatch(m -> m.hostInfo().equals(self));
    }

    /**
     * Runs a whole read (lookup and iteration: a store can move mid-way), retrying while the store is
     * briefly unavailable. An instance holding none of the store's partitions has nothing to add.
     */
    private <T> T read(String store, T none, Supplier<T> read) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            if (streams.state() == KafkaStreams.State.RUNNING && !hosts(store)) {
                return none;
            }
            try {
                return read.get();
            } catch (InvalidStateStoreException e) {
                if (System.currentTimeMillis() > deadline || streams.state() == KafkaStreams.State.NOT_RUNNING
                        || streams.state() == KafkaStreams.State.ERROR) {
                    throw new Unavailable("state store not queryable here now (" + streams.state() + "): " + e.getMessage());
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted");
                }
            }
        }
    }

    /** The store cannot answer now (rebalancing, shutting down): the API answers 503. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }
}
