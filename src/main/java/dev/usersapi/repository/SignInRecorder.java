package dev.usersapi.repository;

import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.SignInChange;
import dev.usersapi.domain.UserAccount;
import java.util.Optional;

/**
 * The sign-in side of the lockout: what an authentication service sharing this store records
 * after each sign-in, under {@link LockoutPolicy}. No HTTP operation of this server uses it; the
 * tests and the training run use it to make lockouts the way they arise in production.
 *
 * <p>It lives beside the store rather than above it because each recording reads and writes the
 * lockout under the same per-user lock as an unblock: a failed sign-in racing an unblock must not
 * undo it or be lost. The rules themselves are {@link LockoutPolicy}'s; a store only applies them
 * atomically.
 */
public interface SignInRecorder {

    /**
     * Counts a failed sign-in at {@code epochSecond} from {@code ip} (null if not known): on the
     * account, and under a policy that locks out addresses on the address's record too ({@link
     * SignInChange#failed}); a block it sets is recorded as an audit event. An {@code ip} that is
     * not an IPv4 or IPv6 literal counts as not known.
     *
     * @return the account afterwards, or empty when no user has this id
     */
    Optional<UserAccount> recordFailedSignIn(String userId, long epochSecond, String ip, LockoutPolicy policy);

    /**
     * Records right credentials at {@code epochSecond} from {@code ip} (null if not known): a
     * successful sign-in, or only an attempt while the account or the address is blocked ({@link
     * SignInChange#succeeded}).
     *
     * @return the account afterwards, or empty when no user has this id
     */
    Optional<UserAccount> recordSuccessfulSignIn(String userId, long epochSecond, String ip);
}
