package io.pressflow.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryProcessTest {

    @TempDir
    static Path workDir;

    static RegistryProcess registry;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startRegistry() {
        long t0 = System.nanoTime();
        registry = RegistryProcess.start(RegistryProcess.defaultHome(), workDir);
        System.out.printf("schema registry answered after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void urlPointsAtTheConfluentApiOnLoopback() {
        assertTrue(registry.url().matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7"), registry.url());
    }

    @Test
    void registeredSchemaCanBeReadBackById() throws Exception {
        String schema = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Probe\\\",\\\"fields\\\":[{\\\"name\\\":\\\"id\\\",\\\"type\\\":\\\"string\\\"}]}";
        HttpResponse<String> registered = post("/subjects/probe-value/versions", "{\"schema\":\"" + schema + "\"}");
        assertEquals(200, registered.statusCode(), registered.body());
        String id = registered.body().replaceAll("\\D+", "");
        assertFalse(id.isEmpty(), registered.body());

        HttpResponse<String> subjects = get("/subjects");
        assertTrue(subjects.body().contains("\"probe-value\""), subjects.body());
        HttpResponse<String> byId = get("/schemas/ids/" + id);
        assertEquals(200, byId.statusCode(), byId.body());
        assertTrue(byId.body().contains("Probe"), byId.body());
    }

    @Test
    void globalCompatibilityIsBackward() throws Exception {
        String v1 = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Compat\\\",\\\"fields\\\":[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"string\\\"}]}";
        // a new required field without default cannot read old records: BACKWARD must refuse it
        String v2 = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Compat\\\",\\\"fields\\\":[{\\\"name\\\":\\\"a\\\",\\\"type\\\":\\\"string\\\"},{\\\"name\\\":\\\"b\\\",\\\"type\\\":\\\"string\\\"}]}";
        assertEquals(200, post("/subjects/compat-value/versions", "{\"schema\":\"" + v1 + "\"}").statusCode());
        HttpResponse<String> refused = post("/subjects/compat-value/versions", "{\"schema\":\"" + v2 + "\"}");
        assertEquals(409, refused.statusCode(), refused.body());
    }

    @Test
    void closeStopsTheProcess(@TempDir Path otherDir) throws Exception {
        RegistryProcess second = RegistryProcess.start(RegistryProcess.defaultHome(), otherDir);
        ProcessHandle handle = ProcessHandle.of(second.pid()).orElseThrow();
        second.close();
        assertFalse(handle.isAlive());
        assertFalse(second.isAlive());
        assertThrows(java.io.IOException.class, () -> HTTP.send(
                HttpRequest.newBuilder(URI.create(second.url() + "/subjects")).build(), HttpResponse.BodyHandlers.ofString()));
        handle.onExit().get(1, TimeUnit.SECONDS);
    }

    @Test
    void schemasAndTheirIdsSurviveARestartOnTheSameWorkDir(@TempDir Path stateDir) throws Exception {
        String first = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Kept\\\",\\\"fields\\\":[{\\\"name\\\":\\\"id\\\",\\\"type\\\":\\\"string\\\"}]}";
        String second = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Later\\\",\\\"fields\\\":[{\\\"name\\\":\\\"n\\\",\\\"type\\\":\\\"long\\\"}]}";
        String keptId;
        try (RegistryProcess before = RegistryProcess.start(RegistryProcess.defaultHome(), stateDir)) {
            HttpResponse<String> registered = post(before, "/subjects/kept-value/versions", "{\"schema\":\"" + first + "\"}");
            assertEquals(200, registered.statusCode(), registered.body());
            keptId = registered.body().replaceAll("\\D+", "");
        }
        assertTrue(java.nio.file.Files.size(stateDir.resolve(RegistrySnapshots.FILE)) > 0, "close must save the schemas");
        try (RegistryProcess after = RegistryProcess.start(RegistryProcess.defaultHome(), stateDir)) {
            HttpResponse<String> byId = get(after, "/schemas/ids/" + keptId);
            assertEquals(200, byId.statusCode(), byId.body());
            assertTrue(byId.body().contains("Kept"), byId.body());
            assertTrue(get(after, "/subjects").body().contains("\"kept-value\""));
            // a schema registered after the restart must not reuse an id handed out before it
            HttpResponse<String> later = post(after, "/subjects/later-value/versions", "{\"schema\":\"" + second + "\"}");
            assertEquals(200, later.statusCode(), later.body());
            assertTrue(!keptId.equals(later.body().replaceAll("\\D+", "")), "id " + keptId + " handed out twice");
            assertTrue(get(after, "/schemas/ids/" + keptId).body().contains("Kept"), "the old id must still name the old schema");
        }
    }

    @Test
    void missingServerGivesTheBuildCommand(@TempDir Path empty) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RegistryProcess.start(empty, empty));
        assertTrue(e.getMessage().contains("mvn -pl registry-server install"), e.getMessage());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return get(registry, path);
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return post(registry, path, json);
    }

    private static HttpResponse<String> get(RegistryProcess target, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(target.url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(RegistryProcess target, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(target.url() + path))
                        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
