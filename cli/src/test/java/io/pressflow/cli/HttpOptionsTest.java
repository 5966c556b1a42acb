package io.pressflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The dashboard's HTTP options of demo and streams: defaults, overrides, help. */
class HttpOptionsTest {
    @Test
    void demoServesOnPort8080UnlessToldOtherwise() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertEquals(8080, demo.httpPort);
        new CommandLine(demo).parseArgs("--http-port", "0");
        assertEquals(0, demo.httpPort, "0 turns the dashboard off");
    }

    @Test
    void streamsTakesPortBindAndAdvertisedHost() {
        StreamsCommand streams = new StreamsCommand();
        new CommandLine(streams).parseArgs("--http-port", "9191", "--http-bind", "127.0.0.1", "--advertised-host", "node-a");
        assertEquals(9191, streams.httpPort);
        assertEquals("127.0.0.1", streams.httpBind);
        assertEquals("node-a", streams.advertisedHost);
    }

    @Test
    void helpNamesTheOption() {
        for (String command : new String[] {"demo", "streams"}) {
            StringWriter help = new StringWriter();
            CommandLine cmd = Main.commandLine();
            cmd.setOut(new PrintWriter(help));
            assertEquals(0, cmd.execute(command, "--help"));
            assertTrue(help.toString().contains("--http-port"), command + " --help:\n" + help);
        }
    }
}
