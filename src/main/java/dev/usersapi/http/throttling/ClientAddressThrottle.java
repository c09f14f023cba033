package dev.usersapi.http.throttling;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.usersapi.http.ApiPaths;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.annotation.Priority;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.glassfish.grizzly.http.server.Request;

/**
 * Limits failed authentications per client address. Every 401 under {@code /api/} (a missing or
 * unknown key) takes a token from the address's bucket; while that bucket is empty, every request
 * from the address under {@code /api/} is answered 429 before its key is even looked at, whatever
 * key it carries, so someone guessing keys cannot tell a right guess from a wrong one until the
 * bucket refills.
 *
 * <p>The address is the TCP peer's. {@code X-Forwarded-For} is not read: any client can write it,
 * and would get a fresh bucket with every value. Behind a proxy all clients share the proxy's
 * address, so there the limit has to be raised or switched off.
 *
 * <p>Only addresses that have failed keep a bucket, in a bounded cache: a flood from many
 * addresses evicts the least recent ones instead of exhausting the memory. A bucket unused for a
 * window has refilled completely, so forgetting it then loses nothing.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 10)
public final class ClientAddressThrottle implements ContainerRequestFilter, ContainerResponseFilter {

    /** At a few hundred bytes an entry, some tens of megabytes at most. */
    static final int MAX_ADDRESSES = 100_000;

    private final RateLimit limit;
    private final String detail;
    private final Cache<String, Bucket> buckets;

    @Context
    private Provider<Request> connection;

    public ClientAddressThrottle(RateLimit limit) {
        this.limit = limit;
        this.detail = "This client address has made too many requests with a missing or unknown API key: "
                + limit.quotaPerWindow() + ".";
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(limit.window())
                .build();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // Nearly always nobody has failed lately: then there is no address to look up.
        if (buckets.estimatedSize() == 0 || !ApiPaths.isUnderApi(request)) {
            return;
        }
        Bucket bucket = buckets.getIfPresent(peerAddress());
        if (bucket == null) {
            return;
        }
        // Looks without taking: only failures use the quota up.
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw limit.exceeded(detail, probe.getNanosToWaitForRefill());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.UNAUTHORIZED.getStatusCode() && ApiPaths.isUnderApi(request)) {
            buckets.get(peerAddress(), address -> limit.newBucket()).tryConsume(1);
        }
    }

    private String peerAddress() {
        return connection.get().getRemoteAddr();
    }
}
