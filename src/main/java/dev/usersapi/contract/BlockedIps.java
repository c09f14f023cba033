package dev.usersapi.contract;

import dev.usersapi.domain.ip.IpLockout;
import dev.usersapi.generated.model.BlockedIp;

/** A user's IP lockout records as the contract shows them: {@code BlockedIp}. */
public final class BlockedIps {

    private BlockedIps() {}

    public static BlockedIp toRepresentation(IpLockout record) {
        return new BlockedIp(
                record.ip(),
                record.lockout().failureCount(),
                record.lockout().blockUntil(),
                record.attempts(),
                record.lastAttempt(),
                record.lastSuccess());
    }
}
