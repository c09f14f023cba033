package dev.usersapi.domain;

import java.util.Objects;
import java.util.Set;

/**
 * One call to unblock a user.
 *
 * @param userId the user to unblock
 * @param epochSecond when the unblock happens
 * @param actorKeyId the id of the API key that asked for it
 * @param requestId the id of the HTTP request that asked for it
 * @param expectedVersions the versions of the account the caller accepts to unblock (the API's
 *     {@code If-Match}), or null for any: the unblock is made only if the account has one of them
 * @param origin the process and request, for the audit event
 */
public record UnblockRequest(
        String userId,
        long epochSecond,
        String actorKeyId,
        String requestId,
        Set<Long> expectedVersions,
        EventOrigin origin) {

    public UnblockRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(actorKeyId, "actorKeyId");
        Objects.requireNonNull(requestId, "requestId");
        expectedVersions = expectedVersions == null ? null : Set.copyOf(expectedVersions);
        Objects.requireNonNull(origin, "origin");
    }

    /** A conditional unblock whose origin is not recorded. */
    public UnblockRequest(
            String userId, long epochSecond, String actorKeyId, String requestId, Set<Long> expectedVersions) {
        this(userId, epochSecond, actorKeyId, requestId, expectedVersions, EventOrigin.UNRECORDED);
    }

    /** An unblock of whatever version the account has. */
    public UnblockRequest(String userId, long epochSecond, String actorKeyId, String requestId) {
        this(userId, epochSecond, actorKeyId, requestId, null, EventOrigin.UNRECORDED);
    }

    /** Whether the caller accepts to unblock the account at this version. */
    public boolean admits(long version) {
        return expectedVersions == null || expectedVersions.contains(version);
    }

    /** Whether the unblock is conditional on the account's version. */
    public boolean isConditional() {
        return expectedVersions != null;
    }
}
