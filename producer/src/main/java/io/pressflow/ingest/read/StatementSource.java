package io.pressflow.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where statements come from: a file, a folder, or a stream such as stdin. Reading hands every
 * result, statement or rejection, to a sink in input order; nothing is dropped on the way.
 */
public interface StatementSource {

    /**
     * Reads every input. A bad input (empty, not UTF-8, bad JSON, too large) becomes a rejection and
     * reading goes on; only a source that cannot be read at all (missing path, I/O failure) throws.
     */
    void read(Consumer<ReadResult> sink) throws IOException;

    /** What this source reads, for messages. */
    String describe();

    /** Everything at once; for tests and small inputs. */
    default List<ReadResult> readAll() throws IOException {
        List<ReadResult> all = new ArrayList<>();
        read(all::add);
        return all;
    }

    /** A file (format from its extension) or a folder (read recursively, in path order). */
    static StatementSource of(Path path, ReadOptions options) throws NoSuchFileException {
        if (Files.isDirectory(path)) {
            return new FolderSource(path, options);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        return new FileSource(path, options);
    }

    /** A stream whose format is sniffed from its first bytes, named e.g. "stdin". */
    static StatementSource of(InputStream in, String name, ReadOptions options) {
        return new StreamSource(in, name, null, options);
    }

    /** A stream in a known format. */
    static StatementSource of(InputStream in, String name, StatementFormat format, ReadOptions options) {
        return new StreamSource(in, name, format, options);
    }
}
