package dev.usersapi.domain.ip;

import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.LockoutPolicy;
import java.util.Objects;

/**
 * The sign-in lockout of a user from one IP address, under a {@link LockoutPolicy} that locks out
 * addresses: made by the first failed sign-in from the address, then kept with every sign-in from
 * it. The rules are the account's ({@link LockoutPolicy#afterFailure}, {@link
 * LockoutPolicy#afterSuccess}), applied to the address's own count.
 *
 * @param ip the address, in its {@link IpAddresses#canonical} spelling
 * @param lockout the failures from this address and the block they set
 * @param attempts sign-in attempts from this address, failed and successful
 * @param lastAttempt when the last attempt from it was (epoch seconds)
 * @param lastSuccess when the last successful sign-in from it was (epoch seconds), or null
 */
public record IpLockout(String ip, Lockout lockout, long attempts, long lastAttempt, Long lastSuccess) {

    public IpLockout {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(lockout, "lockout");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
    }

    /** The record of an address after its first failed sign-in. */
    public static IpLockout firstFailure(String ip, long epochSecond, LockoutPolicy policy) {
        return new IpLockout(ip, policy.afterFailure(Lockout.NONE, epochSecond), 1, epochSecond, null);
    }

    /** After one more failed sign-in from the address. */
    public IpLockout afterFailure(long epochSecond, LockoutPolicy policy) {
        return new IpLockout(ip, policy.afterFailure(lockout, epochSecond), attempts + 1, epochSecond, lastSuccess);
    }

    /** After an attempt from the address that changes no lockout: counted, nothing more. */
    public IpLockout afterRefusedAttempt(long epochSecond) {
        return new IpLockout(ip, lockout, attempts + 1, epochSecond, lastSuccess);
    }

    /**
     * After right credentials from the address: a success that forgets the failures, unless the
     * address is blocked then, when it is only an attempt.
     */
    public IpLockout afterSuccess(long epochSecond) {
        if (lockout.isBlockedAt(epochSecond)) {
            return afterRefusedAttempt(epochSecond);
        }
        return new IpLockout(
                ip, LockoutPolicy.afterSuccess(lockout, epochSecond), attempts + 1, epochSecond, epochSecond);
    }

    /** After an unblock of the address: no failures, no block; the history stays. */
    public IpLockout reset() {
        return new IpLockout(ip, Lockout.NONE, attempts, lastAttempt, lastSuccess);
    }

    /**
     * Whether the record can be forgotten at {@code epochSecond}: no attempt since then, and no
     * block in force then. Forgetting it loses the address's counts, never a block.
     */
    public boolean isIdleAt(long epochSecond) {
        return lastAttempt < epochSecond && !lockout.isBlockedAt(epochSecond);
    }

    /** Whether this failure or success record made a block that was not there before. */
    public boolean blocksAnew(IpLockout before, long epochSecond) {
        return lockout.isBlockedAt(epochSecond)
                && (before == null || !before.lockout().isBlockedAt(epochSecond));
    }
}
