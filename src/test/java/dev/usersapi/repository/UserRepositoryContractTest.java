package dev.usersapi.repository;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UnblockOutcome;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.domain.listing.UserCondition;
import dev.usersapi.domain.listing.UserField;
import dev.usersapi.domain.listing.UserPage;
import dev.usersapi.domain.listing.UserQuery;
import dev.usersapi.domain.listing.UserSort;
import dev.usersapi.support.TestUsers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link UserRepository} must do, run once per implementation by a subclass that
 * says how to open one. Each subclass gets one fresh repository for all its tests; tests keep
 * apart by using users with fresh ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UserRepositoryContractTest {

    /** Three failures block for 15 minutes. */
    protected static final LockoutPolicy POLICY = new LockoutPolicy(3, 15);
    /** "Now" in these tests: after {@link TestUsers#PAST}, before {@link TestUsers#FAR_FUTURE}. */
    protected static final long NOW = 1_800_000_000L;
    /** Where the test sign-ins come from (an address for documentation, RFC 5737). */
    protected static final String IP = "203.0.113.9";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A block that ends after {@link #NOW}. */
    private static final long FAR = TestUsers.FAR_FUTURE;
    /** A block that ended before {@link #NOW}. */
    private static final long PAST_BLOCK = TestUsers.PAST;

    protected UserRepository repository;

    /** A new, empty repository; closed after the class's tests. */
    protected abstract UserRepository openRepository() throws Exception;

    /** Operations per thread in the concurrency test. */
    protected int concurrentOperationsPerThread() {
        return 1_000;
    }

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

    private UserAccount stored(TestUsers user) {
        UserAccount account = user.build();
        repository.upsertAll(List.of(account));
        return account;
    }

    private static UnblockRequest unblockAt(String userId, long epochSecond) {
        return new UnblockRequest(userId, epochSecond, "key-" + userId, "request-" + UUID.randomUUID());
    }

    private UserAccount found(String userId) {
        return repository.find(userId).orElseThrow(() -> new AssertionError("no user " + userId));
    }

    private static void assertSameProfile(String expectedJson, String actualJson) throws Exception {
        // Compared as trees: PostgreSQL's jsonb does not keep key order or whitespace.
        assertEquals(JSON.readTree(expectedJson), JSON.readTree(actualJson));
    }

    private static void assertSameAccount(UserAccount expected, UserAccount actual) throws Exception {
        assertAll(
                () -> assertEquals(expected.userId(), actual.userId(), "user_id"),
                () -> assertEquals(expected.disabled(), actual.disabled(), "disabled"),
                () -> assertEquals(expected.creationTime(), actual.creationTime(), "creation_time"),
                () -> assertEquals(expected.lastUpdated(), actual.lastUpdated(), "last_updated"),
                () -> assertEquals(expected.lockout(), actual.lockout(), "lockout"),
                () -> assertEquals(expected.signIns(), actual.signIns(), "sign-in history"),
                () -> assertSameProfile(expected.profileJson(), actual.profileJson()));
    }

    // --- find ---

    @Test
    void findReturnsTheStoredAccount() throws Exception {
        UserAccount account = stored(TestUsers.user("find").blockedUntil(TestUsers.FAR_FUTURE, 4));

        assertSameAccount(account, found(account.userId()));
    }

    @Test
    void findReturnsEmptyForUnknownId() {
        assertTrue(repository.find("nobody-" + UUID.randomUUID()).isEmpty());
    }

    @Test
    void storeIsAvailable() {
        assertTrue(repository.isAvailable());
    }

    // --- unblock ---

    @Test
    void unblockClearsBlockedUserAndMovesLastUpdated() throws Exception {
        UserAccount before = stored(TestUsers.user("blocked").blockedUntil(TestUsers.FAR_FUTURE, 5));

        UnblockOutcome outcome =
                repository.unblock(unblockAt(before.userId(), NOW)).orElseThrow();

        assertTrue(outcome.cleared());
        assertEquals(new Lockout(TestUsers.FAR_FUTURE, 5), outcome.previousLockout());
        UserAccount expected = new UserAccount(
                before.userId(),
                false,
                before.creationTime(),
                NOW,
                Lockout.NONE,
                before.signIns(),
                before.profileJson(),
                before.version() + 1);
        assertSameAccount(expected, outcome.account());
        assertSameAccount(expected, found(before.userId()));
    }

    @Test
    void unblockLeavesUserWithoutLockoutUnchangedAndReportsNotBlocked() throws Exception {
        UserAccount before = stored(TestUsers.user("clear"));

        UnblockOutcome outcome =
                repository.unblock(unblockAt(before.userId(), NOW)).orElseThrow();

        assertFalse(outcome.cleared());
        assertEquals(Lockout.NONE, outcome.previousLockout());
        assertSameAccount(before, outcome.account());
        assertSameAccount(before, found(before.userId()));
        assertEquals(
                AuditEvent.Outcome.NOT_BLOCKED,
                repository.auditEvents(before.userId()).get(0).outcome());
    }

    @Test
    void unblockClearsExpiredBlockWithFailures() throws Exception {
        UserAccount before = stored(TestUsers.user("expired").blockedUntil(TestUsers.PAST, 3));

        UnblockOutcome outcome =
                repository.unblock(unblockAt(before.userId(), NOW)).orElseThrow();

        assertTrue(outcome.cleared());
        assertEquals(new Lockout(TestUsers.PAST, 3), outcome.previousLockout());
        assertEquals(Lockout.NONE, found(before.userId()).lockout());
        assertEquals(NOW, found(before.userId()).lastUpdated());
    }

    @Test
    void unblockClearsFailuresWithoutBlock() {
        UserAccount before = stored(TestUsers.user("failures").blockedUntil(null, 2));

        UnblockOutcome outcome =
                repository.unblock(unblockAt(before.userId(), NOW)).orElseThrow();

        assertTrue(outcome.cleared());
        assertEquals(Lockout.NONE, found(before.userId()).lockout());
        assertEquals(NOW, found(before.userId()).lastUpdated());
    }

    @Test
    void unblockLeavesDisabledFlagAlone() {
        UserAccount before = stored(TestUsers.user("disabled").disabled().blockedUntil(TestUsers.FAR_FUTURE, 3));

        UnblockOutcome outcome =
                repository.unblock(unblockAt(before.userId(), NOW)).orElseThrow();

        assertTrue(outcome.account().disabled());
        assertTrue(found(before.userId()).disabled());
        assertEquals(Lockout.NONE, found(before.userId()).lockout());
    }

    @Test
    void unblockOfUnknownUserReturnsEmptyAndRecordsNoEvent() {
        String unknown = "nobody-" + UUID.randomUUID();

        assertTrue(repository.unblock(unblockAt(unknown, NOW)).isEmpty());
        assertTrue(repository.auditEvents(unknown).isEmpty());
        assertTrue(repository.find(unknown).isEmpty());
    }

    // --- audit events ---

    @Test
    void unblockRecordsOneEventWithStateBeforeActorRequestTimeAndOutcome() {
        UserAccount user = stored(TestUsers.user("audited").blockedUntil(TestUsers.FAR_FUTURE, 4));
        UnblockRequest first = new UnblockRequest(user.userId(), NOW, "key-a", "request-1");
        UnblockRequest second = new UnblockRequest(user.userId(), NOW + 60, "key-b", "request-2");

        repository.unblock(first);
        repository.unblock(second);

        List<AuditEvent> events = repository.auditEvents(user.userId());
        assertEquals(2, events.size());
        AuditEvent cleared = events.get(0);
        assertAll(
                () -> assertEquals(AuditEvent.USER_ACCOUNT_UNBLOCKED, cleared.type()),
                () -> assertEquals(user.userId(), cleared.userId()),
                () -> assertEquals("key-a", cleared.actorKeyId()),
                () -> assertEquals("request-1", cleared.requestId()),
                () -> assertEquals(NOW, cleared.epochSecond()),
                () -> assertEquals(new Lockout(TestUsers.FAR_FUTURE, 4), cleared.previousLockout()),
                () -> assertEquals(AuditEvent.Outcome.CLEARED, cleared.outcome()));
        AuditEvent notBlocked = events.get(1);
        assertAll(
                () -> assertEquals("key-b", notBlocked.actorKeyId()),
                () -> assertEquals("request-2", notBlocked.requestId()),
                () -> assertEquals(NOW + 60, notBlocked.epochSecond()),
                () -> assertEquals(Lockout.NONE, notBlocked.previousLockout()),
                () -> assertEquals(AuditEvent.Outcome.NOT_BLOCKED, notBlocked.outcome()));
        assertNotEquals(cleared.eventId(), notBlocked.eventId());
    }

    @Test
    void auditEventsComeOldestFirstAndInCallOrderWithinOneSecond() {
        UserAccount user = stored(TestUsers.user("ordered"));
        List<String> requestIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String requestId = "request-" + i;
            requestIds.add(requestId);
            // Pairs of calls share a second: the order within a second is the order of the calls.
            repository.unblock(new UnblockRequest(user.userId(), NOW + i / 2, "key", requestId));
        }

        assertEquals(
                requestIds,
                repository.auditEvents(user.userId()).stream()
                        .map(AuditEvent::requestId)
                        .toList());
    }

    @Test
    void aRetriedUnblockChangesAndRecordsNothing() throws Exception {
        UserAccount user = stored(TestUsers.user("retried").blockedUntil(TestUsers.FAR_FUTURE, 5));
        UnblockOutcome first = repository
                .unblock(new UnblockRequest(user.userId(), NOW, "key", "same-request"))
                .orElseThrow();
        repository.recordFailedSignIn(user.userId(), NOW + 1, IP, POLICY);

        UnblockOutcome retry = repository
                .unblock(new UnblockRequest(user.userId(), NOW + 2, "key", "same-request"))
                .orElseThrow();

        assertTrue(first.cleared());
        assertTrue(retry.replayed());
        assertFalse(retry.cleared());
        assertEquals(1, retry.account().lockout().failureCount(), "the retry did not unblock again");
        assertSameAccount(repository.find(user.userId()).orElseThrow(), retry.account());
        assertEquals(1, repository.auditEvents(user.userId()).size());
    }

    @Test
    void theSameRequestIdUnblocksEachUserOnce() {
        UserAccount one = stored(TestUsers.user("batch-one").blockedUntil(TestUsers.FAR_FUTURE, 5));
        UserAccount two = stored(TestUsers.user("batch-two").blockedUntil(TestUsers.FAR_FUTURE, 5));

        assertTrue(repository
                .unblock(new UnblockRequest(one.userId(), NOW, "key", "batch"))
                .orElseThrow()
                .cleared());
        assertTrue(repository
                .unblock(new UnblockRequest(two.userId(), NOW, "key", "batch"))
                .orElseThrow()
                .cleared());
        assertEquals(1, repository.auditEvents(two.userId()).size());
    }

    @Test
    void deletingOldEventsTakesTheOldestFirstUpToTheLimit() {
        UserAccount user = stored(TestUsers.user("retention"));
        // Long ago, before any other test's events, which this must not touch.
        for (int i = 1; i <= 5; i++) {
            repository.unblock(new UnblockRequest(user.userId(), 1_000 + i, "key", "old-" + i));
        }

        assertEquals(2, repository.deleteEventsBefore(1_004, 2));
        assertEquals(
                List.of("old-3", "old-4", "old-5"),
                repository.auditEvents(user.userId()).stream()
                        .map(AuditEvent::requestId)
                        .toList());
        assertEquals(1, repository.deleteEventsBefore(1_004, 10));
        assertEquals(0, repository.deleteEventsBefore(1_004, 10));
        assertEquals(2, repository.auditEvents(user.userId()).size());
    }

    @Test
    void auditEventsAreKeptPerUser() {
        UserAccount one = stored(TestUsers.user("one"));
        UserAccount other = stored(TestUsers.user("other"));

        repository.unblock(unblockAt(one.userId(), NOW));

        assertEquals(1, repository.auditEvents(one.userId()).size());
        assertTrue(repository.auditEvents(other.userId()).isEmpty());
    }

    // --- lockout policy ---

    @Test
    void failedSignInsReachingTheMaximumBlockForTheTimeSpan() {
        UserAccount user = stored(TestUsers.user("failing"));

        UserAccount afterFirst =
                repository.recordFailedSignIn(user.userId(), NOW, IP, POLICY).orElseThrow();
        UserAccount afterSecond = repository
                .recordFailedSignIn(user.userId(), NOW + 1, IP, POLICY)
                .orElseThrow();
        UserAccount afterThird = repository
                .recordFailedSignIn(user.userId(), NOW + 2, IP, POLICY)
                .orElseThrow();

        assertEquals(new Lockout(null, 1), afterFirst.lockout());
        assertEquals(NOW, afterFirst.lastUpdated());
        assertEquals(new Lockout(null, 2), afterSecond.lockout());
        assertEquals(new Lockout(NOW + 2 + 15 * 60, 3), afterThird.lockout());
        assertEquals(NOW + 2, afterThird.lastUpdated());
        assertEquals(afterThird.lockout(), found(user.userId()).lockout());
        assertEquals(NOW + 2, found(user.userId()).lastUpdated());
    }

    @Test
    void failedSignInDuringABlockCountsButDoesNotExtendIt() {
        UserAccount user = stored(TestUsers.user("still-failing").blockedUntil(NOW + 600, 3));

        UserAccount after = repository
                .recordFailedSignIn(user.userId(), NOW + 10, IP, POLICY)
                .orElseThrow();

        assertEquals(new Lockout(NOW + 600, 4), after.lockout());
        assertEquals(NOW + 10, after.lastUpdated());
        assertEquals(after.lockout(), found(user.userId()).lockout());
    }

    @Test
    void failedSignInAfterAnExpiredBlockBlocksAgain() {
        UserAccount user = stored(TestUsers.user("again").blockedUntil(TestUsers.PAST, 3));

        UserAccount after =
                repository.recordFailedSignIn(user.userId(), NOW, IP, POLICY).orElseThrow();

        assertEquals(new Lockout(NOW + 15 * 60, 4), after.lockout());
        assertEquals(after.lockout(), found(user.userId()).lockout());
    }

    @Test
    void successfulSignInForgetsFailuresAndMovesLastUpdated() {
        UserAccount user = stored(TestUsers.user("success").blockedUntil(null, 2));

        UserAccount after =
                repository.recordSuccessfulSignIn(user.userId(), NOW, IP).orElseThrow();

        assertEquals(Lockout.NONE, after.lockout());
        assertEquals(NOW, after.lastUpdated());
        assertEquals(Lockout.NONE, found(user.userId()).lockout());
        assertEquals(NOW, found(user.userId()).lastUpdated());
    }

    @Test
    void successfulSignInClearsAnExpiredBlock() {
        UserAccount user = stored(TestUsers.user("expired-success").blockedUntil(TestUsers.PAST, 3));

        UserAccount after =
                repository.recordSuccessfulSignIn(user.userId(), NOW, IP).orElseThrow();

        assertEquals(Lockout.NONE, after.lockout());
        assertEquals(NOW, found(user.userId()).lastUpdated());
    }

    @Test
    void rightCredentialsDuringABlockAreOnlyAnAttempt() throws Exception {
        UserAccount user = stored(TestUsers.user("blocked-success").blockedUntil(TestUsers.FAR_FUTURE, 3));

        UserAccount after =
                repository.recordSuccessfulSignIn(user.userId(), NOW, IP).orElseThrow();

        assertEquals(user.lockout(), after.lockout());
        assertEquals(user.lastUpdated(), after.lastUpdated());
        assertEquals(new SignInHistory(1, NOW, IP, 0, null, null, null), after.signIns());
        assertSameAccount(after, found(user.userId()));
    }

    @Test
    void successfulSignInWithoutFailuresKeepsLastUpdated() throws Exception {
        UserAccount user = stored(TestUsers.user("clean-success"));

        UserAccount after =
                repository.recordSuccessfulSignIn(user.userId(), NOW, IP).orElseThrow();

        assertEquals(TestUsers.CREATED, after.lastUpdated());
        assertEquals(new SignInHistory(1, NOW, IP, 1, NOW, IP, NOW), after.signIns());
        assertSameAccount(after, found(user.userId()));
    }

    @Test
    void theSignInHistoryCountsEveryAttemptAndAnUnblockLeavesIt() throws Exception {
        UserAccount user = stored(TestUsers.user("history"));

        assertTrue(repository
                .recordSuccessfulSignIn(user.userId(), NOW, "198.51.100.24")
                .isPresent());
        assertTrue(repository
                .recordFailedSignIn(user.userId(), NOW + 5, "2001:db8::17", POLICY)
                .isPresent());
        UserAccount after = repository
                .recordFailedSignIn(user.userId(), NOW + 9, IP, POLICY)
                .orElseThrow();
        SignInHistory expected = new SignInHistory(3, NOW + 9, IP, 1, NOW, "198.51.100.24", NOW);
        assertEquals(expected, after.signIns());
        assertSameAccount(after, found(user.userId()));

        UnblockOutcome unblocked =
                repository.unblock(unblockAt(user.userId(), NOW + 20)).orElseThrow();
        assertTrue(unblocked.cleared());
        assertEquals(expected, unblocked.account().signIns());
        assertEquals(expected, found(user.userId()).signIns());
    }

    @Test
    void signInHistoryIsStoredAndReadBackAsGiven() throws Exception {
        UserAccount given = stored(TestUsers.user("given-history")
                .signIns(new SignInHistory(41, NOW - 60, "2001:db8::1", 40, NOW - 3600, "203.0.113.200", NOW - 30)));

        assertSameAccount(given, found(given.userId()));
    }

    @Test
    void signInsOfUnknownUsersReturnEmpty() {
        String unknown = "nobody-" + UUID.randomUUID();

        assertTrue(repository.recordFailedSignIn(unknown, NOW, IP, POLICY).isEmpty());
        assertTrue(repository.recordSuccessfulSignIn(unknown, NOW, IP).isEmpty());
        assertTrue(repository.find(unknown).isEmpty());
    }

    @Test
    void signInsRecordNoAuditEvents() {
        UserAccount user = stored(TestUsers.user("no-audit"));

        repository.recordFailedSignIn(user.userId(), NOW, IP, POLICY);
        repository.recordSuccessfulSignIn(user.userId(), NOW, IP);

        assertTrue(repository.auditEvents(user.userId()).isEmpty());
    }

    // --- batches ---

    @Test
    void upsertAllReplacesExistingAccountsAndAddsNewOnes() throws Exception {
        UserAccount existing = stored(TestUsers.user("replaced").blockedUntil(TestUsers.FAR_FUTURE, 3));
        UserAccount replacement =
                TestUsers.userWithId(existing.userId()).disabled().build();
        UserAccount added = TestUsers.user("added").build();

        repository.upsertAll(List.of(replacement, added));

        assertSameAccount(replacement, found(existing.userId()));
        assertSameAccount(added, found(added.userId()));
    }

    @Test
    void upsertAllKeepsTheLastOfRepeatedIds() throws Exception {
        String id = "repeated-" + UUID.randomUUID();
        UserAccount first = TestUsers.userWithId(id).build();
        UserAccount last =
                TestUsers.userWithId(id).blockedUntil(TestUsers.PAST, 7).build();

        repository.upsertAll(List.of(first, last));

        assertSameAccount(last, found(id));
    }

    @Test
    void insertAllIfAbsentKeepsExistingAccountsAndCountsInserts() throws Exception {
        UserAccount existing = stored(TestUsers.user("kept").blockedUntil(TestUsers.FAR_FUTURE, 3));
        UserAccount ignored = TestUsers.userWithId(existing.userId()).disabled().build();
        UserAccount newOne = TestUsers.user("new-one").build();
        UserAccount newTwo = TestUsers.user("new-two").build();
        UserAccount newTwoAgain =
                TestUsers.userWithId(newTwo.userId()).disabled().build();

        int inserted = repository.insertAllIfAbsent(List.of(ignored, newOne, newTwo, newTwoAgain));

        assertEquals(2, inserted);
        assertSameAccount(existing, found(existing.userId()));
        assertSameAccount(newOne, found(newOne.userId()));
        assertSameAccount(newTwo, found(newTwo.userId()));
    }

    @Test
    void emptyBatchesStoreNothing() {
        repository.upsertAll(List.of());
        assertEquals(0, repository.insertAllIfAbsent(List.of()));
    }

    @Test
    void largeBatchesAreStoredWhole() throws Exception {
        String prefix = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<UserAccount> accounts = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            accounts.add(TestUsers.userWithId(prefix + i)
                    .blockedUntil(i % 3 == 0 ? null : TestUsers.PAST + i, i % 5)
                    .build());
        }

        repository.upsertAll(accounts.subList(0, 1_200));
        int inserted = repository.insertAllIfAbsent(accounts);

        assertEquals(1_300, inserted);
        for (int i : new int[] {0, 999, 1_000, 1_199, 1_200, 2_001, 2_499}) {
            assertSameAccount(accounts.get(i), found(prefix + i));
        }
    }

    @Test
    void profileJsonRoundTripsUnchanged() throws Exception {
        String profile = """
                {"claims":{"nested":{"deep":[1,2.5,-3,12345678901234,true,false,null,"x"]},"empty":{},"list":[]},
                 "text":"quote \\" backslash \\\\ newline \\n tab \\t unicode \\u00e9 \\u4e2d emoji \\ud83d\\ude00",
                 "username":null,"has_password":true,"emails":[{"id":"e1","primary":true}],"z":"last","a":"first"}""";
        UserAccount account = new UserAccount(
                "json-" + UUID.randomUUID(),
                false,
                TestUsers.CREATED,
                TestUsers.CREATED,
                Lockout.NONE,
                SignInHistory.NONE,
                profile,
                UserAccount.FIRST_VERSION);

        repository.upsertAll(List.of(account));

        assertSameProfile(profile, found(account.userId()).profileJson());
        UnblockOutcome outcome =
                repository.unblock(unblockAt(account.userId(), NOW)).orElseThrow();
        assertSameProfile(profile, outcome.account().profileJson());
        UserAccount afterFailure =
                repository.recordFailedSignIn(account.userId(), NOW, IP, POLICY).orElseThrow();
        assertSameProfile(profile, afterFailure.profileJson());
    }

    // --- concurrency ---

    /**
     * Many threads count failed sign-ins and unblock the same few users at the same second. If no
     * change is lost, every failure recorded on a user was either cleared by exactly one unblock
     * (and appears in that unblock's event as the state before) or is still counted on the user,
     * so for each user: failures recorded = sum of the events' previous failure counts + the final
     * failure count; and there is one event per unblock call. At a single instant the block
     * follows from the count: blocked until NOW + span exactly when the count reached the maximum.
     */
    @Test
    void concurrentFailedSignInsAndUnblocksLoseNothing() throws Exception {
        int threads = 16;
        int operations = concurrentOperationsPerThread();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(stored(TestUsers.user("contended-" + i)).userId());
        }
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        Map<String, AtomicLong> unblocks = new ConcurrentHashMap<>();
        ids.forEach(id -> {
            failures.put(id, new AtomicLong());
            unblocks.put(id, new AtomicLong());
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String key = "key-" + t;
                workers.add(() -> {
                    start.await();
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < operations; i++) {
                        String id = ids.get(random.nextInt(ids.size()));
                        if (random.nextInt(4) == 0) {
                            Optional<UnblockOutcome> outcome =
                                    repository.unblock(new UnblockRequest(id, NOW, key, key + "-" + i));
                            assertTrue(outcome.isPresent());
                            unblocks.get(id).incrementAndGet();
                        } else {
                            Optional<UserAccount> after = repository.recordFailedSignIn(id, NOW, IP, POLICY);
                            assertTrue(after.orElseThrow().lockout().failureCount() >= 1);
                            failures.get(id).incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            List<Future<Void>> results = new ArrayList<>();
            workers.forEach(worker -> results.add(pool.submit(worker)));
            start.countDown();
            for (Future<Void> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long blockEnd = NOW + POLICY.lockoutTimeSpanMinutes() * 60L;
        Set<UUID> eventIds = new HashSet<>();
        for (String id : ids) {
            List<AuditEvent> trail = repository.auditEvents(id);
            List<AuditEvent> events = trail.stream()
                    .filter(event -> event.type().equals(AuditEvent.USER_ACCOUNT_UNBLOCKED))
                    .toList();
            long blocks = (long) trail.size() - events.size();
            UserAccount account = found(id);
            long cleared = 0;
            long blocksCleared = 0;
            for (AuditEvent event : events) {
                if (event.previousLockout().blockUntil() != null) {
                    blocksCleared++;
                }
                Lockout previous = event.previousLockout();
                cleared += previous.failureCount();
                assertEquals(
                        previous.failureCount() >= POLICY.maxFailedAccessAttempts() ? blockEnd : null,
                        previous.blockUntil(),
                        "block before an unblock of " + id);
                assertEquals(
                        previous.isClear() ? AuditEvent.Outcome.NOT_BLOCKED : AuditEvent.Outcome.CLEARED,
                        event.outcome());
                eventIds.add(event.eventId());
            }
            Lockout last = account.lockout();
            assertEquals(failures.get(id).get(), account.signIns().attempts(), "sign-in attempts of " + id);
            assertEquals(unblocks.get(id).get(), events.size(), "audit events of " + id);
            assertEquals(failures.get(id).get(), cleared + last.failureCount(), "failures of " + id);
            if (last.failureCount() >= POLICY.maxFailedAccessAttempts()) {
                assertEquals(blockEnd, last.blockUntil(), "block of " + id);
            } else {
                assertNull(last.blockUntil(), "block of " + id);
            }
            // Every block set was recorded once: cleared by an unblock since, or still in place.
            assertEquals(blocksCleared + (last.blockUntil() != null ? 1 : 0), blocks, "block events of " + id);
        }
        assertEquals(
                unblocks.values().stream().mapToLong(AtomicLong::get).sum(), eventIds.size(), "distinct event ids");
    }

    // --- versions and conditional unblocks ---

    @Test
    void everyChangeOfAUserMakesANewVersionAndNothingElseDoes() {
        UserAccount stored = stored(TestUsers.user("versions").blockedUntil(FAR, 3));
        String id = stored.userId();
        assertEquals(UserAccount.FIRST_VERSION, found(id).version());

        repository.recordFailedSignIn(id, NOW, IP, POLICY);
        assertEquals(2, found(id).version(), "a failed sign-in");
        repository.unblock(unblockAt(id, NOW + 1));
        assertEquals(3, found(id).version(), "an unblock that cleared the lockout");
        repository.unblock(unblockAt(id, NOW + 2));
        assertEquals(3, found(id).version(), "an unblock of a user who is not blocked changes nothing");
        repository.upsertAll(List.of(TestUsers.userWithId(id).build()));
        assertEquals(4, found(id).version(), "the user stored again");
        assertEquals(
                0, repository.insertAllIfAbsent(List.of(TestUsers.userWithId(id).build())));
        assertEquals(4, found(id).version(), "an insert that kept the stored user");
    }

    @Test
    void aConditionalUnblockOfAnotherVersionIsRefusedAndChangesAndRecordsNothing() {
        UserAccount stored = stored(TestUsers.user("conditional-refused").blockedUntil(FAR, 5));
        UnblockRequest stale = new UnblockRequest(
                stored.userId(), NOW, "key", "request-" + UUID.randomUUID(), Set.of(stored.version() + 1, 99L));

        UnblockOutcome outcome = repository.unblock(stale).orElseThrow();

        assertTrue(outcome.refused());
        assertFalse(outcome.cleared());
        assertEquals(stored.version(), outcome.account().version());
        assertEquals(stored.lockout(), found(stored.userId()).lockout());
        assertTrue(repository.auditEvents(stored.userId()).isEmpty());
    }

    @Test
    void aConditionalUnblockOfTheVersionSeenIsMadeAndARetryOfItIsNotRefused() {
        UserAccount stored = stored(TestUsers.user("conditional-made").blockedUntil(FAR, 5));
        UnblockRequest seen = new UnblockRequest(
                stored.userId(), NOW, "key", "request-" + UUID.randomUUID(), Set.of(stored.version()));

        UnblockOutcome made = repository.unblock(seen).orElseThrow();
        UnblockOutcome retried = repository.unblock(seen).orElseThrow();

        assertTrue(made.cleared());
        assertEquals(stored.version() + 1, made.account().version());
        assertTrue(retried.replayed());
        assertFalse(retried.refused());
        assertEquals(1, repository.auditEvents(stored.userId()).size());
    }

    @Test
    void aConditionalUnblockAdmittingNoVersionIsRefused() {
        UserAccount stored = stored(TestUsers.user("conditional-none").blockedUntil(FAR, 5));

        UnblockOutcome outcome = repository
                .unblock(new UnblockRequest(stored.userId(), NOW, "key", "request-" + UUID.randomUUID(), Set.of()))
                .orElseThrow();

        assertTrue(outcome.refused());
        assertEquals(stored.lockout(), found(stored.userId()).lockout());
    }

    // --- list ---

    /** Each listing test's users are created in a second range of their own, which its filter names. */
    private final AtomicLong creationRanges = new AtomicLong(100_000);

    private long ownCreationRange() {
        return creationRanges.getAndAdd(1_000);
    }

    private static UserCondition createdIn(long base) {
        return new UserCondition.InRange(UserField.CREATION_TIME, base, base + 999);
    }

    private List<String> idsOf(UserQuery query) {
        return repository.list(query).users().stream().map(UserAccount::userId).toList();
    }

    @Test
    void aListingFiltersSortsAndPagesAndCountsEveryMatch() {
        long base = ownCreationRange();
        String most = stored(
                        TestUsers.userWithId("list-a-" + base).createdAt(base).blockedUntil(FAR, 9))
                .userId();
        String fewer = stored(TestUsers.userWithId("list-b-" + base)
                        .createdAt(base + 1)
                        .blockedUntil(FAR, 4))
                .userId();
        String fewest = stored(TestUsers.userWithId("list-c-" + base)
                        .createdAt(base + 2)
                        .blockedUntil(FAR, 1))
                .userId();
        stored(TestUsers.userWithId("list-d-" + base).createdAt(base + 3).blockedUntil(PAST_BLOCK, 7));
        stored(TestUsers.userWithId("list-e-" + base).createdAt(base + 4));
        List<UserCondition> blockedNow =
                List.of(createdIn(base), new UserCondition.InRange(UserField.BLOCK_UNTIL, NOW + 1, Long.MAX_VALUE));
        UserSort mostFailuresFirst = new UserSort(UserField.FAILURE_COUNT, true);

        UserPage first = repository.list(new UserQuery(blockedNow, mostFailuresFirst, 0, 2));
        UserPage second = repository.list(new UserQuery(blockedNow, mostFailuresFirst, 2, 2));
        UserPage beyond = repository.list(new UserQuery(blockedNow, mostFailuresFirst, 4, 2));

        assertEquals(
                List.of(most, fewer),
                first.users().stream().map(UserAccount::userId).toList());
        assertEquals(
                List.of(fewest),
                second.users().stream().map(UserAccount::userId).toList());
        assertEquals(List.of(), beyond.users());
        assertEquals(3, first.totalCount());
        assertEquals(3, second.totalCount());
        assertEquals(3, beyond.totalCount());
    }

    @Test
    void theTotalOfAListingWithoutConditionsCountsEveryUserOnce() {
        UserQuery everyone = new UserQuery(List.of(), UserSort.DEFAULT, 0, 1);
        long before = repository.list(everyone).totalCount();
        UserAccount first = stored(TestUsers.user("counted"));

        repository.upsertAll(List.of(first));
        assertEquals(0, repository.insertAllIfAbsent(List.of(first)));
        assertEquals(before + 1, repository.list(everyone).totalCount());

        UserAccount second = TestUsers.user("counted-too").build();
        assertEquals(1, repository.insertAllIfAbsent(List.of(first, second)));
        repository.upsertAll(List.of(second, TestUsers.user("counted-third").build()));
        assertEquals(before + 3, repository.list(everyone).totalCount());
    }

    @Test
    void aListedUserIsTheWholeAccount() throws Exception {
        long base = ownCreationRange();
        UserAccount account = stored(TestUsers.user("list-whole")
                .createdAt(base)
                .blockedUntil(FAR, 3)
                .signIns(new SignInHistory(
                        8, 1_700_000_100L, "192.0.2.1", 5, 1_699_000_000L, "192.0.2.2", 1_699_000_000L)));

        UserPage page = repository.list(new UserQuery(List.of(createdIn(base)), UserSort.DEFAULT, 0, 10));

        assertEquals(1, page.users().size());
        assertSameAccount(account, page.users().get(0));
    }

    @Test
    void usersWithoutAValueSortFirstAscendingAndLastDescendingAndEqualValuesByIdInTheSameDirection() {
        long base = ownCreationRange();
        String never =
                stored(TestUsers.userWithId("order-n-" + base).createdAt(base)).userId();
        String earlyB = stored(
                        TestUsers.userWithId("order-B-" + base).createdAt(base).blockedUntil(PAST_BLOCK, 1))
                .userId();
        String earlyA = stored(
                        TestUsers.userWithId("order-a-" + base).createdAt(base).blockedUntil(PAST_BLOCK, 1))
                .userId();
        String late = stored(
                        TestUsers.userWithId("order-z-" + base).createdAt(base).blockedUntil(FAR, 1))
                .userId();
        List<UserCondition> own = List.of(createdIn(base));

        assertEquals(
                List.of(never, earlyB, earlyA, late),
                idsOf(new UserQuery(own, new UserSort(UserField.BLOCK_UNTIL, false), 0, 10)));
        assertEquals(
                List.of(late, earlyA, earlyB, never),
                idsOf(new UserQuery(own, new UserSort(UserField.BLOCK_UNTIL, true), 0, 10)));
        // Equal creation times: the ids decide, byte by byte ('B' before 'a'), whatever the database's collation.
        assertEquals(
                List.of(earlyB, earlyA, never, late),
                idsOf(new UserQuery(own, new UserSort(UserField.CREATION_TIME, false), 0, 10)));
    }

    @Test
    void aRangeNeverMatchesAUserWithoutAValueEvenWhenOpenAtBothEnds() {
        long base = ownCreationRange();
        stored(TestUsers.user("never-blocked").createdAt(base));
        String blocked = stored(TestUsers.user("was-blocked").createdAt(base).blockedUntil(PAST_BLOCK, 2))
                .userId();

        List<String> found = idsOf(new UserQuery(
                List.of(
                        createdIn(base),
                        new UserCondition.InRange(UserField.BLOCK_UNTIL, Long.MIN_VALUE, Long.MAX_VALUE)),
                UserSort.DEFAULT,
                0,
                10));

        assertEquals(List.of(blocked), found);
    }

    @Test
    void aListingFindsAUserByAnyOfTheirAddressesWithoutRegardToAsciiCase() {
        long base = ownCreationRange();
        String id = stored(TestUsers.user("mail")
                        .createdAt(base)
                        .emails("first." + base + "@example.com", "Second." + base + "@Example.COM"))
                .userId();
        stored(TestUsers.user("other-mail").createdAt(base).emails("other." + base + "@example.com"));

        for (String address : List.of("FIRST." + base + "@example.com", "second." + base + "@example.com")) {
            UserPage page = repository.list(new UserQuery(
                    List.of(new UserCondition.TextEquals(UserField.EMAIL, address)), UserSort.DEFAULT, 0, 10));
            assertEquals(
                    List.of(id), page.users().stream().map(UserAccount::userId).toList(), address);
            assertEquals(1, page.totalCount(), address);
        }
    }

    @Test
    void anAddressIsFoundByTheProfileAsStoredNow() {
        long base = ownCreationRange();
        UserAccount before =
                stored(TestUsers.user("moved-mail").createdAt(base).emails("old." + base + "@example.com"));
        UserQuery byOld = new UserQuery(
                List.of(new UserCondition.TextEquals(UserField.EMAIL, "old." + base + "@example.com")),
                UserSort.DEFAULT,
                0,
                10);
        UserQuery byNew = new UserQuery(
                List.of(new UserCondition.TextEquals(UserField.EMAIL, "new." + base + "@example.com")),
                UserSort.DEFAULT,
                0,
                10);
        UserAccount changed = TestUsers.userWithId(before.userId())
                .createdAt(base)
                .emails("new." + base + "@example.com")
                .build();

        // Inserting where the user exists keeps the stored profile, and so its address.
        assertEquals(0, repository.insertAllIfAbsent(List.of(changed)));
        assertEquals(List.of(before.userId()), idsOf(byOld));
        assertEquals(List.of(), idsOf(byNew));

        repository.upsertAll(List.of(changed));
        assertEquals(List.of(), idsOf(byOld));
        assertEquals(List.of(before.userId()), idsOf(byNew));
    }

    @Test
    void aListingFiltersByIdAndByTheDisabledFlag() {
        long base = ownCreationRange();
        String enabled = stored(TestUsers.user("enabled").createdAt(base)).userId();
        String disabled =
                stored(TestUsers.user("disabled").createdAt(base).disabled()).userId();

        assertEquals(
                List.of(disabled),
                idsOf(new UserQuery(
                        List.of(createdIn(base), new UserCondition.FlagEquals(UserField.DISABLED, true)),
                        UserSort.DEFAULT,
                        0,
                        10)));
        assertEquals(
                List.of(enabled),
                idsOf(new UserQuery(
                        List.of(new UserCondition.TextEquals(UserField.USER_ID, enabled)), UserSort.DEFAULT, 0, 10)));
    }

    @Test
    void anUnblockedUserLeavesTheListingOfBlockedUsers() {
        long base = ownCreationRange();
        String id = stored(TestUsers.user("leaves").createdAt(base).blockedUntil(FAR, 5))
                .userId();
        UserQuery blockedNow = new UserQuery(
                List.of(createdIn(base), new UserCondition.InRange(UserField.BLOCK_UNTIL, NOW + 1, Long.MAX_VALUE)),
                UserSort.DEFAULT,
                0,
                10);
        assertEquals(List.of(id), idsOf(blockedNow));

        repository.unblock(unblockAt(id, NOW));

        assertEquals(List.of(), idsOf(blockedNow));
        assertEquals(0, repository.list(blockedNow).totalCount());
    }

    @Test
    void aQueryThatCanMatchNothingFindsNothing() {
        long base = ownCreationRange();
        stored(TestUsers.user("unreachable").createdAt(base).blockedUntil(FAR, 5));

        UserPage page = repository.list(new UserQuery(
                List.of(createdIn(base), new UserCondition.InRange(UserField.FAILURE_COUNT, 6, 4)),
                UserSort.DEFAULT,
                0,
                10));

        assertEquals(List.of(), page.users());
        assertEquals(0, page.totalCount());
    }
}
