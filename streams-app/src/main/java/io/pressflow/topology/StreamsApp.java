package io.pressflow.topology;

import io.pressflow.extract.Extractor;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrichment topology: start, wait until running, close cleanly. */
public final class StreamsApp implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamsApp.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    public StreamsApp(StreamsAppConfig config, Extractor extractor) {
        this(config, extractor, EnrichmentMetrics.none());
    }

    public StreamsApp(StreamsAppConfig config, Extractor extractor, EnrichmentMetrics metrics) {
        this.streams = new KafkaStreams(EnrichmentTopology.build(config, extractor, metrics), config.streamsProperties());
        streams.setStateListener((now, before) -> {
            log.debug("streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        // Bad records are dead-lettered by the handlers; anything reaching here is unexpected, so a fresh
        // thread takes over the task (exactly-once keeps the output consistent across the restart).
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread failed, replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public StreamsApp start() {
        streams.start();
        return this;
    }

    /** Blocks until the app is RUNNING (all tasks assigned and restored). */
    public void awaitRunning(Duration timeout) throws InterruptedException, TimeoutException {
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("streams app not running after " + timeout + ", state " + streams.state());
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
