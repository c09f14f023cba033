package dev.usersapi.domain;

/**
 * The sign-in lockout state of a user: how many consecutive sign-ins failed, and until when
 * sign-in is blocked because of them.
 *
 * @param blockUntil end of the block in epoch seconds, or {@code null} when no block was set
 * @param failureCount consecutive failed sign-ins since the last successful one
 */
public record Lockout(Long blockUntil, int failureCount) {

    /** The state of a user with no failed sign-ins and no block. */
    public static final Lockout NONE = new Lockout(null, 0);

    public Lockout {
        if (failureCount < 0) {
            throw new IllegalArgumentException("failureCount must not be negative: " + failureCount);
        }
    }

    /** Whether sign-in is blocked at the given time (epoch seconds). */
    public boolean isBlockedAt(long epochSecond) {
        return blockUntil != null && blockUntil > epochSecond;
    }

    /** Whether there is anything for an unblock to reset: a block, even an expired one, or failures. */
    public boolean isClear() {
        return blockUntil == null && failureCount == 0;
    }
}
