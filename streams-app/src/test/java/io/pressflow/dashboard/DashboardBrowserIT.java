package io.pressflow.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressflow.avro.PressStatement;
import io.pressflow.embedded.LocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in real headless Chromium: opened before any statement exists, it shows the
 * statements, quotes with their speakers, trending topics and dead letters within seconds of their
 * arrival, without a reload. Leaves a screenshot at target/dashboard/dashboard.png.
 */
class DashboardBrowserIT {
    static final Path SCREENSHOT = Path.of("target", "dashboard", "dashboard.png");

    @TempDir
    static Path dir;

    static LocalStack stack;
    static TestStack.Node node;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        stack = TestStack.start(dir);
        node = TestStack.Node.start(stack, "dash-browser", dir.resolve("state"));
        node.app().awaitRunning(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void thePageShowsStatementsQuotesTopicsAndDeadLettersAsTheyArrive() throws Exception {
        try (Chromium browser = Chromium.start()) {
            browser.open(node.base() + "/");
            TestStack.eventually(Duration.ofSeconds(20), () -> assertTrue(
                    browser.script("return Number(document.body.dataset.polls || 0)").asInt() > 0, "the page polls the API"));
            assertEquals("0", text(browser, "statements-total"), "nothing published yet");
            assertEquals(0, browser.script("return document.querySelectorAll('#quotes li').length").asInt());
            browser.script("window.__sameDocument = 'yes'; return true;");

            String run = UUID.randomUUID().toString().substring(0, 6);
            Map<String, PressStatement> statements = new LinkedHashMap<>();
            statements.put("web-" + run + "-1", TestStack.statement("web-" + run + "-1", "fisheries-desk",
                    TestStack.quoteBody("Lena Sorensen", "Bergen", "Stocks need time to recover")));
            statements.put("web-" + run + "-2", TestStack.statement("web-" + run + "-2", "finance-desk",
                    TestStack.quoteBody("Ivo Petrov", "Sofia", "Inflation is easing but we are not yet done")));
            statements.put("web-" + run + "-3", TestStack.statement("web-" + run + "-3", "sports-desk",
                    TestStack.quoteBody("Daniel Mbeki", "Durban", "We defended as a team and scored when it mattered")));
            long published = System.nanoTime();
            TestStack.publish(stack, statements);
            TestStack.publishPoison(stack, "poison-" + run);

            TestStack.eventually(Duration.ofSeconds(30), () -> {
                assertEquals("3", text(browser, "statements-total"));
                assertEquals("1", text(browser, "dead-total"));
                assertTrue(browser.script("return document.querySelectorAll('#quotes li').length").asInt() >= 3);
                assertTrue(browser.script("return document.querySelectorAll('#trending li').length").asInt() >= 1, "trending topics shown");
            });
            double seconds = (System.nanoTime() - published) / 1e9;
            System.out.printf("dashboard showed the statements %.1f s after publishing%n", seconds);
            assertTrue(seconds < 30, "within seconds: " + seconds);

            assertEquals("yes", browser.script("return window.__sameDocument || 'reloaded'").asText(), "updated without a reload");
            String quotes = browser.script("return document.getElementById('quotes').innerText").asText();
            for (String speaker : new String[] {"Lena Sorensen", "Ivo Petrov", "Daniel Mbeki"}) {
                assertTrue(quotes.contains(speaker), speaker + " shown with a quote: " + quotes);
            }
            assertTrue(quotes.contains("Stocks need time to recover"), quotes);
            String dead = browser.script("return document.getElementById('dead-letters').innerText").asText();
            assertTrue(dead.contains("poison-" + run), dead);
            String instances = browser.script("return document.querySelector('#instances tbody').innerText").asText();
            assertTrue(instances.contains(node.server()) && instances.contains("RUNNING"), instances);
            assertEquals("live", browser.script("return document.getElementById('status').dataset.state").asText());

            // what the page shows is what the API says
            JsonNode trending = TestStack.get(node.base() + "/api/trending?limit=10").json();
            String firstLabel = trending.get("topics").get(0).get("label").asText();
            String shown = browser.script("return document.getElementById('trending').innerText").asText();
            assertTrue(shown.contains(firstLabel), shown + " vs " + trending);

            browser.screenshot(SCREENSHOT);
            assertTrue(Files.size(SCREENSHOT) > 10_000, "a real screenshot");
            System.out.println("screenshot: " + SCREENSHOT.toAbsolutePath());
        }
    }

    private static String text(Chromium browser, String id) throws Exception {
        return browser.script("return document.getElementById('" + id + "').textContent").asText();
    }
}
