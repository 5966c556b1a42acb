package io.pressflow.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One broker (own JVM) with three listeners: CLIENT (SASL_SSL, SCRAM-SHA-512) for applications,
 * INTERNAL and CONTROLLER (SASL PLAIN, the broker's own principal) for the broker itself, and the
 * StandardAuthorizer with no access unless an ACL grants it.
 */
final class SecureBroker implements AutoCloseable {
    static final String STORE_PASSWORD = "reliability-store";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-secret";
    private static final String BROKER_PASSWORD = "broker-secret";

    private final BrokerNode node;
    private final int clientPort;
    private final int internalPort;
    private final Path truststore;

    private SecureBroker(BrokerNode node, int clientPort, int internalPort, Path truststore) {
        this.node = node;
        this.clientPort = clientPort;
        this.internalPort = internalPort;
        this.truststore = truststore;
    }

    static SecureBroker start(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path keystore = dir.resolve("broker.p12");
        Path truststore = dir.resolve("truststore.p12");
        makeStores(dir, keystore, truststore);
        int client = Ports.free();
        int internal = Ports.free();
        int controller = Ports.free();
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"broker\" password=\""
                + BROKER_PASSWORD + "\" user_broker=\"" + BROKER_PASSWORD + "\" user_" + ADMIN + "=\"" + ADMIN_PASSWORD + "\";";
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("listeners", "CLIENT://127.0.0.1:" + client + ",INTERNAL://127.0.0.1:" + internal + ",CONTROLLER://127.0.0.1:" + controller);
        p.setProperty("advertised.listeners", "CLIENT://127.0.0.1:" + client + ",INTERNAL://127.0.0.1:" + internal);
        p.setProperty("listener.security.protocol.map", "CLIENT:SASL_SSL,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "INTERNAL");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controller);
        p.setProperty("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        p.setProperty("listener.name.internal.sasl.enabled.mechanisms", "PLAIN");
        p.setProperty("listener.name.internal.plain.sasl.jaas.config", plain);
        p.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.setProperty("listener.name.controller.plain.sasl.jaas.config", plain);
        p.setProperty("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512");
        p.setProperty("listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.setProperty("listener.name.client.ssl.keystore.location", keystore.toString());
        p.setProperty("listener.name.client.ssl.keystore.password", STORE_PASSWORD);
        p.setProperty("listener.name.client.ssl.key.password", STORE_PASSWORD);
        p.setProperty("listener.name.client.ssl.keystore.type", "PKCS12");
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("super.users", "User:broker;User:" + ADMIN);
        p.setProperty("allow.everyone.if.no.acl.found", "false");
        p.setProperty("log.dirs", dir.resolve("logs").toString());
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.num.partitions", "3");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.io.threads", "2");
        p.setProperty("num.network.threads", "2");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        BrokerNode node = new BrokerNode(1, dir, p);
        node.start(org.apache.kafka.common.Uuid.randomUuid().toString());
        return new SecureBroker(node, client, internal, truststore);
    }

    /** A self-signed key pair for 127.0.0.1 and a truststore holding its certificate, made with the JDK's keytool. */
    private static void makeStores(Path dir, Path keystore, Path truststore) throws IOException, InterruptedException {
        String keytool = Paths.get(System.getProperty("java.home"), "bin", "keytool").toString();
        Path cert = dir.resolve("broker.crt");
        run(dir, keytool, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        run(dir, keytool, "-exportcert", "-alias", "broker", "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD,
                "-rfc", "-file", cert.toString());
        run(dir, keytool, "-importcert", "-noprompt", "-alias", "broker", "-file", cert.toString(),
                "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", List.of(command).subList(0, 2)) + " failed: " + out);
        }
    }

    /** SASL_SSL + SCRAM-SHA-512 client settings for {@code user}. */
    Map<String, String> client(String user, String password) {
        Map<String, String> m = new HashMap<>();
        m.put("bootstrap.servers", "127.0.0.1:" + clientPort);
        m.put("security.protocol", "SASL_SSL");
        m.put("sasl.mechanism", "SCRAM-SHA-512");
        m.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        m.put("ssl.truststore.location", truststore.toString());
        m.put("ssl.truststore.password", STORE_PASSWORD);
        m.put("ssl.truststore.type", "PKCS12");
        return m;
    }

    /** The operator's access: the broker's internal listener as the admin super user. */
    Map<String, String> admin() {
        Map<String, String> m = new HashMap<>();
        m.put("bootstrap.servers", "127.0.0.1:" + internalPort);
        m.put("security.protocol", "SASL_PLAINTEXT");
        m.put("sasl.mechanism", "PLAIN");
        m.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + ADMIN + "\" password=\"" + ADMIN_PASSWORD + "\";");
        return m;
    }

    String clientBootstrap() {
        return "127.0.0.1:" + clientPort;
    }

    String logTail() {
        return node.logTail();
    }

    static Properties props(Map<String, String> m) {
        Properties p = new Properties();
        p.putAll(m);
        return p;
    }


    @Override
    public void close() {
        node.close();
    }
}
