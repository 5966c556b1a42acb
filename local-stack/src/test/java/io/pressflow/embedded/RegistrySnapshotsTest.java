package io.pressflow.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class RegistrySnapshotsTest {

    @Test
    void exportsThatDifferOnlyInTheirManifestAreTheSameSchemas() throws IOException {
        byte[] earlier = zip("manifest-2026-01-01T00:00:00Z.Manifest.json", "content/a.Content.data", "{\"type\":\"string\"}");
        byte[] later = zip("manifest-2026-01-01T00:00:03Z.Manifest.json", "content/a.Content.data", "{\"type\":\"string\"}");
        assertFalse(Arrays.equals(earlier, later));
        assertArrayEquals(RegistrySnapshots.fingerprint(earlier), RegistrySnapshots.fingerprint(later));
    }

    @Test
    void aNewSchemaChangesTheFingerprint() throws IOException {
        byte[] before = zip("manifest-x.Manifest.json", "content/a.Content.data", "{\"type\":\"string\"}");
        byte[] after = zip("manifest-x.Manifest.json", "content/a.Content.data", "{\"type\":\"long\"}");
        assertFalse(Arrays.equals(RegistrySnapshots.fingerprint(before), RegistrySnapshots.fingerprint(after)));
    }

    private static byte[] zip(String manifestName, String entryName, String entryText) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(manifestName));
            zip.write(manifestName.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(entryText.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
