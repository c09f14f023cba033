package dev.usersapi.server;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.UserRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A store that is still being opened while the HTTP application is built around it. The server
 * listens only once the store is open, so calls never wait in practice; they go straight to the
 * opened store.
 */
final class OpeningRepository implements UserRepository {

    private final CompletableFuture<? extends UserRepository> opening;
    private volatile UserRepository opened;

    OpeningRepository(CompletableFuture<? extends UserRepository> opening) {
        this.opening = Objects.requireNonNull(opening, "opening");
    }

    private UserRepository store() {
        UserRepository store = opened;
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
    public Optional<UnblockOutcome> unblock(UnblockRequest request) {
        return store().unblock(request);
    }

    @Override
    public Optional<UserAccount> recordFailedSignIn(String userId, long epochSecond, LockoutPolicy policy) {
        return store().recordFailedSignIn(userId, epochSecond, policy);
    }

    @Override
    public Optional<UserAccount> recordSuccessfulSignIn(String userId, long epochSecond) {
        return store().recordSuccessfulSignIn(userId, epochSecond);
    }

    @Override
    public void upsertAll(List<UserAccount> accounts) {
        store().upsertAll(accounts);
    }

    @Override
    public int insertAllIfAbsent(List<UserAccount> accounts) {
        return store().insertAllIfAbsent(accounts);
    }

    @Override
    public List<AuditEvent> auditEvents(String userId) {
        return store().auditEvents(userId);
    }

    @Override
    public boolean isAvailable() {
        return store().isAvailable();
    }

    /** The store's owner closes it; the server only borrows it. */
    @Override
    public void close() {}
}
