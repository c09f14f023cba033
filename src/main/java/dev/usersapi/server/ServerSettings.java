package dev.usersapi.server;

import dev.usersapi.http.throttling.ThrottleSettings;
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
 * @param throttle the limits of requests under {@code /api/}
 */
public record ServerSettings(
        String host,
        int port,
        Duration shutdownGrace,
        Optional<TlsSettings> tls,
        boolean metricsNeedKey,
        ThrottleSettings throttle) {

    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(throttle, "throttle");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("the shutdown grace cannot be negative: " + shutdownGrace);
        }
    }

    /** The default limits of requests. */
    public ServerSettings(
            String host, int port, Duration shutdownGrace, Optional<TlsSettings> tls, boolean metricsNeedKey) {
        this(host, port, shutdownGrace, tls, metricsNeedKey, ThrottleSettings.DEFAULTS);
    }

    /** Plain HTTP, metrics open to all, the default limits of requests. */
    public ServerSettings(String host, int port, Duration shutdownGrace) {
        this(host, port, shutdownGrace, Optional.empty(), false);
    }

    /** The same settings, serving HTTPS only. */
    public ServerSettings withTls(TlsSettings settings) {
        return new ServerSettings(host, port, shutdownGrace, Optional.of(settings), metricsNeedKey, throttle);
    }

    /** The same settings, with an API key needed for the metrics or not. */
    public ServerSettings withMetricsNeedingKey(boolean needKey) {
        return new ServerSettings(host, port, shutdownGrace, tls, needKey, throttle);
    }

    /** The same settings, with these limits of requests. */
    public ServerSettings withThrottle(ThrottleSettings limits) {
        return new ServerSettings(host, port, shutdownGrace, tls, metricsNeedKey, limits);
    }

    /** {@code https} with TLS, else {@code http}. */
    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }
}
