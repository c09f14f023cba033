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
import dev.usersapi.repository.UserAccounts;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A store that is still being opened while the HTTP application is built around it. The server
 * listens only once the store is open, so calls never wait in practice; they go straight to the
 * opened store.
 */
final class OpeningAccounts implements UserAccounts {

    private final CompletableFuture<? extends UserAccounts> opening;
    private volatile UserAccounts opened;

    OpeningAccounts(CompletableFuture<? extends UserAccounts> opening) {
        this.opening = Objects.requireNonNull(opening, "opening");
    }

    private UserAccounts store() {
        UserAccounts store = opened;
        if (store == null) {
            store = opening.join();
            opened = store;
        }
        return store;
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return store().find(userId);
    }

    @Override
    public UserPage list(UserQuery query) {
        return store().list(query);
    }

    @Override
    public Optional<UnblockOutcome> unblock(UnblockRequest request) {
        return store().unblock(request);
    }

    @Override
    public Optional<IpLockoutPage> ipLockouts(String userId, IpLockoutSort sort, long offset, int limit) {
        return store().ipLockouts(userId, sort, offset, limit);
    }

    @Override
    public Optional<IpUnblockOutcome> unblockIp(IpUnblockRequest request) {
        return store().unblockIp(request);
    }

    @Override
    public LogPage logs(LogQuery query) {
        return store().logs(query);
    }

    @Override
    public Optional<AuditEvent> logEntry(UUID eventId) {
        return store().logEntry(eventId);
    }

    @Override
    public boolean isAvailable() {
        return store().isAvailable();
    }
}
