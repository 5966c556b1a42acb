package io.pressflow.cli.bench;

import io.pressflow.avro.PressStatement;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One measured pass of statements through a running topology: publish (optionally paced), read the
 * output committed only, and time each statement from its send to its read.
 *
 * <p>The send time travels with the record as a header (epoch microseconds, the wall clock of the
 * sending host); Kafka Streams copies an input record's headers to what it writes for it, so the
 * reader needs no decode and no shared map. {@code receivedAt} carries the same instant.
 */
public final class Phase {
    /** Header with the send time, epoch microseconds, 8 bytes big-endian. */
    public static final String SENT_AT_HEADER = "pressflow-bench-sent-at-us";
    private static final long MAX_LATENCY_US = TimeUnit.MINUTES.toMicros(30);
    private static final String PUBLISHER_THREAD = "bench-publisher";
    /** Kinds of thread listed on their own; the rest are summed in one line. */
    private static final int CPU_LINES = 16;
    /**
     * Warm-up goes on while the JIT compiles for more than this share of the machine's CPU, since the
     * figures are meant for a long-running deployment, whose compiler has long gone quiet; at most
     * {@link #MAX_EXTRA_WARMUPS} more chunks, and the share left is reported with the figures.
     */
    static final double SETTLED_JIT_SHARE = 0.02;
    static final int MAX_EXTRA_WARMUPS = 4;

    /**
     * @param producer    producer config (the project's publisher settings, for the input topic)
     * @param consumer    plain client config for the reader (bootstrap, security)
     * @param inputTopic  where statements are published
     * @param outputTopics what the topology writes for a statement (output, dead letters)
     * @param rate        statements per second, 0 = as fast as possible
     * @param timeout     how long to wait for the last output
     */
    public record Settings(Properties producer, Properties consumer, String inputTopic, List<String> outputTopics,
            double rate, Duration timeout) {}

    private final Settings settings;

    public Phase(Settings settings) {
        this.settings = settings;
    }

    /**
     * Publishes warm-up statements (not measured), then more in chunks while the JIT is still busy,
     * then the measured ones.
     *
     * @param moreWarmup chunk {@code n} (from 0) of extra warm-up statements, new ids each time
     */
    public PhaseResult run(String name, List<PressStatement> warmup, IntFunction<List<PressStatement>> moreWarmup,
            List<PressStatement> measured) throws InterruptedException {
        try (KafkaProducer<String, PressStatement> producer = new KafkaProducer<>(settings.producer());
                KafkaConsumer<String, byte[]> reader = openReaderAtEnd()) {
            int warmed = 0;
            double jit = 0;
            if (!warmup.isEmpty()) {
                jit = warm(name, producer, reader, warmup);
                warmed = warmup.size();
                for (int chunk = 0; jit > SETTLED_JIT_SHARE && chunk < MAX_EXTRA_WARMUPS; chunk++) {
                    System.err.printf(Locale.ROOT, "bench: %s JIT still at %.0f%% of the CPU: warming up more%n", name, 100 * jit);
                    List<PressStatement> more = moreWarmup.apply(chunk);
                    jit = warm(name, producer, reader, more);
                    warmed += more.size();
                }
            }
            System.err.printf(Locale.ROOT, "bench: %s warm-up done (%d statements, JIT at %.0f%% of the CPU in the last stretch), measuring%n",
                    name, warmed, 100 * jit);
            Pass p = pass(producer, reader, measured, settings.rate());
            printCpuByThread(name, p);
            return p.result(name, measured, warmed, jitShare(p));
        }
    }

    /** One warm-up pass, which must come through whole; returns the JIT's share of the machine's CPU meanwhile. */
    private double warm(String name, KafkaProducer<String, PressStatement> producer, KafkaConsumer<String, byte[]> reader,
            List<PressStatement> statements) throws InterruptedException {
        Pass w = pass(producer, reader, statements, 0);
        if (w.read < statements.size()) {
            throw new IllegalStateException(name + ": only " + w.read + " of " + statements.size()
                    + " warm-up statements came through (timeout " + settings.timeout().toSeconds() + " s; "
                    + w.deadLettered + " dead-lettered, " + w.sendFailures + " failed to send"
                    + (w.firstFailure == null ? "" : ": " + w.firstFailure) + ")");
        }
        return jitShare(w);
    }

