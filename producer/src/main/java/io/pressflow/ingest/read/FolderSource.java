package io.pressflow.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every file under a folder, recursively, in the order of their relative paths (so two runs over
 * the same folder publish in the same order). Hidden files and folders are skipped; other files of
 * unknown type are rejected, not ignored, so a mistyped extension is noticed. Symbolic links to
 * folders are not followed (no cycles); links to files are read.
 */
public final class FolderSource implements StatementSource {
    private final Path root;
    private final ReadOptions options;

    public FolderSource(Path root, ReadOptions options) {
        this.root = root;
        this.options = options;
    }

    @Override
    public void read(Consumer<ReadResult> sink) throws IOException {
        for (Path file : files()) {
            try {
                new FileSource(file, options).read(sink);
            } catch (IOException e) {
                // one unreadable file (permissions, vanished meanwhile) must not stop the others
                sink.accept(ReadResult.rejected(file + ":1", "cannot read file: " + e));
            }
        }
    }

    /** The files this folder holds, in reading order. */
    public List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            // not isRegularFile: a broken link must be reported as unreadable, not skipped
            return walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> !hidden(root.relativize(p)))
                    .sorted(Comparator.comparing(this::key))
                    .collect(Collectors.toList());
        }
    }

    /** '/'-joined relative path: the same order on every platform. */
    private String key(Path p) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(p)) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return root + "/";
    }
}
