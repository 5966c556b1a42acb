package io.pressflow.reliability;

import io.pressflow.avro.EnrichedStatement;
import io.pressflow.registry.AvroDeserializer;
import io.pressflow.schemas.PressTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads press.statements.enriched with isolation.level=read_committed from the beginning, in the
 * background, and counts every committed record per statement id: what a downstream service sees.
 */
final class EnrichedCounter implements AutoCloseable {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong mismatched = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;

    EnrichedCounter(String bootstrapServers, String registryUrl, Map<String, String> clientProperties) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putAll(clientProperties);
        AvroDeserializer<EnrichedStatement> values = new AvroDeserializer<>(EnrichedStatement.class);
        values.configure(Map.of("schema.registry.url", registryUrl), false);
        KafkaConsumer<String, EnrichedStatement> consumer = new KafkaConsumer<>(p, new StringDeserializer(), values);
        thread = new Thread(() -> run(consumer), "enriched-counter");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(KafkaConsumer<String, EnrichedStatement> consumer) {
        try (consumer) {
            List<TopicPartition> partitions = new ArrayList<>();
            while (running && partitions.isEmpty()) {
                List<PartitionInfo> infos = consumer.partitionsFor(PressTopics.ENRICHED, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, EnrichedStatement> r : consumer.poll(Duration.ofMillis(500))) {
                    records.incrementAndGet();
                    if (r.value() == null || !r.key().equals(r.value().getStatement().getId())) {
                        mismatched.incrementAndGet();
                    }
                    counts.merge(r.key(), 1, Integer::sum);
                }
            }
        } catch (Throwable t) {
            if (running) {
                failure.set(t);
            }
        }
    }

    /** Committed enriched records seen so far (duplicates included). */
    long records() {
        return records.get();
    }

    /** Distinct statement ids among {@code expected} seen at least once. */
    int enrichedOf(Collection<String> expected) {
        int n = 0;
        for (String id : expected) {
            if (counts.containsKey(id)) n++;
        }
        return n;
    }

    int missingOf(Collection<String> expected) {
        return expected.size() - enrichedOf(expected);
    }

    /** Extra copies beyond the first, over all ids. */
    int duplicates() {
        int d = 0;
        for (int c : counts.values()) d += Math.max(0, c - 1);
        return d;
    }

    /** Ids seen more than once, with their counts (a few, for the failure message). */
    Map<String, Integer> duplicated(int limit) {
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 1 && out.size() < limit) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Records whose key is not the statement id they carry, or with no value. */
    long mismatched() {
        return mismatched.get();
    }

    Throwable failure() {
        return failure.get();
    }

    /**
     * Waits until every expected id is enriched, then until no new record has arrived for
     * {@code quiet} (late duplicates would show up here), or the timeout.
     */
    boolean awaitAll(Collection<String> expected, Duration timeout, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (missingOf(expected) > 0 && System.nanoTime() < deadline && failure.get() == null) {
            Thread.sleep(250);
        }
        if (missingOf(expected) > 0) {
            return false;
        }
        long seen = records();
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < quiet.toNanos()) {
            Thread.sleep(250);
            if (records() != seen) {
                seen = records();
                quietSince = System.nanoTime();
            }
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(15_000);
    }
}
