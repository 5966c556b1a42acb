package io.pressflow.embedded;

/** A main that never ends by itself: stands in for a server in guard tests. */
public final class SleepForever {
    private SleepForever() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }
}
