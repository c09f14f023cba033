package dev.usersapi.domain;

import dev.usersapi.domain.ip.IpLockout;
import java.util.ArrayList;
import java.util.List;

/**
 * What one sign-in does to a user, as every store must apply it: the account afterwards, the
 * record of the address it came from afterwards, and the audit events of the blocks it set.
 *
 * @param account the account afterwards
 * @param address the address's record afterwards, or null when the sign-in keeps none (an unknown
 *     address, or a success from an address without failures)
 * @param events a {@code user_account_blocked} or {@code user_account_ip_blocked} event for each
 *     block the sign-in set; none otherwise
 */
public record SignInChange(UserAccount account, IpLockout address, List<AuditEvent> events) {

    public SignInChange {
        events = List.copyOf(events);
    }

    /**
     * A failed sign-in at {@code epochSecond} from {@code ip} (in its canonical spelling, or null
     * if not known), given the account and the address's record before it (null if none).
     */
    public static SignInChange failed(
            UserAccount before,
            IpLockout addressBefore,
            long epochSecond,
            String ip,
            LockoutPolicy policy,
            EventOrigin origin) {
        UserAccount after = before.afterFailedSignIn(epochSecond, ip, policy);
        List<AuditEvent> events = new ArrayList<>(1);
        if (after.lockout().isBlockedAt(epochSecond) && !before.lockout().isBlockedAt(epochSecond)) {
            events.add(AuditEvent.accountBlocked(before.userId(), epochSecond, after.lockout(), origin));
        }
        IpLockout address = addressBefore;
        if (policy.locksOutAddress(ip)) {
            address = addressBefore == null
                    ? IpLockout.firstFailure(ip, epochSecond, policy)
                    : addressBefore.afterFailure(epochSecond, policy);
            if (address.blocksAnew(addressBefore, epochSecond)) {
                events.add(AuditEvent.addressBlocked(before.userId(), epochSecond, address, origin));
            }
        } else if (addressBefore != null) {
            // The policy no longer locks out addresses, but the address's record still counts attempts.
            address = addressBefore.afterRefusedAttempt(epochSecond);
        }
        return new SignInChange(after, address, events);
    }

    /**
     * Right credentials at {@code epochSecond} from {@code ip} (canonical, or null): a successful
     * sign-in that forgets the failures of the account and of the address, unless the account or
     * the address is blocked then, when it is only an attempt.
     */
    public static SignInChange succeeded(UserAccount before, IpLockout addressBefore, long epochSecond, String ip) {
        boolean refused = before.lockout().isBlockedAt(epochSecond)
                || (addressBefore != null && addressBefore.lockout().isBlockedAt(epochSecond));
        if (refused) {
            IpLockout address = addressBefore == null ? null : addressBefore.afterRefusedAttempt(epochSecond);
            return new SignInChange(before.afterRefusedSignIn(epochSecond, ip), address, List.of());
        }
        IpLockout address = addressBefore == null ? null : addressBefore.afterSuccess(epochSecond);
        return new SignInChange(before.afterSuccessfulSignIn(epochSecond, ip), address, List.of());
    }
}
