package dev.usersapi.server;

import java.time.Duration;

/**
 * How the HTTP server listens.
 *
 * @param host the address to bind
 * @param port the port to bind; 0 picks a free one
 * @param shutdownGrace how long a shutdown waits for requests in flight
 * @param metricsNeedKey whether {@code GET /metrics} needs an API key
 */
public record ServerSettings(String host, int port, Duration shutdownGrace, boolean metricsNeedKey) {

    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /** Settings with the defaults for everything but the address. */
    public ServerSettings(String host, int port, Duration shutdownGrace) {
        this(host, port, shutdownGrace, false);
    }
}
