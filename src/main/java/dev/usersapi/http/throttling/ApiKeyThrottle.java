package dev.usersapi.http.throttling;

import io.github.bucket4j.Bucket;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits the requests under {@code /api/} of each API key: each takes a token from the key's
 * bucket, and a request that finds none is answered 429. The authentication filter asks as soon
 * as it knows the key, before the request is matched, so every request of the key counts,
 * whatever it asks for.
 */
final class ApiKeyThrottle {

    private final RateLimit limit;
    /** By key id. The keys are fixed at start-up, so a plain map holds a bucket for each. */
    private final Map<String, Bucket> buckets;

    ApiKeyThrottle(RateLimit limit, Collection<String> keyIds) {
        this.limit = limit;
        Map<String, Bucket> byKeyId = new HashMap<>();
        for (String keyId : keyIds) {
            byKeyId.put(keyId, limit.newBucket());
        }
        this.buckets = Map.copyOf(byKeyId);
    }

    /** @throws dev.usersapi.problems.ApiProblemException 429 when the key has used up its limit */
    void admit(String keyId) {
        Bucket bucket = buckets.get(keyId);
        if (bucket != null && !bucket.tryConsume(1)) {
            throw limit.exceeded(
                    "The API key '" + keyId + "' has used up its limit of " + limit.quota() + " requests per "
                            + limit.window().toSeconds() + " s.",
                    bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        }
    }
}
