package io.pressflow.ingest.read;

/**
 * How inputs are read.
 *
 * @param maxBytes size limit of one statement's input (a raw or JSON file, or one NDJSON line), in bytes
 * @param source   source given to statements whose input names none; null means "derive it from the file name"
 */
public record ReadOptions(long maxBytes, String source) {
    /** 1 MiB: a press statement is a few KB; anything near this is a mistake or an attack. */
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;

    public ReadOptions {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES, null);
    }

    public ReadOptions withMaxBytes(long max) {
        return new ReadOptions(max, source);
    }

    public ReadOptions withSource(String s) {
        return new ReadOptions(maxBytes, s);
    }

    /** The option's source if set, else the fallback (a file name, "stdin"). */
    String sourceOr(String fallback) {
        return source != null ? source : fallback;
    }
}
