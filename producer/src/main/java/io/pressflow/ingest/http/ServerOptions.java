package io.pressflow.ingest.http;

import java.time.Duration;

/**
 * How the ingest server listens and what it accepts.
 *
 * @param host              interface to bind; 127.0.0.1 unless the operator opens it up
 * @param port              0 for any free port
 * @param maxRequestBytes   a larger request body is refused with 413
 * @param maxStatementBytes one statement (a JSON object, a raw text, or an NDJSON line) above this is refused
 * @param threads           request handler threads (a bounded pool: Java 17 has no virtual threads)
 * @param ackTimeout        how long a request waits for the broker's acknowledgement before 503
 * @param defaultSource     the source of statements that name none
 */
public record ServerOptions(String host, int port, long maxRequestBytes, long maxStatementBytes, int threads,
                            Duration ackTimeout, String defaultSource) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8088;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

    public ServerOptions {
        if (maxRequestBytes < 1 || maxStatementBytes < 1 || threads < 1) {
            throw new IllegalArgumentException("limits and threads must be positive");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        defaultSource = defaultSource == null || defaultSource.isBlank() ? "http" : defaultSource.strip();
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES,
                io.pressflow.ingest.read.ReadOptions.DEFAULT_MAX_BYTES, 16, Duration.ofSeconds(90), "http");
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, maxRequestBytes, maxStatementBytes, threads, ackTimeout, defaultSource);
    }

    public ServerOptions withMaxRequestBytes(long max) {
        return new ServerOptions(host, port, max, maxStatementBytes, threads, ackTimeout, defaultSource);
    }
}
