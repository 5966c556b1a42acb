package io.pressflow.cli;

import io.pressflow.extract.Extractor;
import io.pressflow.extract.jsonl.JsonlExtraction;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Extract quotes, entities and topics offline, without Kafka.",
            "Input: JSON lines {\"id\", \"text\"} (other fields ignored; \"published\" or a leading 'date YYYY-MM-DD' sets the date).",
            "Output: one JSON line per input line: {\"id\", \"quotes\", \"topics\", \"entities\", \"key_phrases\"}, offsets in code points."
        })
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--input", paramLabel = "FILE.jsonl", description = "input JSON lines (default: stdin)")
    Path input;

    @Option(names = "--output", paramLabel = "FILE.jsonl", description = "output JSON lines (default: stdout)")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String problem = input == null ? null
                : !Files.exists(input) ? "no such file: " + input
                : Files.isDirectory(input) ? input + " is a folder; extract reads one JSON-lines file"
                        + " (for a folder of raw statements use `pipeline --embedded --input " + input + "`)"
                : !Files.isReadable(input) ? "cannot read " + input
                : null;
        if (problem != null) {
            spec.commandLine().getErr().println("extract: " + problem);
            return 1;
        }
        try (BufferedReader in = input == null
                        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        : Files.newBufferedReader(input, StandardCharsets.UTF_8);
                Writer out = output == null
                        ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            JsonlExtraction.Summary s = new JsonlExtraction(new Extractor()).run(in, out);
            System.err.printf("extracted %d statements%s%n", s.statements(),
                    s.failed() == 0 ? "" : ", " + s.failed() + " lines could not be read (see their \"error\" lines)");
            return s.failed() == 0 ? 0 : 2;
        }
    }
}
