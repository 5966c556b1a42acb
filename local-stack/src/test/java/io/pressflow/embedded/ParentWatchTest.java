package io.pressflow.embedded;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard alone, around a main that would otherwise run forever. */
class ParentWatchTest {

    @TempDir
    Path workDir;

    private Process guarded;
    private Process fakeParent;

    @AfterEach
    void cleanUp() {
        if (guarded != null) {
            guarded.destroyForcibly();
        }
        if (fakeParent != null) {
            fakeParent.destroyForcibly();
        }
    }

    @Test
    void theChildEndsWhenItsStdinCloses() throws Exception {
        guarded = startGuarded(ProcessHandle.current().pid());
        assertFalse(guarded.waitFor(1, TimeUnit.SECONDS), "the guarded main must keep running while the parent lives");
        guarded.getOutputStream().close();
        assertTrue(guarded.waitFor(20, TimeUnit.SECONDS), "the guarded main must end when its stdin closes");
    }

    @Test
    void theChildEndsWhenTheParentPidExitsEvenIfStdinStaysOpen() throws Exception {
        fakeParent = new ProcessBuilder("sleep", "600").start();
        guarded = startGuarded(fakeParent.pid());
        assertFalse(guarded.waitFor(1, TimeUnit.SECONDS), "the guarded main must keep running while the parent lives");
        fakeParent.destroyForcibly().waitFor();
        assertTrue(guarded.waitFor(20, TimeUnit.SECONDS), "the guarded main must end when the parent pid is gone");
    }

    private Process startGuarded(long parentPid) throws Exception {
        Path guard = RegistryProcess.ParentWatchCopy.install(workDir.resolve("guard"));
        // the test classes hold SleepForever; the guard folder holds only ParentWatch
        String testClasses = Paths.get(SleepForever.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> command = List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", guard + File.pathSeparator + testClasses,
                ParentWatch.class.getName(), String.valueOf(parentPid), SleepForever.class.getName());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("guarded.log").toFile()).start();
    }
}
