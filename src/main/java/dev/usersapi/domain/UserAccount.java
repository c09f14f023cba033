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
 * @param profileJson the remaining profile fields as a JSON object text
 */
public record UserAccount(
        String userId, boolean disabled, long creationTime, long lastUpdated, Lockout lockout, String profileJson) {

    public UserAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(profileJson, "profileJson");
    }

    /** This account with another lockout, marked as changed at the given time if the lockout differs. */
    public UserAccount withLockout(Lockout newLockout, long epochSecond) {
        if (newLockout.equals(lockout)) {
            return this;
        }
        return new UserAccount(userId, disabled, creationTime, epochSecond, newLockout, profileJson);
    }

    /** This account with its lockout reset, marked as changed at the given time. */
    public UserAccount unblockedAt(long epochSecond) {
        return new UserAccount(userId, disabled, creationTime, epochSecond, Lockout.NONE, profileJson);
    }
}
