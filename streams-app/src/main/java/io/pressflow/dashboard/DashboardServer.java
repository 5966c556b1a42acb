package io.pressflow.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.pressflow.dashboard.model.JsonSerde;
import io.pressflow.topology.EnrichmentMetrics;
import io.pressflow.topology.StreamsApp;
import io.pressflow.topology.StreamsAppConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams app's HTTP side: the JSON API over interactive queries, the dashboard page,
 * {@code /metrics} (Prometheus) and {@code /health}. Bound before the streams app is built, so the app
 * can advertise this address as its {@code application.server} and the instances can find each other.
 *
 * <pre>
 * DashboardServer http = DashboardServer.bind("0.0.0.0", 8080, "host-a");
 * StreamsApp app = new StreamsApp(http.advertise(config), extractor, http.metrics());
 * app.start();
 * http.serve(app);
 * </pre>
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DashboardServer.class);
    private static final String PAGES = "/io/pressflow/dashboard/";
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css");

    private final HttpServer server;
    private final HostInfo advertised;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final EnrichmentMetrics metrics = new EnrichmentMetrics(registry);
    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "pressflow-http");
        t.setDaemon(true);
        return t;
    });
    private volatile Api api;
    private final List<KafkaStreamsMetrics> streamsMetrics = new ArrayList<>();

    private DashboardServer(HttpServer server, HostInfo advertised) {
        this.server = server;
        this.advertised = advertised;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * Binds now (port 0 picks a free one) and answers 503 on the API until {@link #serve}.
     *
     * @param advertisedHost the name other instances reach this one by
     */
    public static DashboardServer bind(String bindHost, int port, String advertisedHost) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bindHost, port), 64);
        DashboardServer d = new DashboardServer(server, new HostInfo(advertisedHost, server.getAddress().getPort()));
        server.createContext("/", d::handle);
        server.setExecutor(d.pool);
        server.start();
        return d;
    }

    /**
     * The config with {@code application.server} set to this server's advertised host:port (the
     * dashboard app, whose stores the API queries, inherits it).
     */
    public StreamsAppConfig advertise(StreamsAppConfig config) {
        Map<String, String> extra = new HashMap<>(config.extra());
        extra.put(StreamsConfig.APPLICATION_SERVER_CONFIG, Api.server(advertised));
        return config.with(config.applicationId(), extra);
    }

    /** The metrics the topology records into (exported at /metrics). */
    public EnrichmentMetrics metrics() {
        return metrics;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Starts answering for this app (bind its Kafka Streams metrics too). */
    public synchronized void serve(StreamsApp app) {
        api = new Api(app, advertised, metrics);
        app.all().values().forEach(streams -> {
            KafkaStreamsMetrics m = new KafkaStreamsMetrics(streams);
            m.bindTo(registry);
            streamsMetrics.add(m);
        });
    }

    /** http://host:port/ as advertised. */
    public URI address() {
        return URI.create("http://" + advertised.host() + ":" + advertised.port() + "/");
    }

    public int port() {
        return advertised.port();
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        pool.shutdownNow();
        streamsMetrics.forEach(KafkaStreamsMetrics::close);
        registry.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                json(ex, 405, new Answers.Error(405, "only GET"));
                return;
            }
            route(ex);
        } catch (BadRequest e) {
            json(ex, 400, new Answers.Error(400, e.getMessage()));
        } catch (LocalStores.Unavailable | ClusterQueries.RemoteError e) {
            json(ex, 503, new Answers.Error(503, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json(ex, 503, new Answers.Error(503, "interrupted"));
        } catch (RuntimeException e) {
            log.warn("{} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            json(ex, 500, new Answers.Error(500, String.valueOf(e)));
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getRawPath();
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String staticPage = STATIC.get(path);
        if (staticPage != null) {
            resource(ex, staticPage);
            return;
        }
        if (path.equals("/metrics")) {
            send(ex, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape().getBytes(StandardCharsets.UTF_8));
            return;
        }
        Api a = api;
        if (path.startsWith("/health")) {
            health(ex, path, a);
            return;
        }
        if (!path.startsWith("/api/")) {
            json(ex, 404, new Answers.Error(404, "no such path: " + path));
            return;
        }
        if (a == null) {
            json(ex, 503, new Answers.Error(503, "the streams app is starting"));
            return;
        }
        boolean local = "local".equals(q.get("scope"));
        String[] parts = path.substring(1).split("/");
        switch (parts.length >= 2 ? parts[1] : "") {
            case "trending" -> json(ex, 200, a.trending(longParam(q, "at", System.currentTimeMillis()), intParam(q, "limit", 10), local));
            case "speakers" -> {
                if (parts.length == 2) {
                    json(ex, 200, a.speakers(intParam(q, "limit", 50), local));
                } else if (parts.length == 4 && parts[3].equals("quotes")) {
                    found(ex, a.speakerQuotes(decode(parts[2]), local), "speaker");
                } else {
                    json(ex, 404, new Answers.Error(404, "no such path: " + path));
                }
            }
            case "statements" -> {
                if (parts.length == 3) {
                    found(ex, a.statement(decode(parts[2]), local), "statement");
                } else {
                    json(ex, 404, new Answers.Error(404, "no such path: " + path));
                }
            }
            case "quotes" -> json(ex, 200, a.latestQuotes(intParam(q, "limit", 20), local));
            case "stats" -> json(ex, 200, a.stats());
            case "instance" -> json(ex, 200, a.instance());
            case "dead-letters" -> json(ex, 200, a.deadLetters());
            default -> json(ex, 404, new Answers.Error(404, "no such path: " + path));
        }
    }

    /** /health: readiness with details; /health/live and /health/ready for probes. */
    private void health(HttpExchange ex, String path, Api a) throws IOException {
        Answers.Health h = a == null
                ? new Answers.Health("DOWN", true, false, "STARTING", Api.server(advertised))
                : a.health();
        switch (path) {
            case "/health/live" -> json(ex, h.live() ? 200 : 503, h);
            case "/health", "/health/ready" -> json(ex, h.ready() ? 200 : 503, h);
            default -> json(ex, 404, new Answers.Error(404, "no such path: " + path));
        }
    }

    private static void found(HttpExchange ex, Optional<?> answer, String what) throws IOException {
        if (answer.isPresent()) {
            json(ex, 200, answer.get());
        } else {
            json(ex, 404, new Answers.Error(404, "no such " + what));
        }
    }

    private void resource(HttpExchange ex, String name) throws IOException {
        try (InputStream in = DashboardServer.class.getResourceAsStream(PAGES + name)) {
            if (in == null) {
                json(ex, 404, new Answers.Error(404, "missing resource " + name));
                return;
            }
            String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            send(ex, 200, type, in.readAllBytes());
        }
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json", JsonSerde.MAPPER.writeValueAsBytes(body));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static int intParam(Map<String, String> q, String name, int fallback) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, longParam(q, name, fallback)));
    }

    private static long longParam(Map<String, String> q, String name, long fallback) {
        String v = q.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number, was " + v);
        }
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
