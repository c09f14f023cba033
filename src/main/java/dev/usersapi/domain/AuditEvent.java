package dev.usersapi.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A record of one successful unblock call, written together with the change it describes.
 *
 * @param eventId unique id of the event
 * @param type what happened; {@value #USER_ACCOUNT_UNBLOCKED} for unblocks
 * @param userId the user it happened to
 * @param actorKeyId the API key that made it happen
 * @param requestId the HTTP request that made it happen
 * @param epochSecond when it happened
 * @param previousLockout the lockout just before
 * @param outcome whether the unblock changed anything
 */
public record AuditEvent(
        UUID eventId,
        String type,
        String userId,
        String actorKeyId,
        String requestId,
        long epochSecond,
        Lockout previousLockout,
        Outcome outcome) {

    public static final String USER_ACCOUNT_UNBLOCKED = "user_account_unblocked";

    /** What an unblock did. */
    public enum Outcome {
        /** The user had a block or failed sign-ins, and now has neither. */
        CLEARED("cleared"),
        /** The user had no block and no failed sign-ins; nothing changed. */
        NOT_BLOCKED("not_blocked");

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
                outcome.cleared() ? Outcome.CLEARED : Outcome.NOT_BLOCKED);
    }
}
