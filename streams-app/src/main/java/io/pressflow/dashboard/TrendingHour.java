package io.pressflow.dashboard;

import io.pressflow.dashboard.model.TopicCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

/**
 * "Trending": tag counts per topic over the hour that ends with the five-minute bucket holding the
 * moment asked about, summed from the store's buckets ({@link DashboardTopology#TRENDING_BUCKET}).
 * The same hour a window of one hour hopping every five minutes would hold.
 */
public final class TrendingHour {
    private static final long BUCKET = DashboardTopology.TRENDING_BUCKET.toMillis();
    private static final long HOUR = DashboardTopology.TRENDING_WINDOW.toMillis();

    private TrendingHour() {}

    /** Where the hour holding {@code at} starts: it ends with the end of {@code at}'s bucket. */
    public static long start(long at) {
        return Math.floorDiv(at, BUCKET) * BUCKET + BUCKET - HOUR;
    }

    /** Each topic's count over the hour, the label from its latest bucket that has one. */
    public static List<TopicCount> counts(ReadOnlyWindowStore<String, TopicCount> buckets, long at) {
        long first = start(at);
        Map<String, TopicCount> byCode = new LinkedHashMap<>();
        // bounds are window start times, both inclusive; buckets come in time order per key
        try (KeyValueIterator<Windowed<String>, TopicCount> it =
                buckets.fetchAll(Instant.ofEpochMilli(first), Instant.ofEpochMilli(first + HOUR - BUCKET))) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, TopicCount> kv = it.next();
                byCode.merge(kv.key.key(), kv.value, TrendingHour::plus);
            }
        }
        return new ArrayList<>(byCode.values());
    }

    private static TopicCount plus(TopicCount sum, TopicCount bucket) {
        return new TopicCount(sum.code(), bucket.label() != null ? bucket.label() : sum.label(), sum.count() + bucket.count());
    }
}
