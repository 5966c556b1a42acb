package io.pressflow.reliability;

import io.pressflow.avro.PressStatement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Small, distinct, fictional statements (a few hundred bytes each), so the suite measures the
 * pipeline's guarantees rather than the extractor's speed.
 */
final class Statements {
    private Statements() {}

    private static final List<String> MINISTERS = List.of(
            "Ana Moreau", "Tomas Lindqvist", "Priya Raman", "Kofi Mensah", "Helena Vogt", "Jonas Petrov");
    private static final List<String> SUBJECTS = List.of(
            "the new rail link", "the drought relief fund", "school meal prices", "the port strike",
            "hospital waiting lists", "the wind farm tender");
    private static final List<String> CITIES = List.of("Lisbon", "Oslo", "Nairobi", "Hamburg", "Lyon", "Tallinn");

    static String id(String run, int n) {
        return "rel-" + run + "-" + n;
    }

    static PressStatement statement(String run, int n) {
        String minister = MINISTERS.get(n % MINISTERS.size());
        String subject = SUBJECTS.get((n / 7) % SUBJECTS.size());
        String city = CITIES.get((n / 3) % CITIES.size());
        String headline = "Minister speaks on " + subject + " (" + n + ")";
        String body = "Minister " + minister + " said on Tuesday in " + city + " that " + subject
                + " would be reviewed before the end of the year. \"We will publish every figure, number " + n
                + ", and answer for it,\" " + minister + " said. Officials added that the budget remains unchanged.";
        return PressStatement.newBuilder()
                .setId(id(run, n))
                .setSource("reliability-suite")
                .setUrl(null)
                .setHeadline(headline)
                .setBody(body)
                .setLanguage("en")
                .setPublishedDate(LocalDate.of(2026, 11, 1 + n % 27))
                .setReceivedAt(Instant.now())
                .setContentHash(sha256(headline + "\n" + body))
                .build();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
