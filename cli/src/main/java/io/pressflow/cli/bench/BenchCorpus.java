package io.pressflow.cli.bench;

import io.pressflow.avro.PressStatement;
import io.pressflow.ingest.publish.AvroStatements;
import io.pressflow.ingest.read.IncomingStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark statements made from the project's press-statement corpus: each one is a corpus text,
 * topped up with paragraphs of the next text to about {@link #TARGET_BYTES}, and closed by a numbered
 * sentence so that every statement has its own id and content hash (the topology would skip an
 * unchanged re-publish).
 */
public final class BenchCorpus {
    /** The "about 2 KB" per statement. */
    public static final int TARGET_BYTES = 2048;
    private static final String DATE_PREFIX = "date ";

    private final List<String> texts;

    private BenchCorpus(List<String> texts) {
        this.texts = List.copyOf(texts);
    }

    /** Every {@code .txt} under the folder, in name order. */
    public static BenchCorpus load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("benchmark corpus folder not found: " + dir + " (pass --corpus DIR)");
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8).strip();
                if (!t.isEmpty()) {
                    texts.add(t);
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("benchmark corpus has no .txt statements: " + dir);
        }
        return new BenchCorpus(texts);
    }

    public int size() {
        return texts.size();
    }

    /**
     * Statement {@code n} of a run: the same n gives the same text, a different run label a different
     * id and hash. receivedAt is set again when the statement is sent.
     */
    public PressStatement statement(String runLabel, int n) {
        String body = body(runLabel, n);
        IncomingStatement in = new IncomingStatement("bench:" + n, null, "pressflow-bench", null, null, body,
                "en", LocalDate.of(2026, 1, 1).plusDays(n % 365), body.length());
        return AvroStatements.toAvro(in, Instant.now());
    }

    public List<PressStatement> statements(String runLabel, int from, int count) {
        List<PressStatement> out = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            out.add(statement(runLabel, n));
        }
        return out;
    }

    /**
     * The same statements as {@link #statements}, each made when it is asked for: tens of thousands
     * of warm-up statements held at once would be the largest thing on the heap the bench reports.
     */
    public List<PressStatement> madeOnDemand(String runLabel, int from, int count) {
        return new java.util.AbstractList<>() {
            @Override
            public PressStatement get(int i) {
                java.util.Objects.checkIndex(i, count);
                return statement(runLabel, from + i);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    String body(String runLabel, int n) {
        StringBuilder b = new StringBuilder(TARGET_BYTES + 512).append(texts.get(n % texts.size()));
        String next = withoutDateLine(texts.get((n + 1) % texts.size()));
        for (String paragraph : next.split("\n\n")) {
            if (utf8Length(b) >= TARGET_BYTES - 150) {
                break;
            }
            b.append("\n\n").append(paragraph.strip());
        }
        b.append("\n\nThe press office filed this as notice ").append(n).append(" of series ").append(runLabel).append('.');
        return b.toString();
    }

    private static String withoutDateLine(String text) {
        if (text.startsWith(DATE_PREFIX)) {
            int space = text.indexOf(' ', DATE_PREFIX.length());
            return space < 0 ? text : text.substring(space + 1);
        }
        return text;
    }

    static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
