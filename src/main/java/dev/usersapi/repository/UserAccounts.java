package dev.usersapi.repository;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.IpUnblockOutcome;
import dev.usersapi.domain.IpUnblockRequest;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockoutPage;
import dev.usersapi.domain.ip.IpLockoutSort;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.logs.LogPage;
import dev.usersapi.domain.logs.LogQuery;
import java.util.Optional;
import java.util.UUID;

/**
 * What the HTTP operations need of a store: the calls that serve requests, and nothing else. Each
 * method is atomic on its own: a caller never sees a partly applied change, and concurrent calls
 * on the same user behave as if they ran one after another, so none of their changes is lost. A
 * method that returns normally has made its change durable as far as the store can.
 *
 * <p>A call that cannot reach the store in time throws {@link StoreUnavailableException}, and then
 * it has changed nothing.
 */
public interface UserAccounts {

    /** The account with this id, if there is one. */
    Optional<UserAccount> find(String userId);

    /**
     * The page of users the query asks for, and how many users match its conditions in all, both
     * as of one moment.
     */
    UserPage list(UserQuery query);

    /**
     * Resets the user's lockout ({@code block_until} to none, {@code failure_count} to 0), moves
     * {@code last_updated} to the request's time only if that changed anything, and records one
     * audit event: all in one atomic step.
     *
     * <p>A retry is not a second unblock: when the trail already holds an unblock event of this
     * user with the request's id, nothing is changed or recorded, and the outcome is the account as it is
     * (with nothing cleared). So a client that did not hear the answer can send the same request,
     * with the same {@code X-Request-Id}, again.
     *
     * @return what the unblock did, or empty (and no event) when no user has this id
     */
    Optional<UnblockOutcome> unblock(UnblockRequest request);

    /**
     * A page of the user's IP lockout records in this order, skipping {@code offset} and returning
     * at most {@code limit}, and how many the user has in all, both as of one moment.
     *
     * @return the page, or empty when no user has this id
     */
    Optional<IpLockoutPage> ipLockouts(String userId, IpLockoutSort sort, long offset, int limit);

    /**
     * Resets the user's lockout from one IP address, or from every address the user has a record
     * of, and records one audit event: in one atomic step with the same per-user lock as {@link
     * #unblock}. The account is not changed. An address without a record has nothing to reset;
     * it is not an error, and the event says so. A retry (the trail already holds an event of
     * this user with the request's id and this unblock's code) changes and records nothing.
     *
     * @return what the unblock did, or empty (and no event) when no user has this id
     */
    Optional<IpUnblockOutcome> unblockIp(IpUnblockRequest request);

    /**
     * The page of audit events the query asks for, across users, and how many match its
     * conditions in all, both as of one moment: the audit log.
     */
    LogPage logs(LogQuery query);

    /** The audit event with this id, if the store still keeps it. */
    Optional<AuditEvent> logEntry(UUID eventId);

    /** Whether the store answers now; used by the readiness check. Never throws. */
    default boolean isAvailable() {
        return true;
    }
}
