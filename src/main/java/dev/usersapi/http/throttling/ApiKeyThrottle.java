package dev.usersapi.http.throttling;

import dev.usersapi.http.ApiPaths;
import dev.usersapi.http.CallContext;
import dev.usersapi.http.auth.ApiKey;
import dev.usersapi.http.auth.ApiKeyRegistry;
import io.github.bucket4j.Bucket;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits the requests under {@code /api/} of each API key: each takes a token from the key's
 * bucket, and a request that finds none is answered 429. It runs right after authentication and
 * before the request is matched, so every request of the key counts, whatever it asks for.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public final class ApiKeyThrottle implements ContainerRequestFilter {

    private final RateLimit limit;
    /** By key id. The keys are fixed at start-up, so a plain map holds a bucket for each. */
    private final Map<String, Bucket> buckets;

    public ApiKeyThrottle(RateLimit limit, ApiKeyRegistry keys) {
        this.limit = limit;
        Map<String, Bucket> byKeyId = new HashMap<>();
        for (ApiKey key : keys.keys()) {
            byKeyId.put(key.id(), limit.newBucket());
        }
        this.buckets = Map.copyOf(byKeyId);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String keyId = CallContext.current().apiKeyId();
        if (keyId == null || !ApiPaths.isUnderApi(request)) {
            return;
        }
        Bucket bucket = buckets.get(keyId);
        if (!bucket.tryConsume(1)) {
            throw limit.exceeded("The API key '" + keyId + "' has used up its limit of " + limit.quota()
                    + " requests per " + limit.window().toSeconds() + " s.",
                    bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
    }
}
