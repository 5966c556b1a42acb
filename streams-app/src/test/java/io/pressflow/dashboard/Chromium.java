package io.pressflow.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressflow.dashboard.model.JsonSerde;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real headless Chromium driven through the system chromedriver over the W3C WebDriver protocol
 * (plain HTTP + JSON, so no Selenium dependency is needed). Where Chromium is not installed the
 * test is skipped with a reason, except in CI (CI=true), where it must run.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final Process driver;
    private final Path profile;
    private final String base;
    private final String session;

    private Chromium(Process driver, Path profile, String base, String session) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        this.session = session;
    }

    /** Skips the calling test (or fails it in CI) when Chromium or chromedriver is missing. */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String why = "headless Chromium test needs " + BROWSER + " and " + DRIVER + " (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.assertTrue(present, "CI=true: " + why);
        }
        Assumptions.assumeTrue(present, "skipped: " + why);
    }

    static Chromium start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path profile = Files.createTempDirectory("pressflow-chromium");
        Process driver = new ProcessBuilder(DRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + "-chromedriver.log").toFile())
                .start();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (call("GET", base + "/status", null).path("value").path("ready").asBoolean()) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                driver.destroyForcibly();
                throw new IllegalStateException("chromedriver did not become ready on port " + port);
            }
            Thread.sleep(100);
        }
        ObjectNode options = JsonSerde.MAPPER.createObjectNode();
        options.put("binary", BROWSER.toString());
        ArrayNode args = options.putArray("args");
        for (String a : List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1366,1300", "--user-data-dir=" + profile.resolve("profile"))) {
            args.add(a);
        }
        ObjectNode caps = JsonSerde.MAPPER.createObjectNode();
        ObjectNode always = caps.putObject("capabilities").putObject("alwaysMatch");
        always.put("browserName", "chrome");
        always.set("goog:chromeOptions", options);
        JsonNode created = call("POST", base + "/session", caps);
        String session = created.path("value").path("sessionId").asText(null);
        if (session == null) {
            driver.destroyForcibly();
            throw new IllegalStateException("no WebDriver session: " + created);
        }
        return new Chromium(driver, profile, base, session);
    }

    void open(String url) throws Exception {
        ObjectNode body = JsonSerde.MAPPER.createObjectNode().put("url", url);
        call("POST", base + "/session/" + session + "/url", body);
    }

    /** Runs a script in the page and returns its value. */
    JsonNode script(String js) throws Exception {
        ObjectNode body = JsonSerde.MAPPER.createObjectNode().put("script", js);
        body.putArray("args");
        JsonNode r = call("POST", base + "/session/" + session + "/execute/sync", body);
        if (r.path("value").has("error")) {
            throw new IllegalStateException("script failed: " + r);
        }
        return r.path("value");
    }

    void screenshot(Path png) throws Exception {
        JsonNode r = call("GET", base + "/session/" + session + "/screenshot", null);
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(r.path("value").asText()));
    }

    private static JsonNode call(String method, String url, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(JsonSerde.MAPPER.writeValueAsBytes(body)));
        HttpResponse<byte[]> r = TestStack.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return JsonSerde.MAPPER.readTree(r.body());
    }

    @Override
    public void close() throws Exception {
        try {
            call("DELETE", base + "/session/" + session, null);
        } catch (IOException e) {
            // the driver is going away anyway
        } finally {
            driver.destroy();
            if (!driver.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
