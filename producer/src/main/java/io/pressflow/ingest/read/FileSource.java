package io.pressflow.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** One file; its extension names the format. */
public final class FileSource implements StatementSource {
    private final Path file;
    private final String name;
    private final ReadOptions options;

    public FileSource(Path file, ReadOptions options) {
        this(file, file.toString(), options);
    }

    FileSource(Path file, String name, ReadOptions options) {
        this.file = file;
        this.name = name;
        this.options = options;
    }

    @Override
    public void read(Consumer<ReadResult> sink) throws IOException {
        Optional<StatementFormat> format = StatementFormat.fromFileName(file);
        if (format.isEmpty()) {
            sink.accept(ReadResult.rejected(name + ":1", "not a statement file: expected one of "
                    + StatementFormat.knownExtensions()));
            return;
        }
        String fileName = file.getFileName().toString();
        if (format.get() == StatementFormat.NDJSON) {
            try (InputStream in = Files.newInputStream(file)) {
                InputReader.readNdjson(in, name, fileName, options, sink);
            }
            return;
        }
        long size = Files.size(file);
        if (size > options.maxBytes()) {
            // judged by its size alone: an oversized file is never loaded
            sink.accept(ReadResult.rejected(name + ":1", InputReader.tooLarge(size, options)));
            return;
        }
        sink.accept(InputReader.readWhole(Files.readAllBytes(file), format.get(), name, fileName, options));
    }

    @Override
    public String describe() {
        return name;
    }
}
