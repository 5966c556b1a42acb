package io.pressflow.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * Client for the Confluent Schema Registry REST API (also served by Apicurio at /apis/ccompat/v7).
 *
 * <p>Schema ids are cached both ways once learnt, so the serde's hot path makes no HTTP call after
 * the first record of each schema. Ids are immutable in the registry, which makes these caches
 * safe without expiry; only "latest version" answers can go stale and have a TTL.
 *
 * <p>Thread-safe: one client may be shared by all serdes of a process.
 */
public final class SchemaRegistryClient {
    /** tries of one registration when the registry answers 5xx or not at all (100, 300, 900 ms apart) */
    static final int REGISTER_ATTEMPTS = 4;
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryConfig config;
    private final HttpClient http;
    private final Optional<String> authorization;
    /** Index of the URL that answered last: keep using it rather than retrying a dead one first. */
    private final AtomicInteger preferredUrl = new AtomicInteger();
    private final AtomicLong requestsSent = new AtomicLong();

    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<String, Map<Schema, RegisteredSchema>> lookupsBySubject = new ConcurrentHashMap<>();
    private final Map<String, CachedLatest> latestBySubject = new ConcurrentHashMap<>();

    private record CachedLatest(RegisteredSchema schema, Instant fetchedAt) {}

    public SchemaRegistryClient(RegistryConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.authorization = config.basicAuthUserInfo().map(userInfo ->
                "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    /** A client for a registry at these URLs with default settings. */
    public static SchemaRegistryClient of(String... urls) {
        return new SchemaRegistryClient(RegistryConfig.of(urls));
    }

    public RegistryConfig config() {
        return config;
    }

    /** POST /subjects/{s}/versions: registers the schema (or finds it already registered); returns its id. */
    public int register(String subject, Schema schema) {
        Map<Schema, Integer> ids = idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer cached = ids.get(schema);
        if (cached != null) return cached;
        JsonNode answer = registerWithRetry(subject, schema);
        int id = requiredInt(answer, "id", "register " + subject);
        ids.put(schema, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /**
     * Registering is idempotent (the same schema gets the same id), so a registry that failed on a
     * concurrent first registration (a 5xx, as Apicurio answers when two clients race) is asked again.
     * A 409 is either a schema the subject's compatibility refuses or, from Apicurio, the other side of
     * such a race ("artifact already exists"): if the subject now holds this very schema, its id is the answer.
     */
    private JsonNode registerWithRetry(String subject, Schema schema) {
        long backoffMs = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                return send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema));
            } catch (SchemaRegistryException e) {
                if (e.status() == 409) {
                    return registeredMeanwhile(subject, schema).orElseThrow(() -> e);
                }
                if (!e.isTransient() || attempt >= REGISTER_ATTEMPTS) {
                    throw e;
                }
            }
            try {
                Thread.sleep(backoffMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("register " + subject, "interrupted", e);
            }
            backoffMs *= 3;
        }
    }

    private Optional<JsonNode> registeredMeanwhile(String subject, Schema schema) {
        try {
            return Optional.of(send("POST", "/subjects/" + encode(subject), schemaBody(schema)));
        } catch (SchemaRegistryException notThere) {
            return Optional.empty();
        }
    }

    /** POST /subjects/{s}: the version of this subject holding this schema; 404 (40401/40403) when there is none. */
    public RegisteredSchema lookup(String subject, Schema schema) {
        Map<Schema, RegisteredSchema> found = lookupsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        RegisteredSchema cached = found.get(schema);
        if (cached != null) return cached;
        JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema));
        RegisteredSchema registered = new RegisteredSchema(
                answer.path("subject").asText(subject),
                requiredInt(answer, "id", "lookup " + subject),
                answer.path("version").asInt(),
                schema);
        found.put(schema, registered);
        schemasById.putIfAbsent(registered.id(), schema);
        return registered;
    }

    /** GET /schemas/ids/{id}: the schema with this id; 404 (40403) when the registry has none. */
    public Schema schemaById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) return cached;
        JsonNode answer = send("GET", "/schemas/ids/" + id, null);
        Schema schema = parse(answer, "schema id " + id);
        Schema previous = schemasById.putIfAbsent(id, schema);
        return previous != null ? previous : schema;
    }

    /** GET /subjects/{s}/versions/latest, always asking the registry. */
    public RegisteredSchema latestVersion(String subject) {
        JsonNode answer = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        RegisteredSchema latest = new RegisteredSchema(
                answer.path("subject").asText(subject),
                requiredInt(answer, "id", "latest version of " + subject),
                answer.path("version").asInt(),
                parse(answer, "latest version of " + subject));
        schemasById.putIfAbsent(latest.id(), latest.schema());
        latestBySubject.put(subject, new CachedLatest(latest, Instant.now()));
        return latest;
    }

    /** The latest version, cached for latest.cache.ttl.sec (for ever when unset, as Confluent does). */
    public RegisteredSchema cachedLatestVersion(String subject) {
        CachedLatest cached = latestBySubject.get(subject);
        if (cached != null && config.latestCacheTtl()
                .map(ttl -> cached.fetchedAt().plus(ttl).isAfter(Instant.now())).orElse(true)) {
            return cached.schema();
        }
        return latestVersion(subject);
    }

    /** POST /compatibility/subjects/{s}/versions/latest: could this schema become the next version? */
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema));
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(m -> messages.add(m.asText()));
        // Apicurio explains itself in "reason" instead
        JsonNode reason = answer.path("reason");
        if (reason.isTextual()) messages.add(reason.asText());
        JsonNode verdict = answer.path("is_compatible");
        if (!verdict.isBoolean()) {
            throw new SchemaRegistryException("compatibility " + subject, 200, SchemaRegistryException.NO_RESPONSE,
                    "answer has no is_compatible: " + answer);
        }
        return new CompatibilityResult(verdict.asBoolean(), messages);
    }

    /** PUT /config/{s}: sets the subject's compatibility level (BACKWARD, FORWARD, FULL, NONE, *_TRANSITIVE). */
    public String setCompatibility(String subject, String level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level);
        JsonNode answer = send("PUT", "/config/" + encode(subject), body);
        return answer.path("compatibility").asText(level);
    }

    /** GET /subjects: every subject the registry knows. */
    public List<String> subjects() {
        JsonNode answer = send("GET", "/subjects", null);
        List<String> subjects = new ArrayList<>();
        answer.forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    private static ObjectNode schemaBody(Schema schema) {
        // schemaType is left out: AVRO is the protocol's default and older registries reject the field
        return JSON.createObjectNode().put("schema", schema.toString());
    }

    private static Schema parse(JsonNode answer, String what) {
        String type = answer.path("schemaType").asText("AVRO");
        if (!"AVRO".equalsIgnoreCase(type)) {
            throw new SchemaRegistryException(what, 200, SchemaRegistryException.NO_RESPONSE,
                    "schema type " + type + " is not Avro");
        }
        if (answer.path("references").size() > 0) {
            throw new SchemaRegistryException(what, 200, SchemaRegistryException.NO_RESPONSE,
                    "schema references are not supported: " + answer.path("references"));
        }
        JsonNode text = answer.path("schema");
        if (!text.isTextual()) {
            throw new SchemaRegistryException(what, 200, SchemaRegistryException.NO_RESPONSE, "answer has no schema: " + answer);
        }
        try {
            return new Schema.Parser().parse(text.asText());
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(what, 200, SchemaRegistryException.NO_RESPONSE,
                    "registry returned a schema Avro cannot parse: " + e.getMessage());
        }
    }

    private static int requiredInt(JsonNode answer, String field, String what) {
        JsonNode value = answer.path(field);
        if (!value.canConvertToInt()) {
            throw new SchemaRegistryException(what, 200, SchemaRegistryException.NO_RESPONSE,
                    "answer has no " + field + ": " + answer);
        }
        return value.asInt();
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One call, failing over to the next URL only when a registry does not answer at all. */
    private JsonNode send(String method, String path, JsonNode body) {
        List<URI> urls = config.urls();
        int first = preferredUrl.get();
        SchemaRegistryException lastFailure = null;
        for (int i = 0; i < urls.size(); i++) {
            int index = (first + i) % urls.size();
            String target = urls.get(index) + path;
            String request = method + " " + target;
            HttpResponse<String> response;
            requestsSent.incrementAndGet();
            try {
                response = http.send(request(method, target, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                lastFailure = new SchemaRegistryException(request, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException(request, "interrupted", e);
            }
            preferredUrl.set(index);
            return answer(request, response);
        }
        throw lastFailure;
    }

    private HttpRequest request(String method, String target, JsonNode body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(target))
                .timeout(config.readTimeout())
                .header("Accept", ACCEPT);
        authorization.ifPresent(a -> builder.header("Authorization", a));
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", CONTENT_TYPE)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
    }

    private static JsonNode answer(String request, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode json = null;
        try {
            json = response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            // not JSON: the raw body becomes the message below
        }
        if (status / 100 == 2) {
            if (json == null) {
                throw new SchemaRegistryException(request, status, SchemaRegistryException.NO_RESPONSE,
                        "expected a JSON answer, got: " + abbreviate(response.body()));
            }
            return json;
        }
        int errorCode = json != null && json.path("error_code").canConvertToInt() ? json.path("error_code").asInt() : status;
        String message = json != null && json.path("message").isTextual() ? json.path("message").asText() : abbreviate(response.body());
        throw new SchemaRegistryException(request, status, errorCode, message);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    @Override
    public String toString() {
        return "SchemaRegistryClient" + config.urls();
    }

    /**
     * Records an id the caller already knows (e.g. from an earlier run), exactly as if the registry
     * had answered it: later calls for this subject/schema or id send no request.
     */
    void remember(String subject, int id, Schema schema) {
        idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(schema, id);
        schemasById.putIfAbsent(id, schema);
    }

    /** HTTP requests sent so far: lets callers (and tests) check that the hot path is served from cache. */
    public long requestsSent() {
        return requestsSent.get();
    }
}
