package dev.usersapi.domain;

import java.util.Objects;

/**
 * A user account as the server keeps it. The fields the server reasons about are typed; the rest
 * of the user's profile (claims, emails, passkeys, ...) is an opaque JSON object that the server
 * stores and returns unchanged.
 *
 * @param userId the user's unique id
 * @param disabled whether an administrator disabled the account; independent of the lockout
 * @param creationTime creation time in epoch seconds
 * @param lastUpdated time of the last change in epoch seconds
 * @param lockout the sign-in lockout state
 * @param signIns what the user's sign-ins add up to
 * @param profileJson the remaining profile fields as a JSON object text
 */
public record UserAccount(
        String userId,
        boolean disabled,
        long creationTime,
        long lastUpdated,
        Lockout lockout,
        SignInHistory signIns,
        String profileJson) {

    public UserAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(signIns, "signIns");
        Objects.requireNonNull(profileJson, "profileJson");
    }

    /**
     * This account after a failed sign-in at this time from this address (null if not known):
     * counted, and locked out as the policy says. Marked as changed only if the lockout changed:
     * {@code last_updated} tells when the account's state last changed, not every attempt.
     */
    public UserAccount afterFailedSignIn(long epochSecond, String ip, LockoutPolicy policy) {
        return after(policy.afterFailure(lockout, epochSecond), signIns.afterAttempt(epochSecond, ip), epochSecond);
    }

    /**
     * This account after right credentials at this time from this address (null if not known): a
     * successful sign-in, unless the user is blocked then, when it is only an attempt.
     */
    public UserAccount afterSuccessfulSignIn(long epochSecond, String ip) {
        if (lockout.isBlockedAt(epochSecond)) {
            return after(lockout, signIns.afterAttempt(epochSecond, ip), epochSecond);
        }
        return after(
                LockoutPolicy.afterSuccess(lockout, epochSecond), signIns.afterSuccess(epochSecond, ip), epochSecond);
    }

    /** This account with a new lockout and sign-in history, marked as changed only if the lockout changed. */
    private UserAccount after(Lockout newLockout, SignInHistory newSignIns, long epochSecond) {
        long updated = newLockout.equals(lockout) ? lastUpdated : epochSecond;
        return new UserAccount(userId, disabled, creationTime, updated, newLockout, newSignIns, profileJson);
    }

    /** This account with its lockout reset, marked as changed at the given time. */
    public UserAccount unblockedAt(long epochSecond) {
        return new UserAccount(userId, disabled, creationTime, epochSecond, Lockout.NONE, signIns, profileJson);
    }
}
