package io.pressflow.dashboard;

import io.pressflow.dashboard.model.DeadLetter;
import io.pressflow.dashboard.model.QuoteView;
import io.pressflow.dashboard.model.SpeakerCount;
import io.pressflow.dashboard.model.TopicCount;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the HTTP API. {@code unavailable} lists instances that did not answer. */
final class Answers {
    private Answers() {}

    /** Topics by tag count over the hour [windowStart, windowEnd) containing {@code at}. */
    record Trending(long at, long windowStart, long windowEnd, List<TopicCount> topics, List<String> unavailable) {}

    record Speakers(List<SpeakerCount> speakers, List<String> unavailable) {}

    /** A speaker's count and latest quotes (newest first); {@code servedBy} is the instance that owns the key. */
    record SpeakerQuotes(String speakerId, String speaker, long quotes, List<QuoteView> recent, String servedBy) {}

    record LatestQuotes(List<QuoteView> quotes, List<String> unavailable) {}

    /** One instance: its state and what it measured itself. */
    record Instance(String server, String state, boolean ready, long enrichedTotal, double perSecond, double meanLagMillis,
            long maxLagMillis, double extractionMeanMillis, List<String> activeTasks, List<String> standbyTasks) {}

    /** What /api/instance?scope=local tells the other instances. */
    record InstanceReport(Instance instance, LocalStores.LocalCounts counts) {}

    /**
     * The whole application: counts from the state stores (so they survive restarts), throughput and
     * lag from each instance's last minute.
     */
    record Stats(long statements, long quotes, long speakers, long deadLetters, Map<String, Long> sources,
            Map<String, Long> deadLettersByException, List<DeadLetter> latestDeadLetters, double perSecond,
            double meanLagMillis, long maxLagMillis, List<Instance> instances, List<String> unavailable, long at) {}

    record DeadLetters(long total, Map<String, Long> byException, List<DeadLetter> latest, List<String> unavailable) {}

    record Health(String status, boolean live, boolean ready, String state, String server) {}

    record Error(int status, String error) {}
}
