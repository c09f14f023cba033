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
 * @param version how many times the store has changed the account, from {@link #FIRST_VERSION}:
 *     every change of any field makes a new version, so a client that saw a version can ask for a
 *     change only if the account is still as it saw it (the ETag of the API)
 */
public record UserAccount(
        String userId,
        boolean disabled,
        long creationTime,
        long lastUpdated,
        Lockout lockout,
        SignInHistory signIns,
        String profileJson,
        long version) {

    /** The version of an account as it is first stored. */
    public static final long FIRST_VERSION = 1;

    public UserAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(signIns, "signIns");
        Objects.requireNonNull(profileJson, "profileJson");
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("version must be at least " + FIRST_VERSION + ": " + version);
        }
    }

    /** This account stored in place of one of the given version: the version after that one. */
    public UserAccount replacing(long storedVersion) {
        return new UserAccount(
                userId, disabled, creationTime, lastUpdated, lockout, signIns, profileJson, storedVersion + 1);
    }

    /**
     * This account after a failed sign-in at this time from this address (null if not known):
     * counted, and locked out as the policy says (unless the policy locks out the address instead:
     * see {@link LockoutPolicy#locksOutAddress}). Marked as changed only if the lockout changed:
     * {@code last_updated} tells when the account's state last changed, not every attempt.
     */
    public UserAccount afterFailedSignIn(long epochSecond, String ip, LockoutPolicy policy) {
        // A policy that locks out addresses counts the failure against the address, not the account.
        Lockout newLockout = policy.locksOutAddress(ip) ? lockout : policy.afterFailure(lockout, epochSecond);
        return after(newLockout, signIns.afterAttempt(epochSecond, ip), epochSecond);
    }

    /**
     * This account after right credentials at this time from this address (null if not known): a
     * successful sign-in, unless the user is blocked then, when it is only an attempt.
     */
    public UserAccount afterSuccessfulSignIn(long epochSecond, String ip) {
        if (lockout.isBlockedAt(epochSecond)) {
            return afterRefusedSignIn(epochSecond, ip);
        }
        return after(
                LockoutPolicy.afterSuccess(lockout, epochSecond), signIns.afterSuccess(epochSecond, ip), epochSecond);
    }

    /**
     * This account after right credentials that a block refused (of the account, or of the
     * address they came from): only an attempt, the lockout as it is.
     */
    public UserAccount afterRefusedSignIn(long epochSecond, String ip) {
        return after(lockout, signIns.afterAttempt(epochSecond, ip), epochSecond);
    }

    /**
     * This account with a new lockout and sign-in history, marked as changed only if the lockout
     * changed, and a new version if anything did.
     */
    private UserAccount after(Lockout newLockout, SignInHistory newSignIns, long epochSecond) {
        boolean lockoutChanged = !newLockout.equals(lockout);
        long updated = lockoutChanged ? epochSecond : lastUpdated;
        long newVersion = lockoutChanged || !newSignIns.equals(signIns) ? version + 1 : version;
        return new UserAccount(
                userId, disabled, creationTime, updated, newLockout, newSignIns, profileJson, newVersion);
    }

    /** This account with its lockout reset, marked as changed at the given time: a new version. */
    public UserAccount unblockedAt(long epochSecond) {
        return new UserAccount(
                userId, disabled, creationTime, epochSecond, Lockout.NONE, signIns, profileJson, version + 1);
    }
}
