package io.pressflow.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The project's annotated sets (test resources, one JSON document a line), read for the quality tests. */
public final class AnnotatedSets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotatedSets() {}

    /** the documents of a set on the test classpath, e.g. "/quality/set-a.jsonl" */
    public static List<JsonNode> read(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = AnnotatedSets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("annotated set not on the test classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }
}
