package io.pressflow.ingest.publish;

import io.pressflow.ingest.read.Rejection;

/** Hears about each statement as its fate is known, in input order. */
public interface PublishListener {
    PublishListener NONE = new PublishListener() {};

    default void delivered(Delivery delivery) {}

    default void rejected(Rejection rejection) {}

    default void failed(Failure failure) {}
}
