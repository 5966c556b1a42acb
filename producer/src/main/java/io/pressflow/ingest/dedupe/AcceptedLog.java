package io.pressflow.ingest.dedupe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements an ingest surface has already had acknowledged, by id: content hash and where the
 * record landed. Kept in a file (one tab-separated line per acceptance, fsynced) so that a restart
 * remembers them, and bounded: the oldest ids are forgotten past {@code maxEntries} (the topology's
 * own (id, hash) dedupe still catches a re-send that old).
 */
public final class AcceptedLog implements AutoCloseable {
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    /** One accepted statement. */
    public record Accepted(String id, String contentHash, String topic, int partition, long offset) {
        String line() {
            return id + '\t' + contentHash + '\t' + topic + '\t' + partition + '\t' + offset + '\n';
        }

        static Optional<Accepted> parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 5) {
                return Optional.empty(); // a line torn by a crash mid-write
            }
            try {
                return Optional.of(new Accepted(f[0], f[1], f[2], Integer.parseInt(f[3]), Long.parseLong(f[4])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private final Path file;
    private final int maxEntries;
    private final LinkedHashMap<String, Accepted> entries;
    private FileChannel channel;
    private long linesInFile;

    private AcceptedLog(Path file, int maxEntries) {
        this.file = file;
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Accepted> eldest) {
                return size() > AcceptedLog.this.maxEntries;
            }
        };
    }

    /** Opens (creating if needed) the log in {@code file}, loading what earlier runs accepted. */
    public static AcceptedLog open(Path file, int maxEntries) throws IOException {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        AcceptedLog log = new AcceptedLog(file, maxEntries);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                log.linesInFile++;
                // a later line for the same id (a corrected statement) replaces the earlier one
                Accepted.parse(line).ifPresent(a -> {
                    log.entries.remove(a.id());
                    log.entries.put(a.id(), a);
                });
            }
        }
        log.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        if (log.linesInFile > 2L * maxEntries) {
            log.compact();
        }
        return log;
    }

    public static AcceptedLog open(Path file) throws IOException {
        return open(file, DEFAULT_MAX_ENTRIES);
    }

    public synchronized Optional<Accepted> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Records an acknowledged statement durably before returning. */
    public void remember(Accepted a) {
        rememberAll(List.of(a));
    }

    /** Records several at once with a single fsync (group commit), durably before returning. */
    public synchronized void rememberAll(List<Accepted> accepted) {
        for (Accepted a : accepted) {
            if (a.id().chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
                throw new IllegalArgumentException("ids must not contain tabs or line breaks: " + a.id());
            }
        }
        StringBuilder lines = new StringBuilder();
        for (Accepted a : accepted) {
            entries.remove(a.id());
            entries.put(a.id(), a);
            lines.append(a.line());
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
            linesInFile += accepted.size();
            if (linesInFile > 2L * maxEntries) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record " + accepted.size() + " accepted statement(s) in " + file, e);
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public Path file() {
        return file;
    }

    /** Rewrites the file with only the entries kept in memory; atomic, so a crash leaves one or the other. */
    private void compact() throws IOException {
        List<Accepted> kept = new ArrayList<>(entries.values());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        StringBuilder sb = new StringBuilder();
        kept.forEach(a -> sb.append(a.line()));
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
        channel.close();
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        linesInFile = kept.size();
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
