package io.pressflow.cli;

import io.pressflow.extract.Extractor;
import picocli.CommandLine;

/** Prints the build and the extractor rules' version. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String build = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "pressflow " + (build == null ? "dev" : build),
            "extractor " + Extractor.VERSION
        };
    }
}
