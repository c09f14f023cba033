package dev.usersapi.repository;

import dev.usersapi.domain.AuditEvent;
import java.util.List;

/**
 * A user's audit events, and the retention of what unblocks and sign-ins leave behind: audit
 * events and idle IP lockout records. (The audit log as the API serves it is read through
 * {@link UserAccounts#logs}.)
 */
public interface AuditTrail {

    /** The audit events of a user that the store still keeps, oldest first. */
    List<AuditEvent> auditEvents(String userId);

    /**
     * Deletes up to {@code limit} of the oldest events that happened before {@code epochSecond},
     * in one transaction, so that retention never holds the store for long.
     *
     * @return how many events were deleted; fewer than {@code limit} means none older are left
     */
    int deleteEventsBefore(long epochSecond, int limit);

    /**
     * Deletes up to {@code limit} IP lockout records whose last sign-in attempt was before {@code
     * epochSecond} and that are not blocked then, in one transaction. Without it, sign-ins from
     * ever new addresses (a password spray) would grow a user's records without end.
     *
     * @return how many records were deleted; fewer than {@code limit} means none idle are left
     */
    int deleteIdleIpLockoutsBefore(long epochSecond, int limit);
}
