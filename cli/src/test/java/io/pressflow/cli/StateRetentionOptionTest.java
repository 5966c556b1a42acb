package io.pressflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.schemas.PressTopics;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --state-retention: the topics' retention by default, ISO-8601 durations, nothing of zero or less. */
class StateRetentionOptionTest {
    private static ClusterOptions parse(String... args) {
        StreamsCommand streams = new StreamsCommand();
        new CommandLine(streams).parseArgs(args);
        return streams.cluster;
    }

    @Test
    void defaultsToTheTopicsRetention() {
        assertEquals(PressTopics.RETENTION, parse().stateRetention);
        assertEquals(PressTopics.RETENTION, new ClusterOptions().stateRetention, "also without a command line (demo)");
    }

    @Test
    void takesAnIsoDuration() {
        assertEquals(Duration.ofDays(7), parse("--state-retention", "P7D").stateRetention);
        assertEquals(Duration.ofHours(12), parse("--state-retention", "PT12H").stateRetention);
    }

    @Test
    void refusesWhatIsNoDurationOrNoTimeAtAll() {
        CommandLine.ParameterException notIso = assertThrows(CommandLine.ParameterException.class, () -> parse("--state-retention", "7d"));
        assertTrue(notIso.getMessage().contains("ISO-8601"), notIso.getMessage());
        CommandLine.ParameterException zero = assertThrows(CommandLine.ParameterException.class, () -> parse("--state-retention", "PT0S"));
        assertTrue(zero.getMessage().contains("longer than zero"), zero.getMessage());
    }
}
