package dev.usersapi.http.throttling;

import java.util.Optional;

/**
 * How hard requests under {@code /api/} are throttled; 0 switches a limit off.
 *
 * @param keyRequestsPerSecond requests per second of each API key
 * @param failedAuthenticationsPerMinute requests with a missing or unknown key per minute from one
 *     client address; once they are used up, every request from the address is refused for a while
 */
public record ThrottleSettings(int keyRequestsPerSecond, int failedAuthenticationsPerMinute) {

    public static final int DEFAULT_KEY_REQUESTS_PER_SECOND = 100;
    public static final int DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE = 30;

    /** The highest limit of either kind: far above what one server can answer, and well within what a bucket can count. */
    public static final int MAX_LIMIT = 1_000_000;

    public static final ThrottleSettings DEFAULTS =
            new ThrottleSettings(DEFAULT_KEY_REQUESTS_PER_SECOND, DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE);
    /** No throttling at all: for a server that only its own process calls. */
    public static final ThrottleSettings OFF = new ThrottleSettings(0, 0);

    public ThrottleSettings {
        if (keyRequestsPerSecond < 0 || keyRequestsPerSecond > MAX_LIMIT) {
            throw new IllegalArgumentException("the requests per second of a key must be 0 (no limit) to " + MAX_LIMIT
                    + ", not " + keyRequestsPerSecond);
        }
        if (failedAuthenticationsPerMinute < 0 || failedAuthenticationsPerMinute > MAX_LIMIT) {
            throw new IllegalArgumentException("the failed authentications per minute must be 0 (no limit) to "
                    + MAX_LIMIT + ", not " + failedAuthenticationsPerMinute);
        }
    }

    /** The limit of each API key, unless switched off. */
    public Optional<RateLimit> perKey() {
        return keyRequestsPerSecond == 0 ? Optional.empty() : Optional.of(RateLimit.perKey(keyRequestsPerSecond));
    }

    /** The limit of failed authentications per client address, unless switched off. */
    public Optional<RateLimit> failedAuthentications() {
        return failedAuthenticationsPerMinute == 0
                ? Optional.empty()
                : Optional.of(RateLimit.failedAuthentications(failedAuthenticationsPerMinute));
    }
}
