package io.pressflow.topology;

import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dead-letters statements that cannot be enriched, except when the cause is transient: a schema
 * registry that fails while an output record is serialized (an outage, a 5xx) says nothing about the
 * statement. Dead-lettering it then would leave its enriched record written but its quote or topic
 * events missing. Failing the task instead aborts the transaction, and the statement is processed
 * again from the last commit.
 */
public final class RetryTransientProcessingErrors extends LogAndContinueProcessingExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(RetryTransientProcessingErrors.class);

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (DeadLetterUnlessTransient.pausedForTransient(exception, log, "process", context.topic(), context.partition(), context.offset())) {
            return Response.fail();
        }
        return super.handleError(context, record, exception);
    }
}
