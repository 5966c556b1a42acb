package io.pressflow.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C / SIGTERM handling for long-running commands: the signal releases the main thread, and the
 * JVM waits (bounded) until the main thread has closed everything, so nothing is cut off mid-commit.
 */
final class Shutdown {
    private final CountDownLatch signalled = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    static Shutdown onSignal() {
        Shutdown s = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.signalled.countDown();
            try {
                s.closed.await(45, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pressflow-shutdown"));
        return s;
    }

    void await() throws InterruptedException {
        signalled.await();
    }

    boolean signalled() {
        return signalled.getCount() == 0;
    }

    /** Call once everything is closed. */
    void done() {
        closed.countDown();
    }
}
