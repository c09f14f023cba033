package dev.usersapi.domain;

/**
 * What the sign-ins of a user add up to, as the management API shows it: how many there were,
 * failed and successful, and when and from where the last ones came. Recorded with each sign-in
 * beside the {@link Lockout}; an unblock leaves it as it is.
 *
 * @param attempts sign-in attempts, failed and successful
 * @param lastAttempt when the last attempt was (epoch seconds), or null if there was none
 * @param lastAttemptIp the IP address of the last attempt, or null if none or not known
 * @param successes successful sign-ins
 * @param lastSuccess when the last successful sign-in was (epoch seconds), or null if none
 * @param lastSuccessIp the IP address of the last successful sign-in, or null if none or not known
 * @param lastActivity when the user was last active (epoch seconds), or null if never
 */
public record SignInHistory(
        long attempts,
        Long lastAttempt,
        String lastAttemptIp,
        long successes,
        Long lastSuccess,
        String lastSuccessIp,
        Long lastActivity) {

    /** A user who never signed in. */
    public static final SignInHistory NONE = new SignInHistory(0, null, null, 0, null, null, null);

    public SignInHistory {
        if (attempts < 0 || successes < 0) {
            throw new IllegalArgumentException("sign-in counts must not be negative: " + attempts + ", " + successes);
        }
    }

    /**
     * After an attempt at this time from this address (null if not known) that did not sign the
     * user in: wrong credentials, or right ones during a block.
     */
    public SignInHistory afterAttempt(long epochSecond, String ip) {
        return new SignInHistory(attempts + 1, epochSecond, ip, successes, lastSuccess, lastSuccessIp, lastActivity);
    }

    /** After a successful sign-in at this time from this address (null if not known). */
    public SignInHistory afterSuccess(long epochSecond, String ip) {
        return new SignInHistory(attempts + 1, epochSecond, ip, successes + 1, epochSecond, ip, epochSecond);
    }
}
