package io.pressflow.embedded;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keeps the registry's schemas in its work folder across restarts. The dev registry stores schemas
 * in memory only, while the broker keeps records whose first bytes are schema ids: without this, a
 * restarted stack would hand out the same ids again for other schemas and old records would decode
 * wrongly or not at all.
 *
 * <p>Uses Apicurio's admin export/import, which preserves global and content ids (the Confluent
 * API's schema ids).
 */
final class RegistrySnapshots {

    static final String FILE = "schemas-export.zip";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI exportUri;
    private final URI importUri;
    private final Path file;
    /** Fingerprint of the schemas last saved or restored, to skip saving an unchanged registry. */
    private byte[] lastSaved;

    RegistrySnapshots(String serverBase, Path workDir) {
        this.exportUri = URI.create(serverBase + "/apis/registry/v2/admin/export");
        this.importUri = URI.create(serverBase + "/apis/registry/v2/admin/import");
        this.file = workDir.resolve(FILE);
    }

    Path file() {
        return file;
    }

    /** Loads the saved schemas into a freshly started, empty registry; no file, nothing to do. */
    void restore() throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] saved = Files.readAllBytes(file);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(importUri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/zip")
                        .header("X-Registry-Preserve-GlobalId", "true")
                        .header("X-Registry-Preserve-ContentId", "true")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(saved)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("restoring the schemas saved in " + file + " failed: HTTP "
                    + response.statusCode() + " " + response.body());
        }
        lastSaved = fingerprint(saved);
    }

    /** Writes the registry's current schemas to the file when they changed since the last save. */
    synchronized void save() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(exportUri)
                        .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("exporting the registry's schemas failed: HTTP " + response.statusCode());
        }
        byte[] export = response.body();
        byte[] fingerprint = fingerprint(export);
        if (lastSaved != null && Arrays.equals(lastSaved, fingerprint)) {
            return;
        }
        // write then rename: a crash mid-write must not leave a torn file behind
        Path partial = file.resolveSibling(FILE + ".partial");
        Files.write(partial, export);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        lastSaved = fingerprint;
    }

    /** Digest of the export's entries except its manifest, which carries the export time. */
    static byte[] fingerprint(byte[] exportZip) throws IOException {
        MessageDigest digest = sha256();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(exportZip))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("manifest-")) {
                    continue;
                }
                digest.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(zip.readAllBytes());
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