    /**
     * The compiler threads' CPU time in the pass over the machine's CPU time in it (every core); 0
     * where threads' CPU cannot be read. CPU, not the JVM's compilation time, which counts the
     * compiler's waits for a core too.
     */
    private static double jitShare(Pass p) {
        long compiler = p.cpuByThread.entrySet().stream().filter(e -> e.getKey().contains("Compiler"))
                .mapToLong(Map.Entry::getValue).sum();
        double wallNanos = p.lastReadNanos - p.firstSendNanos;
        return wallNanos <= 0 ? 0 : compiler / (wallNanos * Runtime.getRuntime().availableProcessors());
    }

    private KafkaConsumer<String, byte[]> openReaderAtEnd() {
        Properties p = new Properties();
        p.putAll(settings.consumer());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = new ArrayList<>();
        for (String topic : settings.outputTopics()) {
            for (PartitionInfo info : c.partitionsFor(topic, Duration.ofSeconds(30))) {
                parts.add(new TopicPartition(topic, info.partition()));
            }
        }
        c.assign(parts);
        c.seekToEnd(parts);
        parts.forEach(c::position); // fix the positions before anything is published
        return c;
    }

    /** What one pass saw. */
    private static final class Pass {
        final Histogram latencyUs = new Histogram(MAX_LATENCY_US, 3);
        long firstSendNanos;
        long lastSendNanos;
        long lastReadNanos;
        int read;
        int deadLettered;
        int missingHeader;
        int sendFailures;
        String firstFailure;
        long bodyBytes;
        long cpuStartNanos;
        long cpuEndNanos;
        Map<String, Long> cpuByThread = Map.of();

        PhaseResult result(String name, List<PressStatement> statements, int warmedUp, double jitShare) {
            double seconds = Math.max(1, lastReadNanos - firstSendNanos) / 1e9;
            double publishSeconds = Math.max(1, lastSendNanos - firstSendNanos) / 1e9;
            return new PhaseResult(name, statements.size(), read, deadLettered, sendFailures, firstFailure,
                    bodyBytes, seconds, publishSeconds, latencyUs.copy(), missingHeader, (cpuEndNanos - cpuStartNanos) / 1e9,
                    warmedUp, jitShare);
        }
    }

