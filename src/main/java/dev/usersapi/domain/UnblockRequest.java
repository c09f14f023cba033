package dev.usersapi.domain;

import java.util.Objects;

/**
 * One call to unblock a user.
 *
 * @param userId the user to unblock
 * @param epochSecond when the unblock happens
 * @param actorKeyId the id of the API key that asked for it
 * @param requestId the id of the HTTP request that asked for it
 */
public record UnblockRequest(String userId, long epochSecond, String actorKeyId, String requestId) {

    public UnblockRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(actorKeyId, "actorKeyId");
        Objects.requireNonNull(requestId, "requestId");
    }
}
