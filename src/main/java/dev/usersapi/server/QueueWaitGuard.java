package dev.usersapi.server;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.IpUnblockOutcome;
import dev.usersapi.domain.IpUnblockRequest;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockoutPage;
import dev.usersapi.domain.ip.IpLockoutSort;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.logs.LogPage;
import dev.usersapi.domain.logs.LogQuery;
import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.repository.UserAccounts;
import java.util.Optional;
import java.util.UUID;

/**
 * Refuses a store call, as unavailable and without making it, when its request waited longer than
 * {@link StoreCallThreads#PATIENCE} for a thread: its client has waited long enough, and the
 * threads are better spent on requests that can still be answered in time.
 */
final class QueueWaitGuard implements UserAccounts {

    private final UserAccounts store;

    QueueWaitGuard(UserAccounts store) {
        this.store = store;
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        refuseIfLate("find a user");
        return store.find(userId);
    }

    @Override
    public UserPage list(UserQuery query) {
        refuseIfLate("list users");
        return store.list(query);
    }

    @Override
    public Optional<UnblockOutcome> unblock(UnblockRequest request) {
        refuseIfLate("unblock a user");
        return store.unblock(request);
    }

    @Override
    public Optional<IpLockoutPage> ipLockouts(String userId, IpLockoutSort sort, long offset, int limit) {
        refuseIfLate("list IP lockouts");
        return store.ipLockouts(userId, sort, offset, limit);
    }

    @Override
    public Optional<IpUnblockOutcome> unblockIp(IpUnblockRequest request) {
        refuseIfLate("unblock an IP address");
        return store.unblockIp(request);
    }

    @Override
    public LogPage logs(LogQuery query) {
        refuseIfLate("list audit events");
        return store.logs(query);
    }

    @Override
    public Optional<AuditEvent> logEntry(UUID eventId) {
        refuseIfLate("read an audit event");
        return store.logEntry(eventId);
    }

    @Override
    public boolean isAvailable() {
        return !StoreCallThreads.waitedPastPatience() && store.isAvailable();
    }

    private static void refuseIfLate(String action) {
        if (StoreCallThreads.waitedPastPatience()) {
            throw new StoreUnavailableException("the request waited more than " + StoreCallThreads.PATIENCE.toMillis()
                    + " ms for a thread; cannot " + action);
        }
    }
}
