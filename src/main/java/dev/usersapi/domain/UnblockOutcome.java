package dev.usersapi.domain;

/**
 * What an unblock did to one user.
 *
 * @param account the account after the unblock
 * @param previousLockout the lockout state just before the unblock
 */
public record UnblockOutcome(UserAccount account, Lockout previousLockout) {

    /** Whether the unblock changed anything; false when the user had no block and no failures. */
    public boolean cleared() {
        return !previousLockout.isClear();
    }

    /** Applies an unblock at the given time to an account, as every repository must. */
    public static UnblockOutcome of(UserAccount before, long epochSecond) {
        UserAccount after = before.lockout().isClear() ? before : before.unblockedAt(epochSecond);
        return new UnblockOutcome(after, before.lockout());
    }
}
