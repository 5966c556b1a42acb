package io.pressflow.embedded;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry must not outlive the JVM that started it, even when that JVM is SIGKILLed. */
class RegistryOrphanTest {

    @TempDir
    Path workDir;

    private Process parent;
    private ProcessHandle registry;

    @AfterEach
    void cleanUp() {
        if (parent != null) {
            parent.destroyForcibly();
        }
        if (registry != null && registry.isAlive()) {
            registry.destroyForcibly();
        }
    }

    @Test
    void killingTheParentWithSigkillEndsTheRegistry() throws Exception {
        parent = new ProcessBuilder(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                RegistryParentMain.class.getName(),
                RegistryProcess.defaultHome().toString(),
                workDir.toString()))
                .redirectError(workDir.resolve("parent.err").toFile())
                .start();
        String announced = awaitAnnouncement(parent);
        assertNotNull(announced, "the parent JVM did not report a running registry; see " + workDir.resolve("parent.err")
                + ": " + RegistryProcess.tail(workDir.resolve("parent.err")));
        long registryPid = Long.parseLong(announced.split(" ")[1]);
        registry = ProcessHandle.of(registryPid).orElseThrow();
        assertTrue(registry.isAlive());

        // destroyForcibly is SIGKILL on Unix: no shutdown hook runs in the parent
        parent.destroyForcibly();
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (registry.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(!registry.isAlive(), "registry pid " + registryPid + " still runs after its parent was killed");
    }

    private static String awaitAnnouncement(Process parent) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            return Optional.ofNullable(out.readLine()).filter(line -> line.startsWith("REGISTRY ")).orElse(null);
        }
    }
}
