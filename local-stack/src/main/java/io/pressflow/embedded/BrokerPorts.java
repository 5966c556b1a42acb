package io.pressflow.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two ports of an embedded broker, remembered in its data folder so that a restart keeps the
 * address clients (and a running Streams app's config) already know.
 */
record BrokerPorts(int broker, int controller) {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerPorts.class);

    /** Reuses the ports stored in {@code file} when they are free, else picks free ones, and stores them. */
    static BrokerPorts forDataDir(Path file) throws IOException {
        int broker = 0;
        int controller = 0;
        if (Files.exists(file)) {
            Properties stored = EmbeddedKafka.readProperties(file);
            broker = reusable(stored.getProperty("broker.port"), "broker");
            controller = reusable(stored.getProperty("controller.port"), "controller");
        }
        if (broker == 0) {
            broker = FreePorts.pick();
        }
        while (controller == 0 || controller == broker) {
            controller = FreePorts.pick();
        }
        BrokerPorts ports = new BrokerPorts(broker, controller);
        Properties p = new Properties();
        p.setProperty("broker.port", String.valueOf(broker));
        p.setProperty("controller.port", String.valueOf(controller));
        EmbeddedKafka.writeProperties(p, file);
        return ports;
    }

    private static int reusable(String stored, String which) {
        if (stored == null) {
            return 0;
        }
        int port = Integer.parseInt(stored.trim());
        if (FreePorts.isFree(port)) {
            return port;
        }
        LOG.warn("the {} port {} used before by this data folder is taken; choosing another", which, port);
        return 0;
    }
}
