package dev.usersapi.http.throttling;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.util.function.Supplier;

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
final class ClientAddressThrottle {

    /** At a few hundred bytes an entry, some tens of megabytes at most. */
    static final int MAX_ADDRESSES = 100_000;

    private final RateLimit limit;
    private final String detail;
    private final Cache<String, Bucket> buckets;

    ClientAddressThrottle(RateLimit limit) {
        this.limit = limit;
        this.detail = "This client address has made too many requests with a missing or unknown API key: "
                + limit.quotaPerWindow() + ".";
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfterAccess(limit.window())
                .build();
    }

    /**
     * @param address asked for only when some address has failed lately: finding the peer's
     *     address costs more than the rest of the check
     * @throws dev.usersapi.problems.ApiProblemException 429 while the address's failures are used up
     */
    void admit(Supplier<String> address) {
        if (buckets.estimatedSize() == 0) {
            return;
        }
        Bucket bucket = buckets.getIfPresent(address.get());
        if (bucket == null) {
            return;
        }
        // Looks without taking: only failures use the quota up.
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw limit.exceeded(detail, probe.getNanosToWaitForRefill());
        }
    }

    void failed(String address) {
        buckets.get(address, any -> limit.newBucket()).tryConsume(1);
    }
}
