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
 * unknown type are rejected, not ignored, so a mistyped extension is noticed.
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
            new FileSource(file, root.resolve(root.relativize(file)).toString(), options).read(sink);
        }
    }

    /** The files this folder holds, in reading order. */
    public List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
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
