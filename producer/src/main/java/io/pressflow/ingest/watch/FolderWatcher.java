package io.pressflow.ingest.watch;

import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.read.FileSource;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.read.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Watches a drop folder: each statement file put there is published once, then moved to
 * {@code done/} (every statement in it acknowledged) or {@code failed/} with {@code <name>.reason.txt}.
 * A file is taken only once it is stable (same size and modification time over the settle interval),
 * so a writer still copying it in is not read half-way; writers that rename atomically are taken at
 * the next scan. Hidden and temporary names (.x, ~x, *.tmp, *.part) are left alone.
 */
public final class FolderWatcher {
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final Duration DEFAULT_SETTLE = Duration.ofMillis(1000);

    private final Path dir;
    private final Ingestor ingestor;
    private final ReadOptions options;
    private final Duration settle;
    private final Duration ackTimeout;
    private final PrintWriter log;
    /** Last size and time seen per candidate file, and since when it has been unchanged. */
    private final Map<Path, Observation> observed = new HashMap<>();

    private record Observation(long size, long modified, long since) {}

    /** What happened to one file. */
    public record Outcome(Path file, Path movedTo, int published, int duplicates, List<String> problems) {
        public boolean done() {
            return problems.isEmpty();
        }
    }

    public FolderWatcher(Path dir, Ingestor ingestor, ReadOptions options, Duration settle, Duration ackTimeout,
                         PrintWriter log) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        this.ingestor = ingestor;
        this.options = options;
        this.settle = settle;
        this.ackTimeout = ackTimeout;
        this.log = log;
        if (!Files.isDirectory(this.dir)) {
            throw new NoSuchFileException(dir.toString(), null, "not a folder");
        }
        Files.createDirectories(this.dir.resolve(DONE));
        Files.createDirectories(this.dir.resolve(FAILED));
    }

    /**
     * Processes the files there now, waiting for each to become stable, and returns (the --once mode).
     * Files that appear meanwhile are taken too when they settle before the others are done.
     */
    public List<Outcome> processExisting() throws IOException, InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        while (true) {
            outcomes.addAll(scan());
            if (observed.isEmpty()) {
                return outcomes;
            }
            Thread.sleep(Math.max(10, settle.toMillis() / 4));
        }
    }

    /**
     * Watches until {@code keepGoing} says stop: a startup scan, then a scan on every folder event,
     * and at least every settle interval (to take files whose writer has finished).
     */
    public void run(BooleanSupplier keepGoing) throws IOException, InterruptedException {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            while (keepGoing.getAsBoolean()) {
                scan();
                long wait = observed.isEmpty() ? 500 : Math.max(10, settle.toMillis() / 4);
                var key = watch.poll(wait, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents(); // the scan looks at the folder itself; events only wake it early
                    key.reset();
                }
            }
        }
    }

    /** One look at the folder: processes every candidate that has been stable for the settle interval. */
    List<Outcome> scan() throws IOException {
        long now = System.nanoTime();
        TreeSet<Path> present = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (candidate(f)) {
                    present.add(f);
                }
            }
        }
        observed.keySet().retainAll(present);
        List<Outcome> outcomes = new ArrayList<>();
        for (Path f : present) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (NoSuchFileException gone) {
                observed.remove(f);
                continue;
            }
            Observation before = observed.get(f);
            long modified = a.lastModifiedTime().toMillis();
            if (before == null || before.size() != a.size() || before.modified() != modified) {
                observed.put(f, new Observation(a.size(), modified, now));
                continue;
            }
            if (now - before.since() >= settle.toNanos()) {
                observed.remove(f);
                outcomes.add(process(f));
            }
        }
        return outcomes;
    }

    static boolean candidate(Path f) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~") || lower.endsWith(".tmp") || lower.endsWith(".part")
                || lower.endsWith(".partial") || lower.endsWith(".swp") || lower.endsWith(".reason.txt")) {
            return false;
        }
        return Files.isRegularFile(f);
    }

    /** Publishes one file and moves it away: done/ when every statement in it was acknowledged. */
    Outcome process(Path file) throws IOException {
        List<ReadResult> results = new FileSource(file, options).readAll();
        List<String> problems = new ArrayList<>();
        List<CompletableFuture<Ingestor.Outcome>> sent = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (ReadResult r : results) {
            if (r instanceof ReadResult.Accepted a) {
                sent.add(ingestor.submit(a.statement()));
                origins.add(a.origin());
            } else {
                problems.add("rejected " + ((ReadResult.Rejected) r).rejection());
            }
        }
        if (results.isEmpty()) {
            problems.add(file.getFileName() + ": no statements in the file");
        }
        int published = 0;
        int duplicates = 0;
        List<String> delivered = new ArrayList<>();
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < sent.size(); i++) {
            try {
                Ingestor.Outcome o = sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (o.duplicate()) {
                    duplicates++;
                } else {
                    published++;
                }
                delivered.add(origins.get(i) + ": " + o.id() + " -> " + o.partition() + "@" + o.offset()
                        + (o.duplicate() ? " (already published)" : ""));
            } catch (ExecutionException | TimeoutException e) {
                problems.add("failed " + origins.get(i) + ": not published: "
                        + (e instanceof ExecutionException ? e.getCause().getMessage() : "no acknowledgement in time"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add("failed " + origins.get(i) + ": interrupted before the acknowledgement");
            }
        }
        Path target;
        if (problems.isEmpty()) {
            target = move(file, dir.resolve(DONE));
            log.println("watch: " + file.getFileName() + " -> " + DONE + "/ (" + published + " published, "
                    + duplicates + " already published)");
        } else {
            target = move(file, dir.resolve(FAILED));
            writeReason(target, problems, delivered);
            log.println("watch: " + file.getFileName() + " -> " + FAILED + "/: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        log.flush();
        return new Outcome(file, target, published, duplicates, List.copyOf(problems));
    }

    private static void writeReason(Path moved, List<String> problems, List<String> delivered) throws IOException {
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p).append('\n'));
        if (!delivered.isEmpty()) {
            sb.append("\nthese statements of the file were published (re-sending the file will not publish them twice):\n");
            delivered.forEach(d -> sb.append(d).append('\n'));
        }
        Path reason = moved.resolveSibling(moved.getFileName() + ".reason.txt");
        Files.writeString(reason, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Moves into {@code folder}, never over an earlier file of the same name. */
    private static Path move(Path file, Path folder) throws IOException {
        String name = file.getFileName().toString();
        Path target = folder.resolve(name);
        for (int n = 1; Files.exists(target); n++) {
            int dot = name.lastIndexOf('.');
            target = folder.resolve(dot > 0 ? name.substring(0, dot) + "." + n + name.substring(dot) : name + "." + n);
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target);
        }
    }
}
