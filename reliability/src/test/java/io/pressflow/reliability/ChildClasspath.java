package io.pressflow.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The child JVMs' classpath: this module's dependencies (the CLI, the streams app, the broker),
 * written by maven-dependency-plugin's build-classpath under -Preliability.
 */
final class ChildClasspath {
    private ChildClasspath() {}

    private static volatile String cached;

    static String get() {
        String cp = cached;
        if (cp == null) {
            cp = read();
            cached = cp;
        }
        return cp;
    }

    /**
     * The project's own jars from target/reliability-lib, copied at the start of the run: other builds
     * re-install them into ~/.m2 while the suite runs, and a child must not start on a half-written jar.
     */
    private static String ownJarsFromCopy(String cp) {
        String lib = System.getProperty("reliability.lib");
        if (lib == null || lib.isBlank()) {
            return cp;
        }
        StringBuilder out = new StringBuilder();
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            Path name = Paths.get(entry).getFileName();
            Path copy = name == null ? null : Paths.get(lib).resolve(name);
            boolean own = name != null && name.toString().startsWith("pressflow-") && Files.isRegularFile(copy);
            if (out.length() > 0) out.append(java.io.File.pathSeparator);
            out.append(own ? copy.toString() : entry);
        }
        return out.toString();
    }

    private static String read() {
        String file = System.getProperty("reliability.classpath.file");
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("system property reliability.classpath.file is not set: run with mvn verify -Preliability");
        }
        Path path = Paths.get(file);
        try {
            String cp = Files.readString(path, StandardCharsets.UTF_8).trim();
            if (cp.isEmpty()) {
                throw new IllegalStateException(path + " is empty");
            }
            return ownJarsFromCopy(cp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the child classpath " + path + " (run with -Preliability)", e);
        }
    }
}
