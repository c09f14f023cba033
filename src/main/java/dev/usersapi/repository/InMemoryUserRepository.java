package dev.usersapi.repository;

import dev.usersapi.contract.ProfileEmails;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.IpUnblockOutcome;
import dev.usersapi.domain.IpUnblockRequest;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.SignInChange;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockout;
import dev.usersapi.domain.ip.IpLockoutPage;
import dev.usersapi.domain.ip.IpLockoutSort;
import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserField;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.logs.LogCondition;
import dev.usersapi.domain.logs.LogPage;
import dev.usersapi.domain.logs.LogQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Keeps accounts in memory only, for tests and throwaway runs: everything is gone when the
 * process ends. Each change to a user runs as one {@link ConcurrentMap#computeIfPresent} call,
 * under that user's lock; an unblock's audit event is appended under the same lock. The audit
 * trail can be bounded to each user's latest events, so that memory grows with the users, not
 * with the unblocks made; a retried unblock is recognised among the events kept.
 */
public final class InMemoryUserRepository implements UserRepository {

    /** What {@code --store memory} keeps of each user's audit trail. */
    public static final int SERVED_AUDIT_EVENTS_PER_USER = 10;

    private final ConcurrentMap<String, UserAccount> accounts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AuditRing> auditByUser = new ConcurrentHashMap<>();
    /** Each user's e-mail addresses, for listings filtered by one; kept with the profile they come from. */
    private final ConcurrentMap<String, Set<String>> emailsByUser = new ConcurrentHashMap<>();
    /** Each user's IP lockout records by address; changed and read under the user's lock in accounts. */
    private final ConcurrentMap<String, Map<String, IpLockout>> ipLockoutsByUser = new ConcurrentHashMap<>();

    private final int auditEventsPerUser;

    /** A store that keeps every audit event. */
    public InMemoryUserRepository() {
        this(Integer.MAX_VALUE);
    }

    /** A store that keeps only the latest {@code auditEventsPerUser} audit events of each user. */
    public InMemoryUserRepository(int auditEventsPerUser) {
        if (auditEventsPerUser < 1) {
            throw new IllegalArgumentException("auditEventsPerUser must be at least 1");
        }
        this.auditEventsPerUser = auditEventsPerUser;
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return Optional.ofNullable(accounts.get(userId));
    }

    /**
     * Looks at every user, unless the query names one by id: a listing of a million users costs a
     * good part of a second here, which a store for tests and throwaway runs can afford. The page is picked with a bounded heap, not
     * by sorting every match.
     */
    @Override
    public UserPage list(UserQuery query) {
        if (query.matchesNothing()) {
            return new UserPage(List.of(), 0);
        }
        Collection<UserAccount> candidates = candidatesOf(query);
        Predicate<UserAccount> matches = account -> {
            Set<String> emails = emailsByUser.getOrDefault(account.userId(), Set.of());
            return query.conditions().stream().allMatch(condition -> condition.matches(account, emails));
        };
        Comparator<UserAccount> order = query.sort().comparator();
        long wanted = query.offset() + query.limit();
        // The first `wanted` matches in order, kept in a heap whose head is the last of them.
        PriorityQueue<UserAccount> firstMatches = new PriorityQueue<>(order.reversed());
        long total = 0;
        for (UserAccount account : candidates) {
            if (!matches.test(account)) {
                continue;
            }
            total++;
            if (firstMatches.size() < wanted) {
                firstMatches.add(account);
            } else if (order.compare(account, firstMatches.peek()) < 0) {
                firstMatches.poll();
                firstMatches.add(account);
            }
        }
        List<UserAccount> inOrder = new ArrayList<>(firstMatches);
        inOrder.sort(order);
        int from = (int) Math.min(query.offset(), inOrder.size());
        return new UserPage(inOrder.subList(from, inOrder.size()), total);
    }

    /** The one user a query names by id, if it does: no need to look at the others. */
    private Collection<UserAccount> candidatesOf(UserQuery query) {
        for (UserCondition condition : query.conditions()) {
            if (condition instanceof UserCondition.TextEquals text && text.field() == UserField.USER_ID) {
                UserAccount named = accounts.get(text.value());
                return named == null ? List.of() : List.of(named);
            }
        }
        return accounts.values();
    }

    @Override
    public Optional<UnblockOutcome> unblock(UnblockRequest request) {
        UnblockOutcome[] outcome = new UnblockOutcome[1];
        accounts.computeIfPresent(request.userId(), (id, before) -> {
            AuditRing trail = auditByUser.computeIfAbsent(id, key -> new AuditRing(auditEventsPerUser));
            if (trail.holdsRequest(request.requestId(), AuditEvent.USER_ACCOUNT_UNBLOCKED)) {
                outcome[0] = UnblockOutcome.replayed(before);
                return before;
            }
            outcome[0] = UnblockOutcome.of(before, request);
            if (!outcome[0].refused()) {
                trail.add(AuditEvent.unblocked(request, outcome[0]));
            }
            return outcome[0].account();
        });
        return Optional.ofNullable(outcome[0]);
    }

    @Override
    public Optional<IpLockoutPage> ipLockouts(String userId, IpLockoutSort sort, long offset, int limit) {
        List<IpLockout> records = new ArrayList<>();
        UserAccount account = accounts.computeIfPresent(userId, (id, current) -> {
            records.addAll(ipLockoutsByUser.getOrDefault(id, Map.of()).values());
            return current;
        });
        if (account == null) {
            return Optional.empty();
        }
        records.sort(sort.comparator());
        return Optional.of(new IpLockoutPage(slice(records, offset, limit), records.size()));
    }

    @Override
    public Optional<IpUnblockOutcome> unblockIp(IpUnblockRequest request) {
        IpUnblockOutcome[] outcome = new IpUnblockOutcome[1];
        accounts.computeIfPresent(request.userId(), (id, account) -> {
            AuditRing trail = auditByUser.computeIfAbsent(id, key -> new AuditRing(auditEventsPerUser));
            if (trail.holdsRequest(request.requestId(), request.code())) {
                outcome[0] = IpUnblockOutcome.replayed(account);
                return account;
            }
            Map<String, IpLockout> records = ipLockoutsByUser.getOrDefault(id, Map.of());
            List<IpLockout> named = request.isForAllAddresses()
                    ? List.copyOf(records.values())
                    : Optional.ofNullable(records.get(request.ip())).stream().toList();
            outcome[0] = IpUnblockOutcome.of(account, request, named);
            for (IpLockout record : named) {
                records.put(record.ip(), record.reset());
            }
            trail.add(AuditEvent.ipUnblocked(request, outcome[0]));
            return account;
        });
        return Optional.ofNullable(outcome[0]);
    }

    @Override
    public Optional<UserAccount> recordFailedSignIn(String userId, long epochSecond, String ip, LockoutPolicy policy) {
        String address = SignInOrigins.canonicalAddress(ip);
        return recordSignIn(
                userId,
                address,
                (account, record) -> SignInChange.failed(
                        account, record, epochSecond, address, policy, SignInOrigins.blockOrigin(address)));
    }

    @Override
    public Optional<UserAccount> recordSuccessfulSignIn(String userId, long epochSecond, String ip) {
        String address = SignInOrigins.canonicalAddress(ip);
        return recordSignIn(
                userId, address, (account, record) -> SignInChange.succeeded(account, record, epochSecond, address));
    }

    /** Applies a sign-in to the user and the address's record, and records its events, under the user's lock. */
    private Optional<UserAccount> recordSignIn(
            String userId, String address, BiFunction<UserAccount, IpLockout, SignInChange> signIn) {
        return Optional.ofNullable(accounts.computeIfPresent(userId, (id, account) -> {
            IpLockout before = address == null
                    ? null
                    : ipLockoutsByUser.getOrDefault(id, Map.of()).get(address);
            SignInChange change = signIn.apply(account, before);
            if (change.address() != null) {
                ipLockoutsByUser
                        .computeIfAbsent(id, key -> new HashMap<>())
                        .put(change.address().ip(), change.address());
            }
            if (!change.events().isEmpty()) {
                AuditRing trail = auditByUser.computeIfAbsent(id, key -> new AuditRing(auditEventsPerUser));
                change.events().forEach(trail::add);
            }
            return change.account();
        }));
    }

    @Override
    public void upsertAll(List<UserAccount> batch) {
        for (UserAccount account : batch) {
            accounts.compute(account.userId(), (id, before) -> {
                emailsByUser.put(id, ProfileEmails.of(account.profileJson()));
                return before == null ? account : account.replacing(before.version());
            });
        }
    }

    @Override
    public int insertAllIfAbsent(List<UserAccount> batch) {
        int inserted = 0;
        for (UserAccount account : batch) {
            boolean[] added = {false};
            accounts.computeIfAbsent(account.userId(), id -> {
                emailsByUser.put(id, ProfileEmails.of(account.profileJson()));
                added[0] = true;
                return account;
            });
            if (added[0]) {
                inserted++;
            }
        }
        return inserted;
    }

    @Override
    public int deleteEventsBefore(long epochSecond, int limit) {
        int[] deleted = {0};
        for (String userId : auditByUser.keySet()) {
            // Under the user's lock, as every change of the user's trail.
            accounts.computeIfPresent(userId, (id, account) -> {
                AuditRing trail = auditByUser.get(id);
                if (trail != null && deleted[0] < limit) {
                    deleted[0] += trail.dropBefore(epochSecond, limit - deleted[0]);
                }
                return account;
            });
        }
        return deleted[0];
    }

    /**
     * Reads every user's trail, each under its user's lock, and orders the matches: a store for
     * tests and throwaway runs can afford it.
     */
    @Override
    public LogPage logs(LogQuery query) {
        if (query.matchesNothing()) {
            return new LogPage(List.of(), 0);
        }
        List<AuditEvent> matches = new ArrayList<>();
        for (String userId : usersWhoseLogsMatch(query)) {
            for (AuditEvent event : auditEvents(userId)) {
                if (query.conditions().stream().allMatch(condition -> condition.matches(event))) {
                    matches.add(event);
                }
            }
        }
        matches.sort(query.order());
        return new LogPage(slice(matches, query.offset(), query.limit()), matches.size());
    }

    /** The one user a log query names, if it does: no need to read the others' trails. */
    private Collection<String> usersWhoseLogsMatch(LogQuery query) {
        for (LogCondition condition : query.conditions()) {
            if (condition instanceof LogCondition.UserIs user) {
                return List.of(user.userId());
            }
        }
        return auditByUser.keySet();
    }

    /** The page of a sorted list that skips {@code offset} items and holds at most {@code limit}. */
    private static <T> List<T> slice(List<T> sorted, long offset, int limit) {
        int from = (int) Math.min(offset, sorted.size());
        int to = (int) Math.min((long) from + limit, sorted.size());
        return sorted.subList(from, to);
    }

    @Override
    public Optional<AuditEvent> logEntry(UUID eventId) {
        for (String userId : auditByUser.keySet()) {
            for (AuditEvent event : auditEvents(userId)) {
                if (event.eventId().equals(eventId)) {
                    return Optional.of(event);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public int deleteIdleIpLockoutsBefore(long epochSecond, int limit) {
        int[] deleted = {0};
        for (String userId : ipLockoutsByUser.keySet()) {
            // Under the user's lock, as every change of the user's records.
            accounts.computeIfPresent(userId, (id, account) -> {
                Iterator<IpLockout> records =
                        ipLockoutsByUser.getOrDefault(id, Map.of()).values().iterator();
                while (records.hasNext() && deleted[0] < limit) {
                    if (records.next().isIdleAt(epochSecond)) {
                        records.remove();
                        deleted[0]++;
                    }
                }
                return account;
            });
        }
        return deleted[0];
    }

    @Override
    public List<AuditEvent> auditEvents(String userId) {
        List<AuditEvent> events = new ArrayList<>();
        // The ring is only written under the user's lock in accounts; read it under the same lock.
        accounts.computeIfPresent(userId, (id, account) -> {
            AuditRing trail = auditByUser.get(id);
            if (trail != null) {
                events.addAll(trail.events(id));
            }
            return account;
        });
        return events;
    }
}
