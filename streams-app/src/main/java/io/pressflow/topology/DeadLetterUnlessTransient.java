package io.pressflow.topology;

import io.pressflow.registry.AvroSerdeException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead-letters records that cannot be decoded (Kafka Streams' built-in dead-letter support), except
 * when the cause is transient: a schema registry that does not answer says nothing about the record,
 * so dead-lettering it would lose a good statement. Then the task fails instead, the stream thread is
 * replaced, and under exactly-once the record is read again from the last commit.
 */
public final class DeadLetterUnlessTransient extends LogAndContinueExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterUnlessTransient.class);
    /** Pause before failing, so a registry outage does not spin the thread. */
    private static final long BACKOFF_MS = 2_000;

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (pausedForTransient(exception, log, "decode", record.topic(), record.partition(), record.offset())) {
            return Response.fail();
        }
        return super.handleError(context, record, exception);
    }

    /**
     * When the cause is transient: logs it and pauses, so an outage does not spin the thread, then
     * returns true (the caller fails the task). Shared with {@link RetryTransientProcessingErrors}.
     */
    static boolean pausedForTransient(Exception e, Logger log, String action, String topic, int partition, long offset) {
        if (!isTransient(e)) {
            return false;
        }
        log.warn("cannot {} {}-{}@{} for a transient reason, will retry: {}", action, topic, partition, offset, e.getMessage());
        try {
            Thread.sleep(BACKOFF_MS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AvroSerdeException a && a.isTransient()) {
                return true;
            }
        }
        return false;
    }
}
