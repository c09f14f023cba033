package dev.usersapi.domain;

import dev.usersapi.domain.ip.IpLockout;
import java.util.List;

/**
 * What an IP unblock did.
 *
 * @param account the user, which an IP unblock does not change
 * @param previousLockout for one address, its lockout just before (none if it had no record); for
 *     all addresses, none
 * @param resetCount how many addresses had failures or a block to reset
 * @param replayed whether this was a retry of an unblock already recorded (the same request id for
 *     the same user), which changed and recorded nothing
 */
public record IpUnblockOutcome(UserAccount account, Lockout previousLockout, int resetCount, boolean replayed) {

    /** What resetting these records (those the request names) does, as every store must. */
    public static IpUnblockOutcome of(UserAccount account, IpUnblockRequest request, List<IpLockout> named) {
        int reset = (int)
                named.stream().filter(record -> !record.lockout().isClear()).count();
        Lockout previous = request.isForAllAddresses() || named.isEmpty()
                ? Lockout.NONE
                : named.get(0).lockout();
        return new IpUnblockOutcome(account, previous, reset, false);
    }

    /** The outcome of a retry: nothing changed. */
    public static IpUnblockOutcome replayed(UserAccount account) {
        return new IpUnblockOutcome(account, Lockout.NONE, 0, true);
    }
}
