package dev.usersapi.domain;

/**
 * What an unblock did to one user.
 *
 * @param account the account after the unblock
 * @param previousLockout the lockout state just before the unblock
 * @param replayed whether this was a retry of an unblock already applied (the same request id for
 *     the same user), which changed and recorded nothing
 * @param refused whether the account was not at a version the request admits ({@link
 *     UnblockRequest#admits}), so nothing was changed or recorded
 */
public record UnblockOutcome(UserAccount account, Lockout previousLockout, boolean replayed, boolean refused) {

    public UnblockOutcome(UserAccount account, Lockout previousLockout, boolean replayed) {
        this(account, previousLockout, replayed, false);
    }

    /**
     * Whether the unblock changed anything; false when the user had no block and no failures, on
     * a retry, or when refused.
     */
    public boolean cleared() {
        return !replayed && !refused && !previousLockout.isClear();
    }

    /**
     * What an unblock request does to an account that holds no event of the request: refused if
     * the account is not at a version the request admits, else applied.
     */
    public static UnblockOutcome of(UserAccount before, UnblockRequest request) {
        if (!request.admits(before.version())) {
            return new UnblockOutcome(before, before.lockout(), false, true);
        }
        return of(before, request.epochSecond());
    }

    /** Applies an unblock at the given time to an account, as every repository must. */
    public static UnblockOutcome of(UserAccount before, long epochSecond) {
        UserAccount after = before.lockout().isClear() ? before : before.unblockedAt(epochSecond);
        return new UnblockOutcome(after, before.lockout(), false);
    }

    /** The outcome of a retry: the account as it is, nothing changed. */
    public static UnblockOutcome replayed(UserAccount account) {
        return new UnblockOutcome(account, account.lockout(), true);
    }
}
