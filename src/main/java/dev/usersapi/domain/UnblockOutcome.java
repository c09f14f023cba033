package dev.usersapi.domain;

/**
 * What an unblock did to one user.
 *
 * @param account the account after the unblock
 * @param previousLockout the lockout state just before the unblock
 * @param replayed whether this was a retry of an unblock already applied (the same request id for
 *     the same user), which changed and recorded nothing
 */
public record UnblockOutcome(UserAccount account, Lockout previousLockout, boolean replayed) {

    /** Whether the unblock changed anything; false when the user had no block and no failures, or on a retry. */
    public boolean cleared() {
        return !replayed && !previousLockout.isClear();
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
