package io.pressflow.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.embedded.RegistryProcess;
import io.pressflow.embedded.Topics;
import io.pressflow.ingest.publish.Delivery;
import io.pressflow.ingest.publish.PublisherConfig;
import io.pressflow.ingest.publish.StatementPublisher;
import io.pressflow.schemas.PressTopics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SASL/SCRAM over TLS with ACLs (StandardAuthorizer): the producer's principal can only write raw
 * statements, the streams app's principal only what the topology needs, and everyone else is refused.
 */
class SecurityIT {
    static final String APP_ID = "pressflow-enricher";
    static final String INGEST = "pressflow-ingest";
    static final String ENRICHER = "pressflow-enricher";
    static final String NOBODY = "nobody";
    static final int STATEMENTS = 200;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void eachPrincipalGetsOnlyWhatItNeeds() throws Exception {
        Path work = Fixtures.workDir("security");
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> checks = new ArrayList<>();
        try (SecureBroker broker = SecureBroker.start(work.resolve("broker"))) {
            Map<String, String> adminConfig = broker.admin();
            try (Admin admin = Admin.create(new HashMap<>(adminConfig))) {
                assertTrue(Fixtures.await(() -> ready(admin), Duration.ofMinutes(3)), () -> "secure broker not up:\n" + broker.logTail());
                Topics.create(admin, Fixtures.topics((short) 1, 0));
                admin.alterUserScramCredentials(List.of(
                        scram(INGEST, "ingest-secret"), scram(ENRICHER, "enricher-secret"), scram(NOBODY, "nobody-secret")))
                        .all().get(60, TimeUnit.SECONDS);
                admin.createAcls(acls()).all().get(60, TimeUnit.SECONDS);
            }
            RegistryProcess registry = RegistryProcess.start(RegistryProcess.defaultHome(), work.resolve("registry"));
            StreamsInstance app = null;
            try (EnrichedCounter counter = new EnrichedCounter(adminConfig.get("bootstrap.servers"), registry.url(), without(adminConfig, "bootstrap.servers"))) {
                Map<String, String> ingest = broker.client(INGEST, "ingest-secret");
                Map<String, String> enricher = broker.client(ENRICHER, "enricher-secret");

                // the producer's principal publishes raw statements (SCRAM credentials reach the broker within moments)
                List<String> ids = new ArrayList<>();
                try (StatementPublisher publisher = new StatementPublisher(PublisherConfig.of(broker.clientBootstrap(), registry.url())
                        .withProperties(without(ingest, "bootstrap.servers")))) {
                    List<CompletableFuture<Delivery>> sends = new ArrayList<>();
                    for (int i = 0; i < STATEMENTS; i++) {
                        ids.add(Statements.id(run, i));
                        sends.add(publisher.send(Statements.statement(run, i), "secure:" + i));
                    }
                    for (CompletableFuture<Delivery> s : sends) s.get(2, TimeUnit.MINUTES);
                }
                checks.add("ingest wrote " + STATEMENTS + " raw statements over SASL_SSL/SCRAM-SHA-512");
                checks.add(refused("ingest writing " + PressTopics.ENRICHED, AuthorizationException.class, () -> produce(ingest, PressTopics.ENRICHED)));
                checks.add(refused("ingest reading " + PressTopics.RAW, AuthorizationException.class, () -> consume(ingest, PressTopics.RAW)));

                // the streams app, in its own JVM, with only the enricher's ACLs
                app = StreamsInstance.start("streams", broker.clientBootstrap(), registry.url(), work.resolve("streams"),
                        without(enricher, "bootstrap.servers"));
                StreamsInstance running = app;
                boolean enriched = counter.awaitAll(ids, Duration.ofMinutes(4), Duration.ofSeconds(3));
                checks.add("enricher enriched " + counter.enrichedOf(ids) + " of " + STATEMENTS + " with its ACLs only");
                checks.add(refused("enricher writing " + PressTopics.RAW, AuthorizationException.class, () -> produce(enricher, PressTopics.RAW)));

                Map<String, String> nobody = broker.client(NOBODY, "nobody-secret");
                checks.add(refused("authenticated principal without ACLs writing " + PressTopics.RAW, AuthorizationException.class,
                        () -> produce(nobody, PressTopics.RAW)));
                checks.add(refused("authenticated principal without ACLs reading " + PressTopics.ENRICHED, AuthorizationException.class,
                        () -> consume(nobody, PressTopics.ENRICHED)));
                checks.add(refused("wrong password", SaslAuthenticationException.class,
                        () -> produce(broker.client(INGEST, "not-the-password"), PressTopics.RAW)));
                Map<String, String> untrusting = new HashMap<>(ingest);
                untrusting.remove("ssl.truststore.location");
                untrusting.remove("ssl.truststore.password");
                untrusting.remove("ssl.truststore.type");
                checks.add(refused("client that does not trust the broker's certificate", SslAuthenticationException.class,
                        () -> produce(untrusting, PressTopics.RAW)));

                Map<String, Object> report = new LinkedHashMap<>();
                report.put("sent", STATEMENTS);
                report.put("enriched", counter.enrichedOf(ids));
                report.put("missing", counter.missingOf(ids));
                report.put("duplicates", counter.duplicates());
                report.put("kills", 0);
                report.put("checks", checks);
                report.put("passed", enriched && counter.duplicates() == 0);
                ReliabilityReport.record("security_sasl_scram_tls_acls", report);

                assertNull(counter.failure());
                assertTrue(enriched, () -> "not all enriched under ACLs; app log:\n" + running.logTail());
                assertEquals(0, counter.duplicates());
            } finally {
                if (app != null) app.close();
                registry.close();
            }
        }
    }

