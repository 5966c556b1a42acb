package io.pressflow.ingest.publish;

import io.pressflow.ingest.read.Rejection;
import java.util.List;

/**
 * What a publish run did with each input, in input order.
 *
 * @param delivered acknowledged statements with their partition and offset
 * @param rejected  inputs that were not valid statements
 * @param failed    valid statements that could not be published
 */
public record PublishSummary(List<Delivery> delivered, List<Rejection> rejected, List<Failure> failed) {
    public PublishSummary {
        delivered = List.copyOf(delivered);
        rejected = List.copyOf(rejected);
        failed = List.copyOf(failed);
    }

    public int sent() {
        return delivered.size();
    }

    public boolean allDelivered() {
        return rejected.isEmpty() && failed.isEmpty();
    }

    /** 0 all went, 2 some inputs were rejected, 1 some statements could not be published. */
    public int exitCode() {
        if (!failed.isEmpty()) {
            return 1;
        }
        return rejected.isEmpty() ? 0 : 2;
    }

    @Override
    public String toString() {
        return "sent=" + delivered.size() + " rejected=" + rejected.size() + " failed=" + failed.size();
    }
}
