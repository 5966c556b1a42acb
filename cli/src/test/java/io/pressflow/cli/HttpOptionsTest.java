package io.pressflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void aBusyPortIsReportedBeforeAnythingStarts(@TempDir Path samples) throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            PrintStream err = System.err;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            int code;
            try {
                code = Main.commandLine().execute("demo", "--samples", samples.toString(), "--http-port", String.valueOf(busy.getLocalPort()));
            } finally {
                System.setErr(err);
            }
            assertEquals(1, code);
            assertTrue(captured.toString(StandardCharsets.UTF_8).contains("port " + busy.getLocalPort() + " is in use"), captured.toString());
        }
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
