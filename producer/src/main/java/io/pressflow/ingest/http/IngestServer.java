package io.pressflow.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pressflow.ingest.dedupe.Ingestor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP ingest surface on the JDK's built-in server: {@code POST /v1/statements},
 * {@code POST /v1/statements:batch}, {@code GET /openapi.json}, {@code GET /health}. Requests are
 * handled on a bounded pool; when it and its queue are full, the accepting thread runs the request
 * itself, which stops it accepting more (back-pressure instead of unbounded memory).
 */
public final class IngestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ThreadPoolExecutor pool;

    private IngestServer(HttpServer server, ThreadPoolExecutor pool) {
        this.server = server;
        this.pool = pool;
    }

    public static IngestServer start(ServerOptions options, Ingestor ingestor, TokenAuth auth) throws IOException {
        Objects.requireNonNull(ingestor, "ingestor");
        if (auth.isEmpty()) {
            throw new IllegalArgumentException("no ingest tokens configured: set " + TokenAuth.TOKENS_ENV
                    + " or give a token file; the server does not accept statements without authentication");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(options.threads() * 8), r -> {
                    Thread t = new Thread(r, "ingest-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(pool);
        StatementsHandler statements = new StatementsHandler(options, ingestor, auth);
        byte[] openApi = openApi();
        server.createContext("/", exchange -> {
            try (exchange) {
                route(exchange, statements, openApi, ingestor);
            } catch (IOException e) {
                // the client went away: nothing more can be sent on this exchange
                System.err.println("ingest: " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
            } catch (RuntimeException e) {
                System.err.println("ingest: " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
                internalError(exchange, e);
            }
        });
        server.start();
        return new IngestServer(server, pool);
    }

    private static void route(HttpExchange exchange, StatementsHandler statements, byte[] openApi, Ingestor ingestor)
            throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        switch (path) {
            case "/v1/statements" -> statements.handle(exchange, false);
            case "/v1/statements:batch" -> statements.handle(exchange, true);
            case "/openapi.json" -> {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    Responses.methodNotAllowed(exchange, "GET, HEAD");
                    return;
                }
                Responses.send(exchange, 200, "application/json", openApi);
            }
            case "/health" -> {
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    Responses.methodNotAllowed(exchange, "GET, HEAD");
                    return;
                }
                Responses.json(exchange, 200, new Health("up", ingestor.topic(), ingestor.acceptedLog().size()));
            }
            default -> Responses.problem(exchange, Problem.of("not-found", "Not found", 404, "no resource at " + path
                    + "; see /openapi.json"));
        }
    }

    /** A 500 problem, when the answer has not started yet. */
    private static void internalError(HttpExchange exchange, RuntimeException e) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            Responses.problem(exchange, Problem.of("internal-error", "Internal error", 500,
                    "the statement could not be handled: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (IOException | RuntimeException ignored) {
            // the connection is gone: the log line above is all that can be done
        }
    }

    /** What {@code GET /health} answers. */
    record Health(String status, String topic, int remembered_ids) {}

    private static byte[] openApi() {
        try (InputStream in = IngestServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the producer jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port}. */
    public String baseUrl() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** Stops accepting, lets running requests finish (they wait for their acknowledgements), bounded. */
    @Override
    public void close() {
        server.stop(1);
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
