package io.pressflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * The first main class of a guarded child JVM: it watches the parent and ends this JVM when the
 * parent is gone, then runs the real main class.
 *
 * <p>Two signals, because either alone can be missed: the parent holds the write end of this
 * process's stdin, which the kernel closes however the parent dies (even SIGKILL), and the
 * parent's pid is polled. Usage: {@code ParentWatch <parent-pid> <main-class> [args...]}.
 *
 * <p>Uses JDK classes only and no nested classes: it is copied alone onto the child's classpath.
 */
public final class ParentWatch {
    private ParentWatch() {}

    private static final long POLL_MILLIS = 500;
    private static final long HALT_AFTER_MILLIS = 15_000;

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: ParentWatch <parent-pid> <main-class> [args...]");
            System.exit(2);
        }
        long parentPid = Long.parseLong(args[0]);
        daemon("parent-watch-stdin", () -> {
            awaitEndOfInput(System.in);
            parentGone("its stdin closed");
        });
        daemon("parent-watch-pid", () -> {
            awaitExit(parentPid);
            parentGone("pid " + parentPid + " exited");
        });
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }

    private static void awaitEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // the parent never writes; anything read is ignored
            }
        } catch (IOException e) {
            // a broken pipe means the same as end of input
        }
    }

    private static void awaitExit(long pid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        while (parent.isPresent() && parent.get().isAlive()) {
            sleep(POLL_MILLIS);
        }
    }

    private static synchronized void parentGone(String why) {
        System.err.println("[parent-watch] parent process gone (" + why + "): shutting down");
        // shutdown hooks get a bounded time; a hung hook must not keep an orphan alive
        daemon("parent-watch-halt", () -> {
            sleep(HALT_AFTER_MILLIS);
            Runtime.getRuntime().halt(3);
        });
        System.exit(0);
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