    private static boolean ready(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(15, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static UserScramCredentialUpsertion scram(String user, String password) {
        return new UserScramCredentialUpsertion(user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password);
    }

    /** Least privilege for the two application principals; nobody else gets anything. */
    private static List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        // producer: write (idempotently) to the raw topic, nothing else
        allow(acls, INGEST, ResourceType.TOPIC, PressTopics.RAW, PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        // streams app: read raw, write the outputs and dead letters (and read them back for the counts),
        // its own internal topics, consumer group and transactional ids (all prefixed with its application.id)
        allow(acls, ENRICHER, ResourceType.TOPIC, PressTopics.RAW, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        for (String out : List.of(PressTopics.ENRICHED, PressTopics.QUOTES, PressTopics.TOPIC_TAGS)) {
            allow(acls, ENRICHER, ResourceType.TOPIC, out, PatternType.LITERAL, AclOperation.WRITE, AclOperation.DESCRIBE);
        }
        allow(acls, ENRICHER, ResourceType.TOPIC, PressTopics.DLQ, PatternType.LITERAL, AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE);
        allow(acls, ENRICHER, ResourceType.TOPIC, APP_ID + "-", PatternType.PREFIXED, AclOperation.ALL);
        allow(acls, ENRICHER, ResourceType.GROUP, APP_ID, PatternType.LITERAL, AclOperation.READ, AclOperation.DESCRIBE);
        allow(acls, ENRICHER, ResourceType.TRANSACTIONAL_ID, APP_ID + "-", PatternType.PREFIXED, AclOperation.WRITE, AclOperation.DESCRIBE);
        return acls;
    }

    private static void allow(List<AclBinding> acls, String user, ResourceType type, String name, PatternType pattern, AclOperation... ops) {
        for (AclOperation op : ops) {
            acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry("User:" + user, "*", op, AclPermissionType.ALLOW)));
        }
    }

    private interface Attempt {
        void run() throws Exception;
    }

    /** Runs the attempt and requires it to fail with {@code expected} somewhere in its causes. */
    private static String refused(String what, Class<? extends Throwable> expected, Attempt attempt) {
        try {
            attempt.run();
        } catch (Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (expected.isInstance(c)) {
                    return what + ": refused (" + c.getClass().getSimpleName() + ")";
                }
            }
            throw new AssertionError(what + ": failed, but not with " + expected.getSimpleName() + ": " + t, t);
        }
        throw new AssertionError(what + ": was allowed");
    }

    private static void produce(Map<String, String> client, String topic) throws Exception {
        Map<String, Object> p = new HashMap<>(client);
        p.put("max.block.ms", "20000");
        p.put("delivery.timeout.ms", "20000");
        p.put("request.timeout.ms", "10000");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "probe", new byte[] {1, 2, 3})).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception c ? c : e;
        }
    }

    private static void consume(Map<String, String> client, String topic) {
        Map<String, Object> p = new HashMap<>(client);
        p.put("group.id", "probe-" + System.nanoTime());
        p.put("default.api.timeout.ms", "20000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            consumer.seekToBeginning(List.of(new TopicPartition(topic, 0)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500));
                consumer.position(new TopicPartition(topic, 0));
            }
        }
    }

    private static Map<String, String> without(Map<String, String> m, String key) {
        Map<String, String> copy = new HashMap<>(m);
        copy.remove(key);
        return copy;
    }
}
