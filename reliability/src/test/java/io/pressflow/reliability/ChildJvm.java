package io.pressflow.reliability;

import io.pressflow.embedded.ParentWatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started by the suite (a streams instance, a broker). It runs {@link ParentWatch} first, so it
 * ends when this JVM dies however it dies; every live child is also killed by a shutdown hook and by
 * the tests' finally blocks. Never orphaned.
 */
final class ChildJvm implements AutoCloseable {
    private static final Set<ChildJvm> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ChildJvm::kill), "reliability-children"));
    }

    private final String name;
    private final Process process;
    private final Path log;

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * @param jvmOptions e.g. -Xmx
     * @param mainClass  the real main class, run after ParentWatch
     */
    static ChildJvm start(String name, List<String> jvmOptions, String mainClass, List<String> args, Path log) {
        return start(name, jvmOptions, mainClass, args, log, java.util.Map.of());
    }

    static ChildJvm start(String name, List<String> jvmOptions, String mainClass, List<String> args, Path log,
                          java.util.Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(ChildClasspath.get());
        command.add(ParentWatch.class.getName());
        command.add(String.valueOf(ProcessHandle.current().pid()));
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "", StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process p = builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    // stdin stays a pipe held by this JVM: ParentWatch ends the child when it closes
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            ChildJvm child = new ChildJvm(name, p, log);
            LIVE.add(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook, no clean close, no final commit. Waits until the process is gone. */
    void kill() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(this);
    }

    /** SIGTERM, then SIGKILL if it has not exited within the grace period. */
    void stop(long graceSeconds) {
        process.destroy();
        try {
            if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        LIVE.remove(this);
    }

    /** True when the child's output contains {@code text} (e.g. a readiness line). */
    boolean logContains(String text) {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        LIVE.remove(this);
    }
}
