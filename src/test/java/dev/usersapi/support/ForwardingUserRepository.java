package dev.usersapi.support;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.IpUnblockOutcome;
import dev.usersapi.domain.IpUnblockRequest;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockoutPage;
import dev.usersapi.domain.ip.IpLockoutSort;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.logs.LogPage;
import dev.usersapi.domain.logs.LogQuery;
import dev.usersapi.repository.UserRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A store that passes every call on to another: test doubles extend it and override only the
 * calls they change, so that a new store method is added here once, not in every double.
 */
public abstract class ForwardingUserRepository implements UserRepository {

    private final UserRepository delegate;

    protected ForwardingUserRepository(UserRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return delegate.find(userId);
    }

    @Override
    public UserPage list(UserQuery query) {
        return delegate.list(query);
    }

    @Override
    public Optional<UnblockOutcome> unblock(UnblockRequest request) {
        return delegate.unblock(request);
    }

    @Override
    public Optional<IpLockoutPage> ipLockouts(String userId, IpLockoutSort sort, long offset, int limit) {
        return delegate.ipLockouts(userId, sort, offset, limit);
    }

    @Override
    public Optional<IpUnblockOutcome> unblockIp(IpUnblockRequest request) {
        return delegate.unblockIp(request);
    }

    @Override
    public LogPage logs(LogQuery query) {
        return delegate.logs(query);
    }

    @Override
    public Optional<AuditEvent> logEntry(UUID eventId) {
        return delegate.logEntry(eventId);
    }

    @Override
    public boolean isAvailable() {
        return delegate.isAvailable();
    }

    @Override
    public Optional<UserAccount> recordFailedSignIn(String userId, long epochSecond, String ip, LockoutPolicy policy) {
        return delegate.recordFailedSignIn(userId, epochSecond, ip, policy);
    }

    @Override
    public Optional<UserAccount> recordSuccessfulSignIn(String userId, long epochSecond, String ip) {
        return delegate.recordSuccessfulSignIn(userId, epochSecond, ip);
    }

    @Override
    public void upsertAll(List<UserAccount> accounts) {
        delegate.upsertAll(accounts);
    }

    @Override
    public int insertAllIfAbsent(List<UserAccount> accounts) {
        return delegate.insertAllIfAbsent(accounts);
    }

    @Override
    public List<AuditEvent> auditEvents(String userId) {
        return delegate.auditEvents(userId);
    }

    @Override
    public int deleteEventsBefore(long epochSecond, int limit) {
        return delegate.deleteEventsBefore(epochSecond, limit);
    }

    @Override
    public int deleteIdleIpLockoutsBefore(long epochSecond, int limit) {
        return delegate.deleteIdleIpLockoutsBefore(epochSecond, limit);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
