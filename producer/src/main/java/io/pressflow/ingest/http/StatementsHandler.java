package io.pressflow.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.sun.net.httpserver.HttpExchange;
import io.pressflow.ingest.dedupe.Ingestor;
import io.pressflow.ingest.read.IncomingStatement;
import io.pressflow.ingest.read.ReadOptions;
import io.pressflow.ingest.read.ReadResult;
import io.pressflow.ingest.read.StatementFormat;
import io.pressflow.ingest.read.StatementSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/statements} (one statement: JSON, or text/plain in the raw format) and
 * {@code POST /v1/statements:batch} (NDJSON). Order of checks: method, token, declared size,
 * media type, streamed size, validation (all of a batch before any of it is sent), then publish and
 * answer only once the broker acknowledged.
 */
final class StatementsHandler {
    /** Longest id accepted in the query of a text/plain request, as for JSON ids. */
    static final int MAX_ID_CHARS = 200;
    private static final Pattern FIELD = Pattern.compile("field '([^']+)'");
    private static final String REQUEST = "request";

    private final ServerOptions options;
    private final Ingestor ingestor;
    private final TokenAuth auth;

    StatementsHandler(ServerOptions options, Ingestor ingestor, TokenAuth auth) {
        this.options = options;
        this.ingestor = ingestor;
        this.auth = auth;
    }

    /** Thrown while reading a body that turns out larger than allowed. */
    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** A response decided before publishing: an error. */
    private static final class Refused extends Exception {
        final Problem problem;

        Refused(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }
    }

    void handle(HttpExchange exchange, boolean batch) throws IOException {
        if (!exchange.getRequestMethod().equalsIgnoreCase("POST")) {
            Responses.methodNotAllowed(exchange, "POST");
            return;
        }
        if (!auth.allows(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"pressflow-ingest\"");
            Responses.problem(exchange, Problem.of("unauthorized", "Unauthorized", 401,
                    "send 'Authorization: Bearer <token>' with a token configured for this server"));
            return;
        }
        try {
            List<IncomingStatement> statements = read(exchange, batch);
            publish(exchange, statements, batch);
        } catch (Refused r) {
            if (r.problem.status() == 413) {
                exchange.getResponseHeaders().set("Connection", "close"); // the rest of the body is not read
            }
            Responses.problem(exchange, r.problem);
        }
    }

