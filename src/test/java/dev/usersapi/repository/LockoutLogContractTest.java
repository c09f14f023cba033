package dev.usersapi.repository;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.AuditCode;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.EventOrigin;
import dev.usersapi.domain.IpUnblockOutcome;
import dev.usersapi.domain.IpUnblockRequest;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.LockoutType;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.ip.IpLockout;
import dev.usersapi.domain.ip.IpLockoutPage;
import dev.usersapi.domain.ip.IpLockoutSort;
import dev.usersapi.domain.logs.LogCondition;
import dev.usersapi.domain.logs.LogPage;
import dev.usersapi.domain.logs.LogQuery;
import dev.usersapi.support.TestUsers;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link UserRepository} must do for per-IP lockouts, blocks recorded by sign-ins, and
 * the audit log; run once per implementation by a subclass that says how to open one. Tests keep
 * apart by using users with fresh ids, and listing the log by user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LockoutLogContractTest {

    /** Three failures from one address block the user from that address for 15 minutes. */
    private static final LockoutPolicy IP_POLICY = new LockoutPolicy(3, 15, LockoutType.IP);
    /** Three failures block the account for 15 minutes. */
    private static final LockoutPolicy ACCOUNT_POLICY = new LockoutPolicy(3, 15);

    private static final long NOW = 1_800_000_000L;
    private static final long BLOCK_ENDS = NOW + 15 * 60;
    private static final String A = "203.0.113.1";
    private static final String B = "203.0.113.2";
    private static final String C = "198.51.100.3";
    private static final EventOrigin ORIGIN = new EventOrigin(4711, "10.0.0.5", "10.0.0.17", "support-desk/2.1");

    protected UserRepository repository;

    /** A new, empty repository; closed after the class's tests. */
    protected abstract UserRepository openRepository() throws Exception;

    @BeforeAll
    void openRepositoryForClass() throws Exception {
        repository = openRepository();
    }

    @AfterAll
    void closeRepository() {
        if (repository != null) {
            repository.close();
        }
    }

    private UserAccount stored(String prefix) {
        UserAccount account = TestUsers.user(prefix).build();
        repository.upsertAll(List.of(account));
        return account;
    }

    private void failFrom(String userId, String ip, int times, LockoutPolicy policy) {
        for (int i = 0; i < times; i++) {
            assertTrue(repository.recordFailedSignIn(userId, NOW, ip, policy).isPresent());
        }
    }

    private List<IpLockout> records(String userId, IpLockoutSort sort) {
        return repository.ipLockouts(userId, sort, 0, 100).orElseThrow().records();
    }

    private IpLockout recordOf(String userId, String ip) {
        return records(userId, IpLockoutSort.DEFAULT).stream()
                .filter(record -> record.ip().equals(ip))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no record of " + ip));
    }

    private IpUnblockOutcome unblockIp(String userId, String ip, String requestId) {
        return repository
                .unblockIp(new IpUnblockRequest(userId, ip, NOW + 60, "support-desk", requestId, ORIGIN))
                .orElseThrow();
    }

    private List<AuditEvent> logOf(String userId, boolean newestFirst) {
        return repository
                .logs(new LogQuery(List.of(new LogCondition.UserIs(userId)), newestFirst, 0, 100))
                .events();
    }

    // --- sign-ins under a policy that locks out addresses ---

    @Test
    void failedSignInsBlockTheAddressAndNotTheAccount() {
        UserAccount user = stored("ip-blocked");

        failFrom(user.userId(), A, 3, IP_POLICY);

        UserAccount after = repository.find(user.userId()).orElseThrow();
        assertEquals(Lockout.NONE, after.lockout(), "the account is not locked out");
        assertEquals(3, after.signIns().attempts());
        assertEquals(new IpLockout(A, new Lockout(BLOCK_ENDS, 3), 3, NOW, null), recordOf(user.userId(), A));
        AuditEvent blocked = logOf(user.userId(), false).get(0);
        assertAll(
                () -> assertEquals(1, logOf(user.userId(), false).size(), "one event for one block"),
                () -> assertEquals(AuditCode.USER_ACCOUNT_IP_BLOCKED.code(), blocked.type()),
                () -> assertEquals(A, blocked.ipAddress()),
                () -> assertEquals(new Lockout(BLOCK_ENDS, 3), blocked.previousLockout()),
                () -> assertEquals(AuditEvent.Outcome.BLOCKED, blocked.outcome()),
                () -> assertNull(blocked.actorKeyId(), "the system blocked, not a key"),
                () -> assertNull(blocked.requestId()),
                () -> assertEquals(A, blocked.origin().remoteIp()),
                () -> assertEquals(
                        ProcessHandle.current().pid(), blocked.origin().processId()));
    }

    @Test
    void addressesAreCountedApart() {
        UserAccount user = stored("ip-apart");

        failFrom(user.userId(), A, 2, IP_POLICY);
        failFrom(user.userId(), B, 2, IP_POLICY);

        assertEquals(new Lockout(null, 2), recordOf(user.userId(), A).lockout());
        assertEquals(new Lockout(null, 2), recordOf(user.userId(), B).lockout());
        assertTrue(logOf(user.userId(), false).isEmpty(), "no block, no event");
    }

    @Test
    void everySpellingOfAnAddressIsOneRecord() {
        UserAccount user = stored("ip-spelling");

        repository.recordFailedSignIn(user.userId(), NOW, "2001:DB8::0:7", IP_POLICY);
        repository.recordFailedSignIn(user.userId(), NOW, "2001:db8:0:0:0:0:0:7", IP_POLICY);
        repository.recordFailedSignIn(user.userId(), NOW, "::ffff:203.0.113.1", IP_POLICY);

        List<IpLockout> records = records(user.userId(), IpLockoutSort.DEFAULT);
        assertEquals(2, records.size());
        assertEquals(2, recordOf(user.userId(), "2001:db8::7").lockout().failureCount());
        assertEquals(1, recordOf(user.userId(), A).lockout().failureCount());
    }

    @Test
    void failureFromAnUnknownAddressCountsAgainstTheAccount() {
        UserAccount user = stored("ip-unknown");

        failFrom(user.userId(), null, 2, IP_POLICY);
        repository.recordFailedSignIn(user.userId(), NOW, "not an address", IP_POLICY);

        assertEquals(
                new Lockout(BLOCK_ENDS, 3),
                repository.find(user.userId()).orElseThrow().lockout());
        assertTrue(records(user.userId(), IpLockoutSort.DEFAULT).isEmpty());
    }

    @Test
    void successFromAnAddressForgetsItsFailures() {
        UserAccount user = stored("ip-success");
        failFrom(user.userId(), A, 2, IP_POLICY);

        repository.recordSuccessfulSignIn(user.userId(), NOW + 5, A);

        assertEquals(new IpLockout(A, Lockout.NONE, 3, NOW + 5, NOW + 5), recordOf(user.userId(), A));
        assertEquals(1, repository.find(user.userId()).orElseThrow().signIns().successes());
    }

    @Test
    void successFromABlockedAddressIsOnlyAnAttempt() {
        UserAccount user = stored("ip-refused");
        failFrom(user.userId(), A, 3, IP_POLICY);

        repository.recordSuccessfulSignIn(user.userId(), NOW + 5, A);

        assertEquals(new IpLockout(A, new Lockout(BLOCK_ENDS, 3), 4, NOW + 5, null), recordOf(user.userId(), A));
        assertEquals(0, repository.find(user.userId()).orElseThrow().signIns().successes());
    }

    @Test
    void accountBlockIsRecordedOnceAsAnEvent() {
        UserAccount user = stored("account-blocked");

        failFrom(user.userId(), A, 4, ACCOUNT_POLICY);

        List<AuditEvent> log = logOf(user.userId(), false);
        assertEquals(1, log.size(), "a failure during the block sets no new block");
        assertAll(
                () -> assertEquals(
                        AuditCode.USER_ACCOUNT_BLOCKED.code(), log.get(0).type()),
                () -> assertEquals(new Lockout(BLOCK_ENDS, 3), log.get(0).previousLockout()),
                () -> assertNull(log.get(0).ipAddress()),
                () -> assertNull(log.get(0).actorKeyId()));
        assertTrue(records(user.userId(), IpLockoutSort.DEFAULT).isEmpty(), "the account policy keeps no records");
    }

    // --- IP unblocks ---

    @Test
    void unblockingAnAddressResetsItAndNothingElse() {
        UserAccount user = stored("ip-unblock");
        failFrom(user.userId(), A, 3, IP_POLICY);
        failFrom(user.userId(), B, 3, IP_POLICY);
        UserAccount before = repository.find(user.userId()).orElseThrow();

        IpUnblockOutcome outcome = unblockIp(user.userId(), A, "request-" + UUID.randomUUID());

        assertAll(
                () -> assertEquals(1, outcome.resetCount()),
                () -> assertEquals(new Lockout(BLOCK_ENDS, 3), outcome.previousLockout()),
                () -> assertEquals(before, outcome.account(), "the account is not changed"),
                () -> assertEquals(before, repository.find(user.userId()).orElseThrow()),
                () -> assertEquals(new IpLockout(A, Lockout.NONE, 3, NOW, null), recordOf(user.userId(), A)),
                () -> assertEquals(
                        new Lockout(BLOCK_ENDS, 3), recordOf(user.userId(), B).lockout()));
        AuditEvent event = logOf(user.userId(), true).get(0);
        assertAll(
                () -> assertEquals(AuditCode.USER_ACCOUNT_IP_UNBLOCKED.code(), event.type()),
                () -> assertEquals(A, event.ipAddress()),
                () -> assertNull(event.ipCount()),
                () -> assertEquals(AuditEvent.Outcome.CLEARED, event.outcome()),
                () -> assertEquals(new Lockout(BLOCK_ENDS, 3), event.previousLockout()),
                () -> assertEquals("support-desk", event.actorKeyId()),
                () -> assertEquals(NOW + 60, event.epochSecond()));
    }

    @Test
    void unblockingAnAddressWithoutRecordIsNotAnError() {
        UserAccount user = stored("ip-unblock-none");

        IpUnblockOutcome outcome = unblockIp(user.userId(), C, "request-" + UUID.randomUUID());

        assertEquals(0, outcome.resetCount());
        assertEquals(Lockout.NONE, outcome.previousLockout());
        AuditEvent event = logOf(user.userId(), true).get(0);
        assertEquals(AuditEvent.Outcome.NOT_BLOCKED, event.outcome());
        assertEquals(C, event.ipAddress());
    }

    @Test
    void unblockingAllAddressesResetsEachOne() {
        UserAccount user = stored("ip-unblock-all");
        failFrom(user.userId(), A, 3, IP_POLICY);
        failFrom(user.userId(), B, 1, IP_POLICY);
        repository.recordSuccessfulSignIn(user.userId(), NOW, C);
        failFrom(user.userId(), C, 1, IP_POLICY);
        repository.recordSuccessfulSignIn(user.userId(), NOW, C);

        IpUnblockOutcome outcome = unblockIp(user.userId(), null, "request-" + UUID.randomUUID());

        assertEquals(2, outcome.resetCount(), "A and B had something to reset, C had not");
        for (IpLockout record : records(user.userId(), IpLockoutSort.DEFAULT)) {
            assertEquals(Lockout.NONE, record.lockout(), record.ip());
        }
        AuditEvent event = logOf(user.userId(), true).get(0);
        assertAll(
                () -> assertEquals(AuditCode.USER_ACCOUNT_ALL_IP_BLOCKS_REMOVED.code(), event.type()),
                () -> assertEquals(2, event.ipCount()),
                () -> assertNull(event.ipAddress()),
                () -> assertEquals(AuditEvent.Outcome.CLEARED, event.outcome()));
    }

    @Test
    void retriedIpUnblockChangesAndRecordsNothing() {
        UserAccount user = stored("ip-unblock-retry");
        failFrom(user.userId(), A, 3, IP_POLICY);
        String requestId = "request-" + UUID.randomUUID();
        unblockIp(user.userId(), A, requestId);
        failFrom(user.userId(), A, 3, IP_POLICY);
        int events = logOf(user.userId(), false).size();

        IpUnblockOutcome retry = unblockIp(user.userId(), A, requestId);

        assertTrue(retry.replayed());
        assertEquals(new Lockout(BLOCK_ENDS, 3), recordOf(user.userId(), A).lockout(), "the new block stays");
        assertEquals(events, logOf(user.userId(), false).size());
    }

    @Test
    void aRequestIdOfAnotherKindOfUnblockIsNoRetry() {
        UserAccount user = TestUsers.user("ip-other-kind")
                .blockedUntil(TestUsers.FAR_FUTURE, 3)
                .build();
        repository.upsertAll(List.of(user));
        failFrom(user.userId(), A, 3, IP_POLICY);
        String requestId = "request-" + UUID.randomUUID();
        repository.unblock(new UnblockRequest(user.userId(), NOW, "key", requestId, null, ORIGIN));

        IpUnblockOutcome ipUnblock = unblockIp(user.userId(), A, requestId);
        IpUnblockOutcome all = unblockIp(user.userId(), null, requestId);
        IpUnblockOutcome retry = unblockIp(user.userId(), A, requestId);

        assertAll(
                () -> assertFalse(ipUnblock.replayed()),
                () -> assertEquals(1, ipUnblock.resetCount()),
                () -> assertFalse(all.replayed()),
                () -> assertTrue(retry.replayed()),
                () -> assertEquals(Lockout.NONE, recordOf(user.userId(), A).lockout()));
        assertEquals(4, logOf(user.userId(), false).size(), "the block and three unblocks");
    }

    @Test
    void unknownUsersHaveNoLockoutsAndNoIpUnblock() {
        assertEquals(
                Optional.empty(), repository.ipLockouts("nobody-" + UUID.randomUUID(), IpLockoutSort.DEFAULT, 0, 10));
        assertEquals(
                Optional.empty(),
                repository.unblockIp(
                        new IpUnblockRequest("nobody-" + UUID.randomUUID(), A, NOW, "key", "request", ORIGIN)));
    }

    @Test
    void lockoutsAreSortedWithMissingValuesSmallestAndPaged() {
        UserAccount user = stored("ip-sorted");
        failFrom(user.userId(), C, 3, IP_POLICY); // blocked until BLOCK_ENDS
        failFrom(user.userId(), A, 1, IP_POLICY); // no block
        failFrom(user.userId(), B, 1, IP_POLICY); // no block
        IpLockoutSort byBlockAscending = new IpLockoutSort(IpLockoutSort.Field.BLOCK_UNTIL, false);
        IpLockoutSort byBlockDescending = new IpLockoutSort(IpLockoutSort.Field.BLOCK_UNTIL, true);

        assertEquals(List.of(A, B, C), ips(records(user.userId(), byBlockAscending)));
        assertEquals(List.of(C, B, A), ips(records(user.userId(), byBlockDescending)));
        IpLockoutPage second =
                repository.ipLockouts(user.userId(), byBlockAscending, 1, 1).orElseThrow();
        assertEquals(List.of(B), ips(second.records()));
        assertEquals(3, second.totalCount());
    }

    @Test
    void retentionForgetsIdleRecordsButNeverABlock() {
        UserAccount user = stored("ip-idle");
        long longAgo = NOW - 100_000;
        for (int i = 0; i < 3; i++) {
            repository.recordFailedSignIn(user.userId(), longAgo, A, IP_POLICY);
        }
        repository.recordFailedSignIn(user.userId(), longAgo, B, IP_POLICY);
        // Blocked for as long as the lockout lasts, counted from this failure: still blocked at the cutoff.
        for (int i = 0; i < 3; i++) {
            repository.recordFailedSignIn(user.userId(), longAgo + 50_000 - 60, C, IP_POLICY);
        }
        long cutoff = longAgo + 50_000;

        int first = repository.deleteIdleIpLockoutsBefore(cutoff, 1);
        int rest = repository.deleteIdleIpLockoutsBefore(cutoff, 100);

        assertEquals(1, first, "the limit is kept");
        assertEquals(1, rest, "the other idle record; every other test signs in at NOW");
        assertEquals(List.of(C), ips(records(user.userId(), IpLockoutSort.DEFAULT)));
        assertEquals(0, repository.deleteIdleIpLockoutsBefore(cutoff, 100));
    }

    private static List<String> ips(List<IpLockout> records) {
        return records.stream().map(IpLockout::ip).toList();
    }

    // --- the audit log ---

    @Test
    void logListsAUsersEventsInTimeOrderWithTheirOrigin() {
        UserAccount user = TestUsers.user("log-order")
                .blockedUntil(TestUsers.FAR_FUTURE, 3)
                .build();
        repository.upsertAll(List.of(user));
        repository.unblock(
                new UnblockRequest(user.userId(), NOW, "support-desk", "r-" + UUID.randomUUID(), null, ORIGIN));
        unblockIp(user.userId(), A, "r-" + UUID.randomUUID());

        List<AuditEvent> oldestFirst = logOf(user.userId(), false);
        List<AuditEvent> newestFirst = logOf(user.userId(), true);

        assertEquals(
                List.of(AuditCode.USER_ACCOUNT_UNBLOCKED.code(), AuditCode.USER_ACCOUNT_IP_UNBLOCKED.code()),
                oldestFirst.stream().map(AuditEvent::type).toList());
        assertEquals(List.of(oldestFirst.get(1), oldestFirst.get(0)), newestFirst);
        assertEquals(ORIGIN, oldestFirst.get(0).origin(), "the unblock's origin is kept");
        assertEquals(ORIGIN, oldestFirst.get(1).origin(), "the IP unblock's origin is kept");
    }

    @Test
    void logIsFilteredByCodeAndTimeAndPaged() {
        UserAccount user = stored("log-filter");
        for (int i = 0; i < 5; i++) {
            repository.unblock(
                    new UnblockRequest(user.userId(), NOW + i, "key", "r-" + UUID.randomUUID(), null, ORIGIN));
        }
        unblockIp(user.userId(), A, "r-" + UUID.randomUUID());
        LogCondition mine = new LogCondition.UserIs(user.userId());
        LogCondition unblocks = new LogCondition.CodeIs(AuditCode.USER_ACCOUNT_UNBLOCKED.code());

        LogPage page = repository.logs(new LogQuery(List.of(mine, unblocks), true, 1, 2));
        assertEquals(5, page.totalCount());
        assertEquals(
                List.of(NOW + 3, NOW + 2),
                page.events().stream().map(AuditEvent::epochSecond).toList());

        LogPage inRange = repository.logs(
                new LogQuery(List.of(mine, new LogCondition.TimeInRange(NOW + 1, NOW + 2)), false, 0, 10));
        assertEquals(
                List.of(NOW + 1, NOW + 2),
                inRange.events().stream().map(AuditEvent::epochSecond).toList());

        LogPage empty = repository.logs(
                new LogQuery(List.of(mine, new LogCondition.TimeInRange(NOW + 2, NOW + 1)), false, 0, 10));
        assertEquals(0, empty.totalCount());
    }

    @Test
    void eventsOfOneSecondAreOrderedById() {
        UserAccount user = stored("log-ties");
        for (int i = 0; i < 6; i++) {
            unblockIp(user.userId(), null, "r-" + UUID.randomUUID());
        }

        List<AuditEvent> log = logOf(user.userId(), false);

        List<AuditEvent> byId = log.stream().sorted(LogQuery.OLDEST_FIRST).toList();
        assertEquals(byId, log);
        assertEquals(6, log.size());
    }

    @Test
    void logEntryIsFoundByItsId() {
        UserAccount user = stored("log-entry");
        unblockIp(user.userId(), B, "r-" + UUID.randomUUID());
        AuditEvent event = logOf(user.userId(), false).get(0);

        assertEquals(Optional.of(event), repository.logEntry(event.eventId()));
        assertEquals(Optional.empty(), repository.logEntry(UUID.randomUUID()));
    }
}
