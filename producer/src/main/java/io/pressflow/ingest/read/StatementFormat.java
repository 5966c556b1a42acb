package io.pressflow.ingest.read;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats the producer reads. */
public enum StatementFormat {
    /** Plain text, one statement per file, optional first-line {@code date YYYY-MM-DD} prefix. */
    RAW,
    /** One JSON object per file. */
    JSON,
    /** One JSON object per line. */
    NDJSON;

    /** The format a file's extension names, if it names one the producer reads. */
    public static Optional<StatementFormat> fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "md", "text" -> Optional.of(RAW);
            case "json" -> Optional.of(JSON);
            case "ndjson", "jsonl" -> Optional.of(NDJSON);
            default -> Optional.empty();
        };
    }

    /** The extensions {@link #fromFileName} knows, for error messages. */
    public static String knownExtensions() {
        return ".txt, .md, .text (raw), .json, .ndjson, .jsonl";
    }
}