    private List<IncomingStatement> read(HttpExchange exchange, boolean batch) throws IOException, Refused {
        long declared = declaredLength(exchange);
        if (declared > options.maxRequestBytes()) {
            throw tooLarge("the request declares " + declared + " bytes");
        }
        StatementFormat format = format(exchange.getRequestHeaders().getFirst("Content-Type"), batch);
        byte[] body;
        try {
            body = readLimited(exchange.getRequestBody(), options.maxRequestBytes());
        } catch (TooLarge e) {
            throw tooLarge("the request body is longer");
        }
        if (!batch && body.length > options.maxStatementBytes()) {
            throw new Refused(Problem.of("statement-too-large", "Statement too large", 413, "the statement is "
                    + body.length + " bytes, over the limit of " + options.maxStatementBytes() + " bytes per statement"));
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        ReadOptions readOptions = new ReadOptions(options.maxStatementBytes(), query.getOrDefault("source", options.defaultSource()));
        List<ReadResult> results = StatementSource.of(new ByteArrayInputStream(body), REQUEST, format, readOptions).readAll();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<IncomingStatement> statements = new ArrayList<>();
        for (ReadResult r : results) {
            if (r instanceof ReadResult.Rejected rejected) {
                errors.add(fieldError(rejected.rejection().origin(), rejected.rejection().reason(), batch));
            } else {
                statements.add(((ReadResult.Accepted) r).statement());
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(Problem.invalid(errors.size() + (batch ? " of " + results.size() + " statements are" : " statement is")
                    + " invalid; nothing was published: " + errors.get(0).detail(), errors));
        }
        if (statements.isEmpty()) {
            throw new Refused(Problem.invalid("the batch holds no statements",
                    List.of(new Problem.FieldError("$", "no NDJSON lines with a statement", null))));
        }
        if (format == StatementFormat.RAW) {
            statements = List.of(withQuery(statements.get(0), query));
        }
        return statements;
    }

    /** Raw text carries no fields: its id and URL may come as query parameters. */
    private static IncomingStatement withQuery(IncomingStatement s, Map<String, String> query) throws Refused {
        String id = query.get("id");
        if (id != null) {
            id = id.strip();
            String problem = id.length() > MAX_ID_CHARS ? "is " + id.length() + " characters, over the limit of " + MAX_ID_CHARS
                    : id.chars().anyMatch(Character::isISOControl) ? "contains control characters" : null;
            if (problem != null) {
                throw new Refused(Problem.invalid("query parameter 'id' " + problem,
                        List.of(new Problem.FieldError("id", "query parameter 'id' " + problem, null))));
            }
        }
        return new IncomingStatement(s.origin(), id, s.source(), query.get("url"), s.headline(), s.body(), s.language(),
                s.publishedDate(), s.sizeBytes());
    }

    private void publish(HttpExchange exchange, List<IncomingStatement> statements, boolean batch) throws IOException {
        List<CompletableFuture<Ingestor.Outcome>> sent = new ArrayList<>();
        for (IncomingStatement s : statements) {
            sent.add(ingestor.submit(s));
        }
        long deadline = System.nanoTime() + options.ackTimeout().toNanos();
        List<Result> results = new ArrayList<>();
        List<Problem.FieldError> failures = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            Integer line = batch ? lineOf(statements.get(i).origin()) : null;
            try {
                Ingestor.Outcome o = sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                results.add(new Result(line, o.id(), o.topic(), o.partition(), o.offset(), o.contentHash(), o.duplicate()));
            } catch (ExecutionException e) {
                failures.add(new Problem.FieldError("$", "not published: " + e.getCause().getMessage(), line));
            } catch (TimeoutException e) {
                failures.add(new Problem.FieldError("$", "no acknowledgement from the broker within "
                        + options.ackTimeout().toSeconds() + " s; it may still arrive: retry with the same id", line));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new Problem.FieldError("$", "server shutting down", line));
            }
        }
        if (!failures.isEmpty()) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            Responses.problem(exchange, new Problem(Problem.TYPE_BASE + "not-published", "Not published", 503,
                    failures.size() + " of " + sent.size() + " statements were not acknowledged by Kafka;"
                            + " retrying the same request is safe (statements already accepted come back as duplicates)",
                    failures));
            return;
        }
        boolean anyNew = results.stream().anyMatch(r -> !r.duplicate());
        int status = anyNew ? 202 : 200;
        if (batch) {
            long duplicates = results.stream().filter(Result::duplicate).count();
            Responses.json(exchange, status, new BatchResult(results.size() - (int) duplicates, (int) duplicates, results));
        } else {
            Responses.json(exchange, status, results.get(0));
        }
    }

    /** One statement's answer: where it is on the topic. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(Integer line, String id, String topic, int partition, long offset,
                  @JsonProperty("content_hash") String contentHash, boolean duplicate) {}

    record BatchResult(int accepted, int duplicates, List<Result> statements) {}

    private static Problem.FieldError fieldError(String origin, String reason, boolean batch) {
        Matcher m = FIELD.matcher(reason);
        String field;
        if (m.find()) {
            field = m.group(1);
        } else if (reason.startsWith("empty statement")) {
            field = "body";
        } else {
            field = "$"; // the document itself: not JSON, not UTF-8, not an object, too large
        }
        return new Problem.FieldError(field, reason, batch ? lineOf(origin) : null);
    }

    private static Integer lineOf(String origin) {
        int colon = origin.lastIndexOf(':');
        try {
            return Integer.valueOf(origin.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static StatementFormat format(String contentType, boolean batch) throws Refused {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        StatementFormat f;
        if (batch) {
            f = switch (type) {
                case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" -> StatementFormat.NDJSON;
                default -> null;
            };
        } else {
            f = switch (type) {
                case "application/json" -> StatementFormat.JSON;
                case "text/plain" -> StatementFormat.RAW;
                default -> null;
            };
        }
        if (f == null) {
            throw new Refused(Problem.of("unsupported-media-type", "Unsupported media type", 415,
                    "Content-Type " + (type.isEmpty() ? "missing" : "'" + type + "'") + "; send "
                            + (batch ? "application/x-ndjson (one JSON statement per line)" : "application/json or text/plain")));
        }
        return f;
    }

    private static long declaredLength(HttpExchange exchange) throws Refused {
        String v = exchange.getRequestHeaders().getFirst("Content-Length");
        if (v == null) {
            return -1;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new Refused(Problem.of("bad-request", "Bad request", 400, "Content-Length is not a number"));
        }
    }

    private Refused tooLarge(String what) {
        return new Refused(Problem.of("request-too-large", "Request too large", 413,
                what + ", over the limit of " + options.maxRequestBytes() + " bytes per request"));
    }

    /** Reads the whole body, failing as soon as it passes {@code max} (chunked bodies have no declared length). */
    static byte[] readLimited(InputStream in, long max) throws IOException, TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            total += n;
            if (total > max) {
                throw new TooLarge();
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            q.putIfAbsent(k, v);
        }
        return q;
    }
}
