package io.pressflow.registry;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * Typed view of the serde and registry client settings. The keys are Confluent's own, so that a
 * deployment moves from the embedded registry to a Confluent Schema Registry by changing values only.
 *
 * @param urls                 registry base URLs, tried in order when one cannot be reached
 * @param autoRegisterSchemas  serializer registers the record's schema under its subject
 * @param useLatestVersion     serializer takes the subject's latest version instead of registering
 * @param basicAuthUserInfo    "user:password" sent as HTTP basic auth, when configured
 * @param latestCacheTtl       how long the latest version of a subject is cached; empty = for ever
 * @param specificAvroReader   deserializer looks up the generated class named by the writer schema
 * @param keyType              generated class a key deserializer decodes into, when configured
 * @param valueType            generated class a value deserializer decodes into, when configured
 * @param connectTimeout       HTTP connect timeout
 * @param readTimeout          HTTP request timeout
 */
public record RegistryConfig(
        List<URI> urls,
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        Optional<String> basicAuthUserInfo,
        Optional<Duration> latestCacheTtl,
        boolean specificAvroReader,
        Optional<Class<?>> keyType,
        Optional<Class<?>> valueType,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Confluent accepts the user info under this prefixed name too. */
    public static final String SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
    public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public RegistryConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, "", "at least one schema registry URL is required");
        }
    }

    /** Settings for a registry at these URLs, everything else at its default. */
    public static RegistryConfig of(String... urls) {
        return from(Map.of(SCHEMA_REGISTRY_URL, String.join(",", urls)));
    }

    /** Reads the settings from a Kafka client/serde config map (values may be strings or typed). */
    public static RegistryConfig from(Map<String, ?> configs) {
        List<URI> urls = parseUrls(configs.get(SCHEMA_REGISTRY_URL));
        String source = string(configs, BASIC_AUTH_CREDENTIALS_SOURCE).orElse("URL").trim().toUpperCase();
        Optional<String> userInfo = switch (source) {
            case "USER_INFO" -> Optional.of(string(configs, BASIC_AUTH_USER_INFO)
                    .or(() -> string(configs, SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO))
                    .filter(s -> !s.isBlank())
                    .orElseThrow(() -> new ConfigException(BASIC_AUTH_USER_INFO, null,
                            BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO needs user:password in " + BASIC_AUTH_USER_INFO)));
            case "URL" -> urls.stream().map(URI::getRawUserInfo).filter(u -> u != null && !u.isEmpty()).findFirst()
                    .map(RegistryConfig::percentDecode);
            default -> throw new ConfigException(BASIC_AUTH_CREDENTIALS_SOURCE, source,
                    "supported credential sources are USER_INFO and URL");
        };
        requireTopicNameStrategy(configs, KEY_SUBJECT_NAME_STRATEGY);
        requireTopicNameStrategy(configs, VALUE_SUBJECT_NAME_STRATEGY);
        Optional<Duration> ttl = string(configs, LATEST_CACHE_TTL_SEC).map(Long::parseLong)
                .filter(s -> s >= 0).map(Duration::ofSeconds);
        return new RegistryConfig(
                urls.stream().map(RegistryConfig::withoutUserInfo).toList(),
                bool(configs, AUTO_REGISTER_SCHEMAS, true),
                bool(configs, USE_LATEST_VERSION, false),
                userInfo,
                ttl,
                bool(configs, SPECIFIC_AVRO_READER, false),
                type(configs, SPECIFIC_AVRO_KEY_TYPE),
                type(configs, SPECIFIC_AVRO_VALUE_TYPE),
                millis(configs, HTTP_CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT),
                millis(configs, HTTP_READ_TIMEOUT_MS, DEFAULT_READ_TIMEOUT));
    }

    /** The generated class configured for keys or values, if any. */
    public Optional<Class<?>> specificType(boolean isKey) {
        return isKey ? keyType : valueType;
    }

    private static List<URI> parseUrls(Object value) {
        if (value == null) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, null, "missing: the schema registry URL(s), comma-separated");
        }
        List<String> parts = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> parts.add(String.valueOf(v)));
        } else {
            parts.addAll(List.of(String.valueOf(value).split(",")));
        }
        List<URI> urls = new ArrayList<>();
        for (String part : parts) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) continue;
            URI uri;
            try {
                uri = URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, trimmed, "not a URL: " + e.getMessage());
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, trimmed, "only http and https URLs are supported");
            }
            urls.add(uri);
        }
        return urls;
    }

    private static URI withoutUserInfo(URI uri) {
        if (uri.getRawUserInfo() == null) return uri;
        String s = uri.toString();
        return URI.create(s.replaceFirst("//[^@/]*@", "//"));
    }

    private static String percentDecode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void requireTopicNameStrategy(Map<String, ?> configs, String key) {
        Object v = configs.get(key);
        if (v == null) return;
        String name = v instanceof Class<?> c ? c.getName() : String.valueOf(v);
        if (!name.endsWith("TopicNameStrategy")) {
            throw new ConfigException(key, name, "only TopicNameStrategy (<topic>-key / <topic>-value) is supported");
        }
    }

    private static Optional<String> string(Map<String, ?> configs, String key) {
        Object v = configs.get(key);
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v).trim());
    }

    private static boolean bool(Map<String, ?> configs, String key, boolean dflt) {
        Object v = configs.get(key);
        if (v == null) return dflt;
        if (v instanceof Boolean b) return b;
        String s = String.valueOf(v).trim();
        if (s.equalsIgnoreCase("true")) return true;
        if (s.equalsIgnoreCase("false")) return false;
        throw new ConfigException(key, v, "expected true or false");
    }

    private static Duration millis(Map<String, ?> configs, String key, Duration dflt) {
        Object v = configs.get(key);
        if (v == null) return dflt;
        try {
            long ms = v instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(v).trim());
            if (ms <= 0) throw new ConfigException(key, v, "must be positive");
            return Duration.ofMillis(ms);
        } catch (NumberFormatException e) {
            throw new ConfigException(key, v, "expected a number of milliseconds");
        }
    }

    private static Optional<Class<?>> type(Map<String, ?> configs, String key) {
        Object v = configs.get(key);
        if (v == null) return Optional.empty();
        if (v instanceof Class<?> c) return Optional.of(c);
        String name = String.valueOf(v).trim();
        if (name.isEmpty()) return Optional.empty();
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return Optional.of(Class.forName(name, true, loader != null ? loader : RegistryConfig.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new ConfigException(key, name, "class not found");
        }
    }
}
