package dev.usersapi.repository;

import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import java.util.Optional;

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
     * <p>A retry is not a second unblock: when the trail already holds an event of this user with
     * the request's id, nothing is changed or recorded, and the outcome is the account as it is
     * (with nothing cleared). So a client that did not hear the answer can send the same request,
     * with the same {@code X-Request-Id}, again.
     *
     * @return what the unblock did, or empty (and no event) when no user has this id
     */
    Optional<UnblockOutcome> unblock(UnblockRequest request);

    /** Whether the store answers now; used by the readiness check. Never throws. */
    default boolean isAvailable() {
        return true;
    }
}
