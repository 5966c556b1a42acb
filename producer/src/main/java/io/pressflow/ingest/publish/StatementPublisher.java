package io.pressflow.ingest.publish;

import io.pressflow.avro.PressStatement;
import io.pressflow.ingest.read.IncomingStatement;
import io.pressflow.ingest.read.ReadResult;
import io.pressflow.ingest.read.Rejection;
import io.pressflow.ingest.read.StatementSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Publishes statements to the raw topic, keyed by statement id. A statement counts as sent only
 * once the broker acknowledged it; outcomes are reported in input order.
 */
public final class StatementPublisher implements AutoCloseable {
    /** Sends awaiting acknowledgement before the reader waits: bounds memory on huge inputs. */
    static final int MAX_PENDING = 1000;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, PressStatement> producer;
    private final String topic;
    private final Clock clock;
    private volatile boolean schemaKnown;

    public StatementPublisher(PublisherConfig config) {
        this(new KafkaProducer<>(config.producerProperties()), config.topic(), Clock.systemUTC());
    }

    public StatementPublisher(Producer<String, PressStatement> producer, String topic, Clock clock) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads the source and publishes every statement in it; rejections are reported alongside.
     * Returns once every sent statement is acknowledged or failed.
     *
     * @throws IOException              when the source cannot be read (after settling what was sent)
     * @throws PublishAbortedException  when the cluster or registry cannot be used at all
     */
    public PublishSummary publish(StatementSource source, PublishListener listener) throws IOException {
        Run run = new Run(listener);
        try {
            source.read(run::accept);
        } finally {
            run.settleAll();
        }
        return run.summary();
    }

    public PublishSummary publish(StatementSource source) throws IOException {
        return publish(source, PublishListener.NONE);
    }

    /**
     * Sends one record that is already built (id and content hash set); the future completes with
     * its delivery once the broker acknowledged it, or exceptionally when it could not be delivered
     * (after the producer's own retries, bounded by {@code delivery.timeout.ms}).
     */
    public CompletableFuture<Delivery> send(PressStatement value, String origin) {
        if (!schemaKnown) {
            // the first send registers the schema (inside producer.send): one at a time, because a
            // fresh registry can fail concurrent registrations of the same schema
            synchronized (this) {
                CompletableFuture<Delivery> first = sendNow(value, origin);
                schemaKnown = !first.isCompletedExceptionally();
                return first;
            }
        }
        return sendNow(value, origin);
    }

    private CompletableFuture<Delivery> sendNow(PressStatement value, String origin) {
        CompletableFuture<Delivery> outcome = new CompletableFuture<>();
        String id = value.getId();
        try {
            producer.send(new ProducerRecord<>(topic, id, value), (RecordMetadata md, Exception e) -> {
                if (e == null) {
                    outcome.complete(new Delivery(id, origin, md.topic(), md.partition(), md.offset()));
                } else {
                    outcome.completeExceptionally(new KafkaException(describe(e), e));
                }
            });
        } catch (KafkaException e) {
            outcome.completeExceptionally(new KafkaException(describe(e), e));
        }
        return outcome;
    }

    /** The record an incoming statement becomes, stamped with this publisher's clock. */
    public PressStatement toRecord(IncomingStatement in) {
        return AvroStatements.toAvro(in, clock.instant());
    }

    public String topic() {
        return topic;
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }

    /** One publish run: outcomes in input order, each a {@link Delivery}, {@link Rejection} or {@link Failure}. */
    private final class Run {
        private final PublishListener listener;
        private final Deque<CompletableFuture<Object>> pending = new ArrayDeque<>();
        private final List<Delivery> delivered = new ArrayList<>();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<Failure> failed = new ArrayList<>();
        private final Thread reader = Thread.currentThread();
        private volatile Throwable unreachable;

        Run(PublishListener listener) {
            this.listener = listener;
        }

        void accept(ReadResult result) {
            if (result instanceof ReadResult.Accepted a) {
                pending.add(send(a.statement()));
            } else {
                pending.add(CompletableFuture.completedFuture(((ReadResult.Rejected) result).rejection()));
            }
            if (unreachable != null) {
                settleAll();
                throw new PublishAbortedException("cannot publish to " + topic + ": " + unreachable.getMessage()
                        + "; stopped after " + (delivered.size() + rejected.size() + failed.size()) + " inputs",
                        unreachable, summary());
            }
            settleDone();
        }

        private CompletableFuture<Object> send(IncomingStatement in) {
            PressStatement value = AvroStatements.toAvro(in, clock.instant());
            String id = value.getId();
            CompletableFuture<Object> outcome = new CompletableFuture<>();
            try {
                producer.send(new ProducerRecord<>(topic, id, value), (RecordMetadata md, Exception e) -> {
                    if (e == null) {
                        outcome.complete(new Delivery(id, in.origin(), md.topic(), md.partition(), md.offset()));
                        return;
                    }
                    // a timeout inside send() itself is missing metadata: the cluster is out of reach
                    if (e instanceof TimeoutException && Thread.currentThread() == reader) {
                        unreachable = e;
                    }
                    outcome.complete(new Failure(id, in.origin(), describe(e)));
                });
            } catch (KafkaException e) {
                // thrown, not called back: serializer or registry failure, closed or fenced producer.
                // Every statement shares one schema and one producer, so all the rest would fail too.
                outcome.complete(new Failure(id, in.origin(), describe(e)));
                unreachable = e;
            }
            return outcome;
        }

        /** Reports finished outcomes at the head; waits for the head when too many are pending. */
        private void settleDone() {
            while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() > MAX_PENDING)) {
                report(pending.poll().join());
            }
        }

        void settleAll() {
            if (pending.stream().anyMatch(f -> !f.isDone())) {
                producer.flush();
            }
            while (!pending.isEmpty()) {
                report(pending.poll().join());
            }
        }

        private void report(Object outcome) {
            if (outcome instanceof Delivery d) {
                delivered.add(d);
                listener.delivered(d);
            } else if (outcome instanceof Rejection r) {
                rejected.add(r);
                listener.rejected(r);
            } else {
                Failure f = (Failure) outcome;
                failed.add(f);
                listener.failed(f);
            }
        }

        PublishSummary summary() {
            return new PublishSummary(delivered, rejected, failed);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append("; caused by ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return sb.toString();
    }
}
