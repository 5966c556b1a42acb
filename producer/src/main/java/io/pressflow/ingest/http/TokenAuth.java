package io.pressflow.ingest.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Bearer tokens allowed to post statements. Only SHA-256 digests are kept, and a presented token is
 * compared with every one of them in constant time ({@link MessageDigest#isEqual}), so neither the
 * comparison's timing nor its position in the list tells an attacker how close a guess was.
 */
public final class TokenAuth {
    /** Comma-separated tokens, e.g. one per newsroom system. */
    public static final String TOKENS_ENV = "PRESSFLOW_INGEST_TOKENS";

    private final List<byte[]> digests;

    private TokenAuth(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    public static TokenAuth of(Collection<String> tokens) {
        List<byte[]> d = new ArrayList<>();
        for (String t : tokens) {
            if (t != null && !t.isBlank()) {
                d.add(sha256(t.strip()));
            }
        }
        return new TokenAuth(d);
    }

    /** Tokens from a comma-separated list (the environment variable's form); null is none. */
    public static List<String> parseList(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Tokens from a file, one per line; blank lines and lines starting with '#' are skipped. */
    public static List<String> readFile(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public int size() {
        return digests.size();
    }

    /** True when the header is {@code Bearer <token>} with an allowed token. */
    public boolean allows(String authorizationHeader) {
        if (authorizationHeader == null) {
            return false;
        }
        String h = authorizationHeader.strip();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = sha256(h.substring(7).strip());
        boolean ok = false;
        for (byte[] d : digests) {
            ok |= MessageDigest.isEqual(d, presented); // no early exit: every token is compared
        }
        return ok;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
