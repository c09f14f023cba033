package dev.usersapi.domain;

import java.util.Objects;

/**
 * When failed sign-ins block a user, as the provider's tenant settings say it.
 *
 * @param maxFailedAccessAttempts consecutive failures that block the user (MonoCloud's
 *     {@code max_failed_access_attempts})
 * @param lockoutTimeSpanMinutes how long a block lasts (MonoCloud's {@code user_lockout_time_span})
 * @param lockoutType whether failures block the account, or the user from one IP address
 */
public record LockoutPolicy(int maxFailedAccessAttempts, int lockoutTimeSpanMinutes, LockoutType lockoutType) {

    /** A policy that locks the account out. */
    public LockoutPolicy(int maxFailedAccessAttempts, int lockoutTimeSpanMinutes) {
        this(maxFailedAccessAttempts, lockoutTimeSpanMinutes, LockoutType.USER_ACCOUNT);
    }

    public LockoutPolicy {
        Objects.requireNonNull(lockoutType, "lockoutType");
        if (maxFailedAccessAttempts < 1) {
            throw new IllegalArgumentException("maxFailedAccessAttempts must be at least 1");
        }
        if (lockoutTimeSpanMinutes < 1) {
            throw new IllegalArgumentException("lockoutTimeSpanMinutes must be at least 1");
        }
    }

    /**
     * The lockout after one more failed sign-in at {@code epochSecond}. The failure is always
     * counted. Reaching the maximum blocks the user for the time span, counted from this failure;
     * a failure during a block does not extend it. The count only goes back to 0 on a successful
     * sign-in or an unblock, so after a block expires the next failure blocks again.
     */
    public Lockout afterFailure(Lockout current, long epochSecond) {
        int failures = current.failureCount() + 1;
        Long blockUntil = current.blockUntil();
        if (failures >= maxFailedAccessAttempts && !current.isBlockedAt(epochSecond)) {
            blockUntil = epochSecond + lockoutTimeSpanMinutes * 60L;
        }
        return new Lockout(blockUntil, failures);
    }

    /**
     * Whether a failed sign-in from this address (null if not known) counts against the user
     * from that address rather than the account: under {@link LockoutType#IP}, when the address is
     * known. A failure from an unknown address counts against the account, so that leaving out
     * the address never escapes the lockout.
     */
    public boolean locksOutAddress(String ip) {
        return lockoutType == LockoutType.IP && ip != null;
    }

    /** The lockout after a successful sign-in: failures are forgotten, an expired block is cleared. */
    public static Lockout afterSuccess(Lockout current, long epochSecond) {
        if (current.isBlockedAt(epochSecond)) {
            // A blocked user cannot sign in; an authentication service would not report a success.
            return current;
        }
        return Lockout.NONE;
    }
}
