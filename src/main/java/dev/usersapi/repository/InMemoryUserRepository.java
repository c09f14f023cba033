package dev.usersapi.repository;

import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UserAccount;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps accounts in memory only: for tests and throwaway local runs. Atomicity comes from
 * {@link ConcurrentMap#computeIfPresent}, which runs the whole read-modify-write under the map's
 * per-key lock.
 */
public final class InMemoryUserRepository implements UserRepository {

    private final ConcurrentMap<String, UserAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public Optional<UserAccount> find(String userId) {
        return Optional.ofNullable(accounts.get(userId));
    }

    @Override
    public Optional<UnblockOutcome> unblock(String userId, long epochSecond) {
        UnblockOutcome[] outcome = new UnblockOutcome[1];
        accounts.computeIfPresent(userId, (id, before) -> {
            outcome[0] = UnblockOutcome.of(before, epochSecond);
            return outcome[0].account();
        });
        return Optional.ofNullable(outcome[0]);
    }

    @Override
    public void upsert(UserAccount account) {
        accounts.put(account.userId(), account);
    }

    @Override
    public boolean insertIfAbsent(UserAccount account) {
        return accounts.putIfAbsent(account.userId(), account) == null;
    }
}
