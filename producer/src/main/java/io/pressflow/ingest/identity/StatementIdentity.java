package io.pressflow.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content hash and id of a statement. The id of a statement that has none is derived from its
 * content, so publishing the same statement twice gives the same key and downstream dedupe by id
 * or hash sees one statement.
 */
public final class StatementIdentity {
    private StatementIdentity() {}

    /** Prefix of derived ids, so they are told apart from publisher-given ones at a glance. */
    public static final String DERIVED_PREFIX = "st-";
    /** 64 bits of hash: collisions are negligible at newsroom volumes. */
    public static final int DERIVED_HEX_CHARS = 16;

    private static final Pattern DATE_PREFIX = Pattern.compile("\\A[ \\t]*date[ \\t]+\\d{4}-\\d{2}-\\d{2}(?=\\s|\\z)");

    /**
     * Lower-case hex SHA-256 of the normalised headline and body. The raw format's date prefix is
     * left out: it dates the statement, it is not its content.
     */
    public static String contentHash(String headline, String body) {
        String canonical = normalise(headline == null ? "" : headline) + "\n" + normalise(withoutDatePrefix(body));
        return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code st-} + the first 16 hex chars of the content hash. */
    public static String derivedId(String contentHash) {
        if (contentHash.length() < DERIVED_HEX_CHARS) {
            throw new IllegalArgumentException("not a content hash: " + contentHash);
        }
        return DERIVED_PREFIX + contentHash.substring(0, DERIVED_HEX_CHARS);
    }

    /** The given id when there is one, else the derived one. */
    public static String idOf(String givenId, String contentHash) {
        return givenId == null || givenId.isBlank() ? derivedId(contentHash) : givenId.strip();
    }

    /**
     * NFC, every run of white space (line breaks, tabs, no-break spaces) as one space, trimmed: the
     * same words re-wrapped or re-encoded by another system still hash alike.
     */
    public static String normalise(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !sb.isEmpty()) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static String withoutDatePrefix(String body) {
        String s = body.startsWith("\uFEFF") ? body.substring(1) : body;
        return DATE_PREFIX.matcher(s).replaceFirst("");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
