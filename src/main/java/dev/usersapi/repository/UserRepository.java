package dev.usersapi.repository;

import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UserAccount;
import java.util.Optional;

/**
 * Where user accounts live. Every method is atomic on its own: a caller never sees a partly
 * applied change, and concurrent calls on the same user behave as if they ran one after another.
 * Implementations are safe for use by many threads.
 */
public interface UserRepository {

    /** The account with this id, if there is one. */
    Optional<UserAccount> find(String userId);

    /**
     * Resets the user's lockout ({@code block_until} to none, {@code failure_count} to 0) and, only
     * if that changed anything, moves {@code last_updated} to {@code epochSecond}; in one atomic step.
     *
     * @return what the unblock did, or empty when no user has this id
     */
    Optional<UnblockOutcome> unblock(String userId, long epochSecond);

    /** Stores the account, replacing any account with the same id. */
    void upsert(UserAccount account);

    /** Stores the account unless an account with the same id exists; returns whether it stored it. */
    boolean insertIfAbsent(UserAccount account);
}
