package dev.usersapi.domain;

import dev.usersapi.domain.ip.IpLockout;
import java.util.Objects;
import java.util.UUID;

/**
 * A record of one change to a user's lockout, written together with the change it describes: an
 * unblock call (of the account, of one IP address or of all), or a block that failed sign-ins set.
 * The audit log shows them as log entries.
 *
 * @param eventId unique id of the event
 * @param type what happened: an {@link AuditCode}'s code
 * @param userId the user it happened to
 * @param actorKeyId the API key that made it happen, or null for a block (the system made it)
 * @param requestId the HTTP request that made it happen, or null for a block
 * @param epochSecond when it happened
 * @param previousLockout for an unblock, the lockout just before it (of the address, for one IP
 *     address; none for all addresses); for a block, the lockout it set
 * @param outcome whether the unblock changed anything, or {@link Outcome#BLOCKED} for a block
 * @param ipAddress the IP address of an IP block or unblock, else null
 * @param ipCount for an unblock of all of a user's addresses, how many had anything to reset;
 *     else null
 * @param origin the process that wrote the event and the request that caused it
 */
public record AuditEvent(
        UUID eventId,
        String type,
        String userId,
        String actorKeyId,
        String requestId,
        long epochSecond,
        Lockout previousLockout,
        Outcome outcome,
        String ipAddress,
        Integer ipCount,
        EventOrigin origin) {

    public static final String USER_ACCOUNT_UNBLOCKED = AuditCode.USER_ACCOUNT_UNBLOCKED.code();

    /** What an unblock did. */
    public enum Outcome {
        /** The user had a block or failed sign-ins, and now has neither. */
        CLEARED("cleared"),
        /** The user had no block and no failed sign-ins; nothing changed. */
        NOT_BLOCKED("not_blocked"),
        /** Failed sign-ins set a block. */
        BLOCKED("blocked");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        /** The stable name stored and reported for this outcome. */
        public String code() {
            return code;
        }

        public static Outcome ofCode(String code) {
            for (Outcome outcome : values()) {
                if (outcome.code.equals(code)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("unknown unblock outcome: " + code);
        }
    }

    public AuditEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(previousLockout, "previousLockout");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(origin, "origin");
    }

    /** An unblock of the account, with no address and an origin not recorded. */
    public AuditEvent(
            UUID eventId,
            String type,
            String userId,
            String actorKeyId,
            String requestId,
            long epochSecond,
            Lockout previousLockout,
            Outcome outcome) {
        this(
                eventId,
                type,
                userId,
                actorKeyId,
                requestId,
                epochSecond,
                previousLockout,
                outcome,
                null,
                null,
                EventOrigin.UNRECORDED);
    }

    /** The event recording an unblock's outcome. */
    public static AuditEvent unblocked(UnblockRequest request, UnblockOutcome outcome) {
        return new AuditEvent(
                EventIds.next(),
                USER_ACCOUNT_UNBLOCKED,
                request.userId(),
                request.actorKeyId(),
                request.requestId(),
                request.epochSecond(),
                outcome.previousLockout(),
                outcome.cleared() ? Outcome.CLEARED : Outcome.NOT_BLOCKED,
                null,
                null,
                request.origin());
    }

    /** The event recording an unblock of one IP address or of all of the user's addresses. */
    public static AuditEvent ipUnblocked(IpUnblockRequest request, IpUnblockOutcome outcome) {
        boolean all = request.isForAllAddresses();
        return new AuditEvent(
                EventIds.next(),
                request.code(),
                request.userId(),
                request.actorKeyId(),
                request.requestId(),
                request.epochSecond(),
                outcome.previousLockout(),
                outcome.resetCount() > 0 ? Outcome.CLEARED : Outcome.NOT_BLOCKED,
                request.ip(),
                all ? outcome.resetCount() : null,
                request.origin());
    }

    /** The event recording that failed sign-ins blocked the account, setting {@code lockout}. */
    public static AuditEvent accountBlocked(String userId, long epochSecond, Lockout lockout, EventOrigin origin) {
        return new AuditEvent(
                EventIds.next(),
                AuditCode.USER_ACCOUNT_BLOCKED.code(),
                userId,
                null,
                null,
                epochSecond,
                lockout,
                Outcome.BLOCKED,
                null,
                null,
                origin);
    }

    /** The event recording that failed sign-ins blocked the user from one address. */
    public static AuditEvent addressBlocked(String userId, long epochSecond, IpLockout record, EventOrigin origin) {
        return new AuditEvent(
                EventIds.next(),
                AuditCode.USER_ACCOUNT_IP_BLOCKED.code(),
                userId,
                null,
                null,
                epochSecond,
                record.lockout(),
                Outcome.BLOCKED,
                record.ip(),
                null,
                origin);
    }
}
