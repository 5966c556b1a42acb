package io.pressflow.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What the enrich step measures: extraction latency (a histogram for Prometheus), statements
 * enriched, and end-to-end lag (enrichment time minus the raw record's timestamp). Also keeps the last
 * minute per second so the dashboard can show throughput and lag without a Prometheus server.
 */
public final class EnrichmentMetrics {
    private static final int WINDOW_SECONDS = 60;

    private final Timer extraction;
    private final Timer endToEnd;
    private final Counter enriched;
    private final long[] second = new long[WINDOW_SECONDS];
    private final long[] count = new long[WINDOW_SECONDS];
    private final long[] lagSum = new long[WINDOW_SECONDS];
    private final long[] lagMax = new long[WINDOW_SECONDS];

    public EnrichmentMetrics(MeterRegistry registry) {
        this.extraction = Timer.builder("pressflow.extraction.latency")
                .description("time Extractor.extract takes for one statement")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        this.endToEnd = Timer.builder("pressflow.end.to.end.lag")
                .description("from the raw record's timestamp to its enrichment")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        this.enriched = Counter.builder("pressflow.statements.enriched")
                .description("statements enriched by this instance")
                .register(registry);
    }

    /** For tools and tests that do not export metrics. */
    public static EnrichmentMetrics none() {
        return new EnrichmentMetrics(new SimpleMeterRegistry());
    }

    <T> T timeExtraction(Supplier<T> extract) {
        return extraction.record(extract);
    }

    void enriched(long recordTimestamp, long nowMillis) {
        long lag = Math.max(0, nowMillis - recordTimestamp);
        enriched.increment();
        endToEnd.record(Duration.ofMillis(lag));
        long s = nowMillis / 1000;
        int i = (int) (s % WINDOW_SECONDS);
        synchronized (this) {
            if (second[i] != s) {
                second[i] = s;
                count[i] = 0;
                lagSum[i] = 0;
                lagMax[i] = 0;
            }
            count[i]++;
            lagSum[i] += lag;
            lagMax[i] = Math.max(lagMax[i], lag);
        }
    }

    /** Statements enriched by this instance since it started. */
    public long enrichedTotal() {
        return (long) enriched.count();
    }

    /** Mean extraction time so far, in milliseconds. */
    public double extractionMeanMillis() {
        return extraction.mean(java.util.concurrent.TimeUnit.NANOSECONDS) / 1e6;
    }

    /** The last minute (up to now) of this instance: rate and lag. */
    public synchronized Recent recent(long nowMillis) {
        long now = nowMillis / 1000;
        long n = 0;
        long sum = 0;
        long max = 0;
        for (int i = 0; i < WINDOW_SECONDS; i++) {
            if (second[i] > now - WINDOW_SECONDS && second[i] <= now) {
                n += count[i];
                sum += lagSum[i];
                max = Math.max(max, lagMax[i]);
            }
        }
        return new Recent((double) n / WINDOW_SECONDS, n, n == 0 ? 0 : (double) sum / n, max);
    }

    /** @param perSecond statements per second over the last minute */
    public record Recent(double perSecond, long statements, double meanLagMillis, long maxLagMillis) {}
}
