package io.pressflow.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema registry (Apicurio Registry serving the Confluent API, assembled by the
 * registry-server module) running as a child process on a free 127.0.0.1 port.
 *
 * <p>The child never outlives this JVM: {@link #close()} and a shutdown hook stop it on a normal
 * exit, and the child runs {@link ParentWatch} first, which ends it when this JVM dies abruptly.
 *
 * <p>The server keeps schemas in memory; they are saved to the work folder every few seconds and on
 * close, and loaded again (with their ids) when a registry starts on the same work folder.
 */
public final class RegistryProcess implements AutoCloseable {

    /** System property naming the folder that holds quarkus-run.jar. */
    public static final String HOME_PROPERTY = "pressflow.registry.home";
    /** Environment variable naming the folder that holds quarkus-run.jar. */
    public static final String HOME_ENV = "PRESSFLOW_REGISTRY_HOME";
    static final String RUNNER_JAR = "quarkus-run.jar";
    static final String RELATIVE_HOME = "registry-server/target/quarkus-app";
    static final String LOG_FILE = "registry.log";
    static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);
    private static final int START_ATTEMPTS = 3;
    private static final int LOG_TAIL_LINES = 40;
    private static final long SAVE_EVERY_MILLIS = 3_000;
    private static final Logger LOG = LoggerFactory.getLogger(RegistryProcess.class);

    private final Process process;
    private final String url;
    private final Path logFile;
    private final RegistrySnapshots snapshots;
    private final Thread shutdownHook;
    private ScheduledExecutorService saver;
    private boolean saveFailureLogged;
    private boolean closed;

    private RegistryProcess(Process process, int port, Path logFile, Path workDir) {
        this.process = process;
        String server = "http://127.0.0.1:" + port;
        this.url = server + "/apis/ccompat/v7";
        this.logFile = logFile;
        this.snapshots = new RegistrySnapshots(server, workDir);
        this.shutdownHook = new Thread(this::saveAndStop, "registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the registry found in {@code registryHome}; its log and helper files go to {@code workDir}. */
    public static RegistryProcess start(Path registryHome, Path workDir) {
        return start(registryHome, workDir, DEFAULT_START_TIMEOUT);
    }

    public static RegistryProcess start(Path registryHome, Path workDir, Duration timeout) {
        Path jar = runnerJar(registryHome);
        try {
            Files.createDirectories(workDir);
            Path guardClasspath = ParentWatchCopy.install(workDir.resolve("parent-watch"));
            Path logFile = workDir.resolve(LOG_FILE);
            IllegalStateException lastFailure = null;
            for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
                int port = FreePorts.pick();
                Process process = launch(jar, guardClasspath, port, workDir, logFile);
                RegistryProcess registry = new RegistryProcess(process, port, logFile, workDir);
                try {
                    registry.awaitReady(timeout);
                    registry.restoreSchemas();
                    registry.startSaving();
                    return registry;
                } catch (IllegalStateException e) {
                    registry.close();
                    lastFailure = e;
                    // another process may have taken the port between picking and binding: try another
                    // (Vert.x says "Address already in use", Quarkus "Port N seems to be in use")
                    if (!tail(logFile).contains("in use")) {
                        throw e;
                    }
                }
            }
            throw lastFailure;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the schema registry from " + jar, e);
        }
    }

    /**
     * Where the registry server is: system property {@value #HOME_PROPERTY}, environment variable
     * {@value #HOME_ENV}, else {@value #RELATIVE_HOME} in the working directory or one of its parents.
     */
    public static Path defaultHome() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(HOME_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            Path home = Paths.get(configured);
            runnerJar(home);
            return home;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE_HOME);
            if (Files.isRegularFile(candidate.resolve(RUNNER_JAR))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no schema registry server found: " + RELATIVE_HOME + "/" + RUNNER_JAR
                + " is not in " + Paths.get("").toAbsolutePath() + " or its parents. Build it with"
                + " `mvn -pl registry-server install`, or point -D" + HOME_PROPERTY + " or " + HOME_ENV + " at it.");
    }

    /** Base URL of the Confluent-compatible API, for {@code schema.registry.url}. */
    public String url() {
        return url;
    }

    /** The child's combined stdout and stderr. */
    public Path logFile() {
        return logFile;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The file the registry's schemas are saved to. */
    public Path schemasFile() {
        return snapshots.file();
    }

    /** Saves the schemas, stops the registry and waits until it has exited. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or will run; stopping twice is harmless
        }
        saveAndStop();
    }

    private void restoreSchemas() {
        try {
            snapshots.restore();
        } catch (IOException e) {
            throw failure(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while restoring the saved schemas");
        }
    }

    private void startSaving() {
        saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "registry-schema-saver");
            t.setDaemon(true);
            return t;
        });
        saver.scheduleWithFixedDelay(this::saveQuietly, SAVE_EVERY_MILLIS, SAVE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void saveQuietly() {
        if (!process.isAlive()) {
            return;
        }
        try {
            snapshots.save();
            saveFailureLogged = false;
        } catch (IOException e) {
            // once per outage: the next successful save catches up
            if (!saveFailureLogged) {
                LOG.warn("cannot save the registry's schemas to {}: {}", snapshots.file(), e.getMessage());
                saveFailureLogged = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saveAndStop() {
        if (saver != null) {
            saver.shutdownNow();
            saveQuietly();
        }
        stopProcess();
    }

    private void stopProcess() {
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        closeQuietly(process.getOutputStream());
    }

    private static Path runnerJar(Path home) {
        Path jar = Files.isRegularFile(home) ? home : home.resolve(RUNNER_JAR);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no schema registry server at " + jar
                    + ". Build it with `mvn -pl registry-server install`.");
        }
        return jar;
    }

    private static Process launch(Path jar, Path guardClasspath, int port, Path workDir, Path logFile) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                // a dev registry: start fast and stay small rather than peak throughput
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dregistry.rules.global.compatibility=BACKWARD",
                "-cp", guardClasspath + java.io.File.pathSeparator + jar.toAbsolutePath(),
                ParentWatch.class.getName(),
                String.valueOf(ProcessHandle.current().pid()),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint"));
        return new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                // stdin stays a pipe held by this JVM: its closing tells the child we are gone
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/subjects")).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("the schema registry exited with code " + process.exitValue() + " before answering");
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting for the schema registry");
            }
            sleep(150);
        }
        throw failure("the schema registry did not answer GET " + probe.uri() + " within " + timeout.toSeconds() + " s");
    }

    private IllegalStateException failure(String message) {
        return new IllegalStateException(message + ". Last lines of " + logFile + ":\n" + tail(logFile));
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the child is gone already
        }
    }

    /** Copies the ParentWatch class file alone to a folder, so the child's classpath holds nothing else of ours. */
    static final class ParentWatchCopy {
        private ParentWatchCopy() {}

        static Path install(Path dir) throws IOException {
            String name = ParentWatch.class.getName().replace('.', '/') + ".class";
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = ParentWatch.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("class file " + name + " not found on the classpath");
                }
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return dir;
        }
    }
}