    private Pass pass(KafkaProducer<String, PressStatement> producer, KafkaConsumer<String, byte[]> reader,
            List<PressStatement> statements, double rate) throws InterruptedException {
        Pass pass = new Pass();
        Set<String> wanted = new HashSet<>(statements.size() * 2);
        for (PressStatement s : statements) {
            wanted.add(s.getId());
            pass.bodyBytes += s.getBody().getBytes(StandardCharsets.UTF_8).length;
        }
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicLong lastSend = new AtomicLong();
        AtomicLong publisherCpu = new AtomicLong();
        ThreadCpu threads = ThreadCpu.start();
        pass.cpuStartNanos = processCpuNanos();
        pass.firstSendNanos = System.nanoTime();
        Thread publisher = new Thread(() -> {
            long cpu = ThreadCpu.currentThreadNanos();
            publish(producer, statements, rate, pass.firstSendNanos, failures, firstFailure, lastSend);
            publisherCpu.set(ThreadCpu.currentThreadNanos() - cpu);
        }, PUBLISHER_THREAD);
        publisher.setDaemon(true);
        publisher.start();

        long deadline = System.nanoTime() + settings.timeout().toNanos();
        while (pass.read + pass.deadLettered < statements.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(100))) {
                long nowUs = epochMicros(Instant.now());
                if (r.key() == null || !wanted.remove(r.key())) {
                    continue; // not this pass's, or a second record for the same statement
                }
                if (!settings.outputTopics().get(0).equals(r.topic())) {
                    pass.deadLettered++;
                    continue;
                }
                pass.read++;
                pass.lastReadNanos = System.nanoTime();
                Header sent = r.headers().lastHeader(SENT_AT_HEADER);
                if (sent == null || sent.value() == null || sent.value().length != Long.BYTES) {
                    pass.missingHeader++;
                } else {
                    long latency = nowUs - ByteBuffer.wrap(sent.value()).getLong();
                    pass.latencyUs.recordValue(Math.max(0, Math.min(MAX_LATENCY_US, latency)));
                }
            }
            if (failures.get() > 0 && !publisher.isAlive()
                    && pass.read + pass.deadLettered + failures.get() >= statements.size()) {
                break; // everything that was delivered came through; the rest never will
            }
        }
        pass.cpuEndNanos = processCpuNanos();
        publisher.join(TimeUnit.SECONDS.toMillis(30));
        // the publisher has ended by now (ThreadMXBean forgets ended threads): it timed itself
        pass.cpuByThread = threads.since(Map.of(PUBLISHER_THREAD, publisherCpu.get()));
        pass.lastSendNanos = lastSend.get();
        pass.sendFailures = failures.get();
        pass.firstFailure = firstFailure.get();
        return pass;
    }

    private void publish(KafkaProducer<String, PressStatement> producer, List<PressStatement> statements, double rate,
            long startNanos, AtomicInteger failures, AtomicReference<String> firstFailure, AtomicLong lastSend) {
        double intervalNanos = rate > 0 ? 1e9 / rate : 0;
        try {
            for (int i = 0; i < statements.size(); i++) {
                if (intervalNanos > 0) {
                    // paced against the start, not the previous send, so a slow send is caught up
                    long due = startNanos + (long) (i * intervalNanos);
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                PressStatement s = statements.get(i);
                Instant now = Instant.now();
                s.setReceivedAt(now);
                ProducerRecord<String, PressStatement> record = new ProducerRecord<>(settings.inputTopic(), s.getId(), s);
                record.headers().add(SENT_AT_HEADER, ByteBuffer.allocate(Long.BYTES).putLong(epochMicros(now)).array());
                producer.send(record, (md, e) -> {
                    if (e != null) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                });
                lastSend.set(System.nanoTime());
            }
            producer.flush();
        } catch (RuntimeException e) {
            failures.addAndGet(1);
            firstFailure.compareAndSet(null, e.toString());
        }
    }

    /**
     * Who spent the measured pass's CPU, in milliseconds per statement read (stderr, for whoever
     * tunes the pipeline; the report's figure is the JVM's total).
     */
    private static void printCpuByThread(String name, Pass p) {
        if (p.read == 0 || p.cpuStartNanos < 0) {
            return;
        }
        double perStatement = 1e6 * p.read;
        long total = p.cpuEndNanos - p.cpuStartNanos;
        long listed = p.cpuByThread.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "bench: %s CPU by thread, ms per statement (whole JVM %.3f):%n", name, total / perStatement));
        int shown = 0;
        long rest = 0;
        for (Map.Entry<String, Long> e : p.cpuByThread.entrySet()) {
            if (shown++ < CPU_LINES) {
                b.append(String.format(Locale.ROOT, "  %.3f  %s%n", e.getValue() / perStatement, e.getKey()));
            } else {
                rest += e.getValue();
            }
        }
        b.append(String.format(Locale.ROOT, "  %.3f  other threads%n", rest / perStatement));
        b.append(String.format(Locale.ROOT, "  %.3f  not listed (threads that ended, VM threads not named above)%n",
                (total - listed) / perStatement));
        System.err.print(b);
    }

    /**
     * CPU time of this whole JVM (broker, streams apps, producer, reader) so far: on a shared machine
     * the CPU a statement costs says more than the wall-clock rate, which depends on what else runs.
     */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long epochMicros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }
}
