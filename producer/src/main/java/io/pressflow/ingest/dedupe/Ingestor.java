package io.pressflow.ingest.dedupe;

import io.pressflow.avro.PressStatement;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.ingest.read.IncomingStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Publishes statements once per (id, content): a statement whose id was already accepted with the
 * same content hash is answered from the {@link AcceptedLog} (its original partition and offset)
 * and not produced again; a new id, or an id with changed content (a correction), is produced and
 * recorded once the broker acknowledged it. Shared by the HTTP, feed and folder surfaces.
 */
public final class Ingestor implements AutoCloseable {

    /**
     * What became of one statement.
     *
     * @param duplicate true when it had been accepted before and was not produced again
     */
    public record Outcome(String id, String contentHash, String topic, int partition, long offset, boolean duplicate) {
        static Outcome of(AcceptedLog.Accepted a, boolean duplicate) {
            return new Outcome(a.id(), a.contentHash(), a.topic(), a.partition(), a.offset(), duplicate);
        }
    }

    private final StatementPublisher publisher;
    private final AcceptedLog accepted;
    /** Sends not yet acknowledged, by id: a second statement with that id waits for the first. */
    private final ConcurrentMap<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
    /**
     * Records acknowledgements off the producer's network thread, which would otherwise wait on the
     * disk before it could complete the next acknowledgement; what arrives meanwhile shares one fsync.
     */
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ingest-accepted-log");
        t.setDaemon(true);
        return t;
    });

    public Ingestor(StatementPublisher publisher, AcceptedLog accepted) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.accepted = Objects.requireNonNull(accepted, "accepted");
    }

    /**
     * Publishes the statement unless it is a duplicate. Returns at once unless a statement with the
     * same id is still in flight (then it waits for that one first, so the two are not both produced).
     * The future completes after the acknowledgement, or exceptionally when delivery failed.
     */
    public CompletableFuture<Outcome> submit(IncomingStatement in) {
        PressStatement value = publisher.toRecord(in);
        String id = value.getId();
        String hash = value.getContentHash();
        while (true) {
            CompletableFuture<Outcome> mine = new CompletableFuture<>();
            CompletableFuture<Outcome> other = inFlight.putIfAbsent(id, mine);
            if (other != null) {
                other.handle((o, e) -> null).join();
                continue; // look again: the other one is now either recorded or failed
            }
            Optional<AcceptedLog.Accepted> seen = accepted.find(id);
            if (seen.isPresent() && seen.get().contentHash().equals(hash)) {
                inFlight.remove(id, mine);
                mine.complete(Outcome.of(seen.get(), true));
                return mine;
            }
            publisher.send(value, in.origin()).whenComplete((d, e) -> {
                if (e != null) {
                    inFlight.remove(id, mine);
                    mine.completeExceptionally(e);
                    return;
                }
                acks.add(new Ack(new AcceptedLog.Accepted(id, hash, d.topic(), d.partition(), d.offset()), mine));
                try {
                    recorder.execute(this::recordAcks);
                } catch (RejectedExecutionException closed) {
                    recordAcks(); // closing: record here rather than leave the caller waiting
                }
            });
            return mine;
        }
    }

    /** An acknowledged statement waiting to be recorded, and the caller waiting for it. */
    private record Ack(AcceptedLog.Accepted accepted, CompletableFuture<Outcome> waiting) {}

    /** Records every acknowledgement queued so far with one fsync, then answers their callers. */
    private void recordAcks() {
        List<Ack> batch = new ArrayList<>();
        for (Ack a = acks.poll(); a != null; a = acks.poll()) {
            batch.add(a);
        }
        if (batch.isEmpty()) {
            return; // an earlier run took these along
        }
        RuntimeException failure = null;
        try {
            accepted.rememberAll(batch.stream().map(Ack::accepted).toList());
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Ack a : batch) {
            // leave the in-flight map first, so a waiter that wakes up finds the record, not us
            inFlight.remove(a.accepted().id(), a.waiting());
            if (failure != null) {
                a.waiting().completeExceptionally(failure);
            } else {
                a.waiting().complete(Outcome.of(a.accepted(), false));
            }
        }
    }

    public AcceptedLog acceptedLog() {
        return accepted;
    }

    public String topic() {
        return publisher.topic();
    }

    /** Lets acknowledgements already received be recorded (bounded), then stops the recorder thread. */
    @Override
    public void close() {
        recorder.shutdown();
        try {
            recorder.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
