package io.pressflow.cli;

import io.pressflow.ingest.PublishCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pressflow} command. Every subcommand is wiring: the work lives in the modules. */
@Command(
        name = "pressflow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Press statements in, quotes, entities and IPTC topics out, on Kafka Streams.",
        subcommands = {
            DemoCommand.class,
            PipelineCommand.class,
            ExtractCommand.class,
            StreamsCommand.class,
            PublishCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            PollCommand.class,
            WatchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
