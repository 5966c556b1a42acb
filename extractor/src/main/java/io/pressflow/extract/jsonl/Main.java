package io.pressflow.extract.jsonl;

import io.pressflow.extract.Extractor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development entry point: {@code Main [IN.jsonl [OUT.jsonl]]}. Users run {@code ./pressflow extract},
 * which calls the same {@link JsonlExtraction}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        try (BufferedReader in = args.length > 0
                        ? Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)
                        : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                Writer out = args.length > 1
                        ? Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)
                        : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            JsonlExtraction.Summary s = new JsonlExtraction(new Extractor()).run(in, out);
            System.err.printf("extracted %d statements, %d failed%n", s.statements(), s.failed());
        }
    }
}
