package io.pressflow.registry;

import io.pressflow.embedded.RegistryProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real registry server for all integration tests of this JVM (it takes seconds to start).
 * Tests keep apart by using their own subjects; RegistryProcess stops the child at JVM exit.
 */
final class SharedRegistry {
    private static RegistryProcess registry;

    private SharedRegistry() {}

    static synchronized String url() {
        if (registry == null || !registry.isAlive()) {
            try {
                Path work = Files.createTempDirectory("pressflow-schemas-it-registry");
                registry = RegistryProcess.start(RegistryProcess.defaultHome(), work);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return registry.url();
    }

    /** A subject-safe unique suffix, so repeated runs against one registry never collide. */
    static String unique(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime());
    }
}
