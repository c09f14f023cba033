package dev.usersapi.http.throttling;

import dev.usersapi.problems.ApiProblemException;
import dev.usersapi.problems.ProblemType;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.local.SynchronizationStrategy;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A quota per window, such as 100 requests per second: how to make a token bucket that keeps it,
 * and how to say, in a 429, that it is used up.
 *
 * @param name the limit's name in the IETF {@code RateLimit-Policy} and {@code RateLimit} fields
 * @param quota how many requests (or failures) a window allows; at least 1
 * @param window whole seconds
 */
public record RateLimit(String name, int quota, Duration window) {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String STATE_HEADER = "RateLimit";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public RateLimit {
        Objects.requireNonNull(name, "name");
        if (quota < 1) {
            throw new IllegalArgumentException("a rate limit needs a quota of at least 1, not " + quota);
        }
        if (window.getSeconds() < 1 || window.getNano() != 0) {
            throw new IllegalArgumentException("a rate limit's window is a whole number of seconds, not " + window);
        }
    }

    /** Requests of one API key, per second. */
    public static RateLimit perKey(int requestsPerSecond) {
        return new RateLimit("per-key", requestsPerSecond, Duration.ofSeconds(1));
    }

    /** Missing or unknown API keys from one client address, per minute. */
    public static RateLimit failedAuthentications(int perMinute) {
        return new RateLimit("failed-auth", perMinute, Duration.ofMinutes(1));
    }

    /**
     * A full bucket for this limit.
     *
     * <p>Refilled greedily, a token at a time (every 10 ms for 100 per second), rather than the
     * whole quota at each window's end: the sustained rate is the same, but a client cannot get
     * twice the quota through across a window's edge, and a client that has used up its quota gets
     * going again as soon as one token is back instead of waiting out the rest of the window.
     *
     * <p>Synchronized rather than lock-free (Bucket4j's default): every request of a busy key goes
     * to the same bucket, and the lock-free bucket copies its state at every attempt and retries
     * when another thread got there first; this one updates its state in place under a short lock.
     */
    Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(quota).refillGreedy(quota, window))
                .withSynchronizationStrategy(SynchronizationStrategy.SYNCHRONIZED)
                .build();
    }

    /** "100 per 1 s", for problem details. */
    String quotaPerWindow() {
        return quota + " per " + window.toSeconds() + " s";
    }

    /**
     * The 429 problem for this limit used up, with {@code Retry-After}, {@code RateLimit-Policy} and
     * {@code RateLimit} (nothing remaining, and when there is quota again).
     *
     * @param nanosToWait until the bucket has a token again, as Bucket4j gives it
     */
    ApiProblemException exceeded(String detail, long nanosToWait) {
        long seconds = retryAfterSeconds(nanosToWait);
        return new ApiProblemException(
                ProblemType.TOO_MANY_REQUESTS,
                detail,
                Map.of(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(seconds),
                        POLICY_HEADER,
                        "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds(),
                        STATE_HEADER,
                        "\"" + name + "\";r=0;t=" + seconds));
    }

    /** Whole seconds, rounded up so that a client that waits them finds a token; at least 1. */
    static long retryAfterSeconds(long nanosToWait) {
        long seconds = nanosToWait / NANOS_PER_SECOND + (nanosToWait % NANOS_PER_SECOND > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
