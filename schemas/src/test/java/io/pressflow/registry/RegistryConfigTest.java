package io.pressflow.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressflow.avro.PressStatement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class RegistryConfigTest {

    @Test
    void confluentDefaults() {
        RegistryConfig c = RegistryConfig.from(Map.of("schema.registry.url", "http://127.0.0.1:8081"));
        assertEquals(List.of(URI.create("http://127.0.0.1:8081")), c.urls());
        assertTrue(c.autoRegisterSchemas());
        assertFalse(c.useLatestVersion());
        assertFalse(c.specificAvroReader());
        assertEquals(Optional.empty(), c.basicAuthUserInfo());
        assertEquals(Optional.empty(), c.latestCacheTtl());
    }

    @Test
    void commaSeparatedUrlsAndTrailingSlashes() {
        RegistryConfig c = RegistryConfig.from(Map.of("schema.registry.url", " http://a:1/apis/ccompat/v7/ , https://b:2"));
        assertEquals(List.of(URI.create("http://a:1/apis/ccompat/v7"), URI.create("https://b:2")), c.urls());
    }

    @Test
    void typedValuesAsKafkaPassesThem() {
        RegistryConfig c = RegistryConfig.from(Map.of(
                "schema.registry.url", List.of("http://a:1"),
                "auto.register.schemas", false,
                "use.latest.version", "TRUE",
                "latest.cache.ttl.sec", "60",
                "specific.avro.value.type", PressStatement.class,
                "specific.avro.key.type", "io.pressflow.avro.QuoteEvent",
                "http.read.timeout.ms", 1500));
        assertFalse(c.autoRegisterSchemas());
        assertTrue(c.useLatestVersion());
        assertEquals(Optional.of(Duration.ofSeconds(60)), c.latestCacheTtl());
        assertEquals(PressStatement.class, c.specificType(false).orElseThrow());
        assertEquals("io.pressflow.avro.QuoteEvent", c.specificType(true).orElseThrow().getName());
        assertEquals(Duration.ofMillis(1500), c.readTimeout());
    }

    @Test
    void userInfoCredentials() {
        RegistryConfig c = RegistryConfig.from(Map.of(
                "schema.registry.url", "http://a:1",
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "newsdesk:s3cret:with-colon"));
        assertEquals(Optional.of("newsdesk:s3cret:with-colon"), c.basicAuthUserInfo());
        assertThrows(ConfigException.class, () -> RegistryConfig.from(Map.of(
                "schema.registry.url", "http://a:1", "basic.auth.credentials.source", "USER_INFO")));
    }

    @Test
    void urlCredentialsAreTakenOutOfTheUrl() {
        RegistryConfig c = RegistryConfig.from(Map.of("schema.registry.url", "http://desk:p%40ss@a:1/x"));
        assertEquals(Optional.of("desk:p@ss"), c.basicAuthUserInfo());
        assertEquals(List.of(URI.create("http://a:1/x")), c.urls());
    }

    @Test
    void refusesWhatItCannotHonour() {
        assertThrows(ConfigException.class, () -> RegistryConfig.from(Map.of()));
        assertThrows(ConfigException.class, () -> RegistryConfig.from(Map.of("schema.registry.url", "ftp://a")));
        assertThrows(ConfigException.class, () -> RegistryConfig.from(Map.of(
                "schema.registry.url", "http://a:1", "basic.auth.credentials.source", "SASL_INHERIT")));
        assertThrows(ConfigException.class, () -> RegistryConfig.from(Map.of(
                "schema.registry.url", "http://a:1",
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy")));
        assertThrows(ConfigException.class, () -> RegistryConfig.from(Map.of(
                "schema.registry.url", "http://a:1", "auto.register.schemas", "yes")));
        assertThrows(ConfigException.class, () -> RegistryConfig.from(Map.of(
                "schema.registry.url", "http://a:1", "specific.avro.value.type", "no.such.Type")));
    }

    @Test
    void topicNameStrategyIsAccepted() {
        RegistryConfig.from(Map.of("schema.registry.url", "http://a:1",
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicNameStrategy"));
        assertEquals("press.quotes-key", SubjectNames.topicNameStrategy("press.quotes", true));
        assertEquals("press.quotes-value", SubjectNames.topicNameStrategy("press.quotes", false));
    }
}
