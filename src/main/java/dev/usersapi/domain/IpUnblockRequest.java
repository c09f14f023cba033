package dev.usersapi.domain;

import java.util.Objects;

/**
 * One call to reset a user's lockout from one IP address, or from all of them.
 *
 * @param userId the user
 * @param ip the address in its {@link dev.usersapi.domain.ip.IpAddresses#canonical} spelling, or
 *     null for every address of the user
 * @param epochSecond when the unblock happens
 * @param actorKeyId the id of the API key that asked for it
 * @param requestId the id of the HTTP request that asked for it; a retry carries the same
 * @param origin the process and request, for the audit event
 */
public record IpUnblockRequest(
        String userId, String ip, long epochSecond, String actorKeyId, String requestId, EventOrigin origin) {

    public IpUnblockRequest {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(actorKeyId, "actorKeyId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(origin, "origin");
    }

    /** The code of the audit event this unblock writes, by which a retry of it is recognised. */
    public String code() {
        return (isForAllAddresses()
                        ? AuditCode.USER_ACCOUNT_ALL_IP_BLOCKS_REMOVED
                        : AuditCode.USER_ACCOUNT_IP_UNBLOCKED)
                .code();
    }

    /** Whether every address of the user is to be reset. */
    public boolean isForAllAddresses() {
        return ip == null;
    }
}
