package dev.usersapi.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server listens.
 *
 * @param host the address to bind
 * @param port the port to bind; 0 picks a free one
 * @param shutdownGrace how long a stop waits for requests in flight and open connections
 * @param tls HTTPS with this key and certificate; plain HTTP when empty
 * @param metricsNeedKey whether {@code GET /metrics} needs an API key
 */
public record ServerSettings(
        String host, int port, Duration shutdownGrace, Optional<TlsSettings> tls, boolean metricsNeedKey) {

    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(tls, "tls");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("the shutdown grace cannot be negative: " + shutdownGrace);
        }
    }

    /** Plain HTTP, metrics open to all. */
    public ServerSettings(String host, int port, Duration shutdownGrace) {
        this(host, port, shutdownGrace, Optional.empty(), false);
    }

    /** The same settings, serving HTTPS only. */
    public ServerSettings withTls(TlsSettings settings) {
        return new ServerSettings(host, port, shutdownGrace, Optional.of(settings), metricsNeedKey);
    }

    /** The same settings, with an API key needed for the metrics or not. */
    public ServerSettings withMetricsNeedingKey(boolean needKey) {
        return new ServerSettings(host, port, shutdownGrace, tls, needKey);
    }

    /** {@code https} with TLS, else {@code http}. */
    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }
}
