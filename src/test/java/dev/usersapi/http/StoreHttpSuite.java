package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.CREATED;
import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.PAST;
import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.LockoutType;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operations of the contract over real HTTP, on one store: each store gets a one-line
 * subclass ({@link MemoryStoreHttpTest}, {@link SqliteStoreHttpTest}, {@link PostgresStoreHttpTest}),
 * so that every store is held to the same answers. Tests of the HTTP edge that do not depend on
 * the store run on the memory store only, in classes of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreHttpSuite {

    private static final int CLIENTS = 32;

    @RegisterExtension
    final UsersApiServerExtension server;

    StoreHttpSuite(Supplier<UserRepository> store) {
        this.server = UsersApiServerExtension.with(store);
    }

    /** Each listing test's users are created in a second range of their own, which its filter names. */
    private final AtomicLong creationRanges = new AtomicLong(200_000);

    @Test
    void theUsersBlockedNowAreListedMostFailuresFirstAPageAtATime() {
        long base = creationRanges.getAndAdd(1_000);
        String most = server.store(
                user("most").createdAt(base).blockedUntil(FAR_FUTURE, 9).build());
        String middle = server.store(
                user("middle").createdAt(base).blockedUntil(FAR_FUTURE, 6).build());
        String least = server.store(
                user("least").createdAt(base).blockedUntil(FAR_FUTURE, 3).build());
        server.store(user("expired").createdAt(base).blockedUntil(PAST, 8).build());
        server.store(user("never").createdAt(base).build());
        String filter = "creation_time:[" + base + " TO " + (base + 999) + "] AND block_until:>now";

        Response first = server.asReader()
                .queryParam("filter", filter)
                .queryParam("sort", "failure_count:-1")
                .queryParam("size", 2)
                .get("/api/users");
        first.then()
                .statusCode(200)
                .contentType("application/json")
                .body("user_id", equalTo(List.of(most, middle)))
                .body("[0].block_until", equalTo(FAR_FUTURE))
                .body("[0].claims.name", equalTo("John Doe"))
                .header(
                        "X-Pagination",
                        equalTo("{\"total_count\":3,\"page_size\":2,\"current_page\":1,"
                                + "\"has_next\":true,\"has_previous\":false}"));

        server.asReader()
                .queryParam("filter", filter)
                .queryParam("sort", "failure_count:-1")
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("user_id", equalTo(List.of(least)))
                .header(
                        "X-Pagination",
                        equalTo("{\"total_count\":3,\"page_size\":2,\"current_page\":2,"
                                + "\"has_next\":false,\"has_previous\":true}"));
    }

    @Test
    void aPagePastTheLastIsEmptyAndAnUnblockedUserLeavesTheBlockedListing() {
        long base = creationRanges.getAndAdd(1_000);
        String id = server.store(
                user("leaving").createdAt(base).blockedUntil(FAR_FUTURE, 5).build());
        String filter = "creation_time:[" + base + " TO " + (base + 999) + "] AND block_until:>now";

        server.asReader()
                .queryParam("filter", filter)
                .queryParam("page", 3)
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("", equalTo(List.of()))
                .header("X-Pagination", startsWith("{\"total_count\":1,"));

        server.asWriter().post("/api/users/{id}/unblock", id).then().statusCode(200);

        server.asReader()
                .queryParam("filter", filter)
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("", equalTo(List.of()))
                .header("X-Pagination", startsWith("{\"total_count\":0,"));
    }

    @Test
    void aUserIsFoundByAddressAndById() {
        long base = creationRanges.getAndAdd(1_000);
        String id = server.store(user("by-mail")
                .createdAt(base)
                .emails("Ops+" + base + "@Example.com")
                .build());

        server.asReader()
                .queryParam("filter", "email:\"ops+" + base + "@example.com\"")
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("user_id", equalTo(List.of(id)));
        server.asReader()
                .queryParam("filter", "user_id:" + id)
                .get("/api/users")
                .then()
                .statusCode(200)
                .body("user_id", equalTo(List.of(id)));
    }

    @Test
    void anUnblockWithTheETagSeenIsMadeAndOneWithAnOlderETagIsRefusedWith412() {
        String id = server.store(user("etag").blockedUntil(FAR_FUTURE, 5).build());
        String seen = server.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        String after = server.asWriter()
                .header("If-Match", seen)
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("block_until", nullValue())
                .extract()
                .header("ETag");
        assertNotEquals(seen, after);
        server.asReader().get("/api/users/{id}", id).then().header("ETag", equalTo(after));

        server.asWriter()
                .header("If-Match", seen)
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", equalTo(after))
                .body("status", equalTo(412))
                .body("title", equalTo("Precondition Failed"))
                .body("detail", containsString(after));
        assertEquals(1, server.repository().auditEvents(id).size());
    }

    @Test
    void aUserChangedSinceItWasSeenIsNotUnblocked() {
        String id = server.store(user("changed").blockedUntil(FAR_FUTURE, 5).build());
        String seen =
                server.asReader().get("/api/users/{id}", id).then().extract().header("ETag");
        server.repository()
                .recordFailedSignIn(id, Instant.now().getEpochSecond(), "192.0.2.7", new LockoutPolicy(3, 15));

        server.asWriter()
                .header("If-Match", seen)
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(412);
        assertEquals(6, server.repository().find(id).orElseThrow().lockout().failureCount());
        assertEquals(List.of(), server.repository().auditEvents(id));
    }

    @Test
    void ifMatchStarWeakTagsAndMalformedValuesAreReadAsRfc9110Says() {
        String id = server.store(user("if-match").blockedUntil(FAR_FUTURE, 5).build());
        String seen =
                server.asReader().get("/api/users/{id}", id).then().extract().header("ETag");

        server.asWriter()
                .header("If-Match", "W/" + seen)
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(412);
        server.asWriter()
                .header("If-Match", "\"elsewhere\", " + seen)
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200);
        server.asWriter()
                .header("If-Match", "*")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200);
        server.asWriter()
                .header("If-Match", "not-a-tag")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        server.asWriter()
                .header("If-Match", "*")
                .post("/api/users/{id}/unblock", "no-such-user-e7")
                .then()
                .statusCode(404);
    }

    @Test
    void unblockClearsTheLockoutOfABlockedUserAndMovesLastUpdated() {
        String id = server.store(user("blocked").blockedUntil(FAR_FUTURE, 5).build());
        long before = Instant.now().getEpochSecond();

        server.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("user_id", equalTo(id))
                .body("block_until", nullValue())
                .body("failure_count", equalTo(0))
                .body("disabled", equalTo(false))
                .body("creation_time", equalTo((int) CREATED))
                .body("last_updated", greaterThanOrEqualTo((int) before))
                .body("claims.name", equalTo("John Doe"))
                .body("passkeys[0].name", equalTo("IPhone 15 Pro Max"));

        UserAccount stored = server.repository().find(id).orElseThrow();
        assertNull(stored.lockout().blockUntil());
        assertEquals(0, stored.lockout().failureCount());
    }

    @Test
    void aUserInTheSeedsOlderShapeIsServedWithTodaysFieldsAtTheirDefaults() {
        String id = server.store(user("older-shape").build());

        server.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .body("connections", equalTo(List.of()))
                .body("external_providers[0].provider_user_id", equalTo("79a500f9-aba6-4f03-baec-c18f4b7136ad"))
                .body("idps[0].provider_user_id", equalTo("79a500f9-aba6-4f03-baec-c18f4b7136ad"))
                .body("force_password_reset", equalTo(false))
                .body("sign_in_attempts_count", equalTo(0))
                .body("sign_in_success_count", equalTo(0))
                .body("last_sign_in_attempt", nullValue())
                .body("last_sign_in_attempt_ip", nullValue())
                .body("last_activity", nullValue())
                .body("last_known_country", nullValue());
    }

    @Test
    void theSignInHistoryIsServedAndAnUnblockLeavesIt() {
        SignInHistory history = new SignInHistory(
                23, 1_700_000_400L, "2001:db8::17", 19, 1_699_990_000L, "198.51.100.24", 1_699_990_000L);
        String id = server.store(
                user("history").blockedUntil(FAR_FUTURE, 4).signIns(history).build());

        server.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("failure_count", equalTo(0))
                .body("sign_in_attempts_count", equalTo(23))
                .body("last_sign_in_attempt", equalTo(1_700_000_400))
                .body("last_sign_in_attempt_ip", equalTo("2001:db8::17"))
                .body("sign_in_success_count", equalTo(19))
                .body("last_sign_in_success", equalTo(1_699_990_000))
                .body("last_sign_in_success_ip", equalTo("198.51.100.24"))
                .body("last_activity", equalTo(1_699_990_000));
        assertEquals(history, server.repository().find(id).orElseThrow().signIns());
    }

    @Test
    void unblockOfAUserWhoIsNotBlockedReturnsTheUnchangedUser() {
        String id = server.store(user("not-blocked").build());

        server.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("block_until", nullValue())
                .body("failure_count", equalTo(0))
                .body("last_updated", equalTo((int) CREATED));

        assertEquals(CREATED, server.repository().find(id).orElseThrow().lastUpdated());
    }

    @Test
    void unblockOfADisabledBlockedUserClearsTheLockoutButLeavesItDisabled() {
        String id = server.store(
                user("disabled").disabled().blockedUntil(FAR_FUTURE, 3).build());

        server.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true))
                .body("block_until", nullValue())
                .body("failure_count", equalTo(0));
    }

    @Test
    void unblockResetsTheFailureCountOfAUserWhoseBlockHasExpired() {
        String id = server.store(user("expired").blockedUntil(PAST, 4).build());
        long before = Instant.now().getEpochSecond();

        server.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("block_until", nullValue())
                .body("failure_count", equalTo(0))
                .body("last_updated", greaterThanOrEqualTo((int) before));
    }

    @Test
    void unblockResetsFailuresThatDidNotYetBlockTheUser() {
        String id = server.store(user("failures").blockedUntil(null, 2).build());

        server.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("failure_count", equalTo(0));
    }

    @Test
    void unblockAcceptsIdsImportedFromOtherProviders() {
        String id = server.store(
                user("google-oauth2|1234").blockedUntil(FAR_FUTURE, 5).build());

        server.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("user_id", equalTo(id));
    }

    @Test
    void unblockReturnsNotFoundProblemForUnknownUser() {
        server.asWriter()
                .post("/api/users/{id}/unblock", "no-such-user")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("https://httpstatuses.io/404"))
                .body("detail", equalTo("No user has the ID 'no-such-user'."))
                .body("instance", equalTo("/api/users/no-such-user/unblock"));
    }

    @Test
    void successIsJsonEvenWhenTheClientPrefersProblemJson() {
        String id = server.store(user("accept").blockedUntil(FAR_FUTURE, 5).build());

        server.asWriter()
                .accept("application/problem+json, application/json;q=0.5")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("failure_count", equalTo(0));
        server.asWriter()
                .accept("application/problem+json")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void theAuditEventNamesTheKeyAndTheRequest() {
        String id = server.store(user("audited").blockedUntil(FAR_FUTURE, 5).build());

        server.asWriter()
                .header("X-Request-Id", "audit-check-1")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200);

        AuditEvent event = server.repository().auditEvents(id).get(0);
        assertEquals("audit-check-1", event.requestId());
        assertEquals("test-writer", event.actorKeyId());
        assertEquals(AuditEvent.Outcome.CLEARED, event.outcome());
        assertEquals(FAR_FUTURE, event.previousLockout().blockUntil());
    }

    @Test
    void everyResponseCarriesARequestIdAndEchoesAPlainClientId() {
        String id = server.store(user("request-id").build());

        Response generated = server.asWriter().post("/api/users/{id}/unblock", id);
        assertEquals(32, generated.header("X-Request-Id").length());

        server.asWriter()
                .header("X-Request-Id", "client-chosen.id:42")
                .post("/api/users/{id}/unblock", "missing-user")
                .then()
                .statusCode(404)
                .header("X-Request-Id", "client-chosen.id:42")
                .body("request_id", equalTo("client-chosen.id:42"));

        Response replaced =
                server.asWriter().header("X-Request-Id", "bad id\twith control").post("/api/users/{id}/unblock", id);
        assertEquals(32, replaced.header("X-Request-Id").length());
    }

    @Test
    void getShowsTheLockoutBeforeAndAfterAnUnblock() {
        String id = server.store(user("lifecycle").blockedUntil(FAR_FUTURE, 5).build());

        server.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("block_until", equalTo(FAR_FUTURE))
                .body("failure_count", equalTo(5))
                .body("last_updated", equalTo((int) CREATED));

        server.asWriter().post("/api/users/{id}/unblock", id).then().statusCode(200);

        server.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .body("block_until", equalTo(null))
                .body("failure_count", equalTo(0));
    }

    @Test
    void getReturnsTheWholeProfileAsStored() {
        String id = server.store(user("profile").build());

        server.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .body("emails[0].email", equalTo("user@example.com"))
                .body("phone_numbers[0].phone", equalTo("+441514960453"))
                .body("username.username", equalTo("username"))
                .body("idps[0].claims.email_verified", equalTo("true"))
                .body("private_data.subscription_plan", equalTo("premium"))
                .body("public_data.color_preference.dashboard", equalTo("monochrome"))
                .body("has_password", equalTo(true))
                .body("password_updated_at", equalTo(1_640_975_400));
    }

    @Test
    void getReturnsNotFoundProblemForUnknownUser() {
        server.asReader()
                .get("/api/users/{id}", "nobody-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No user has the ID 'nobody-here'."));
    }

    @Test
    void concurrentUnblocksOfOneUserAllSucceedAndAgreeOnTheFinalState() throws Exception {
        String id = server.store(user("contended").blockedUntil(FAR_FUTURE, 5).build());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> lastUpdatedSeen = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                lastUpdatedSeen.add(pool.submit(() -> {
                    start.await();
                    return server.asWriter()
                            .post("/api/users/{id}/unblock", id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getLong("last_updated");
                }));
            }
            start.countDown();
            List<Long> seen = new ArrayList<>();
            for (Future<Long> response : lastUpdatedSeen) {
                seen.add(response.get(30, TimeUnit.SECONDS));
            }
            UserAccount finalState = server.repository().find(id).orElseThrow();
            // Only the first unblock changes the user; every later one returns that same state.
            for (long lastUpdated : seen) {
                assertEquals(finalState.lastUpdated(), lastUpdated);
            }
            assertNull(finalState.lockout().blockUntil());
            assertEquals(0, finalState.lockout().failureCount());
            // Each request was one unblock with an id of its own: one event each, one that cleared.
            List<AuditEvent> events = server.repository().auditEvents(id);
            assertEquals(CLIENTS, events.size());
            assertEquals(
                    1,
                    events.stream()
                            .filter(event -> event.outcome() == AuditEvent.Outcome.CLEARED)
                            .count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetryWithTheSameRequestIdIsNotASecondUnblock() {
        String id = server.store(user("retried").blockedUntil(FAR_FUTURE, 5).build());

        for (int attempt = 0; attempt < 3; attempt++) {
            server.asWriter()
                    .header("X-Request-Id", "retry-check-1")
                    .post("/api/users/{id}/unblock", id)
                    .then()
                    .statusCode(200)
                    .header("X-Request-Id", "retry-check-1")
                    .body("block_until", nullValue())
                    .body("failure_count", equalTo(0));
        }
        server.asWriter()
                .header("X-Request-Id", "retry-check-2")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200);

        List<AuditEvent> events = server.repository().auditEvents(id);
        assertEquals(
                List.of("retry-check-1", "retry-check-2"),
                events.stream().map(AuditEvent::requestId).toList());
        assertEquals(AuditEvent.Outcome.CLEARED, events.get(0).outcome());
        assertEquals(AuditEvent.Outcome.NOT_BLOCKED, events.get(1).outcome());
    }

    @Test
    void theSameRequestIdForAnotherUserIsAnUnblockOfItsOwn() {
        String first =
                server.store(user("shared-id-a").blockedUntil(FAR_FUTURE, 5).build());
        String second =
                server.store(user("shared-id-b").blockedUntil(FAR_FUTURE, 5).build());

        for (String id : List.of(first, second)) {
            server.asWriter()
                    .header("X-Request-Id", "batch-7")
                    .post("/api/users/{id}/unblock", id)
                    .then()
                    .statusCode(200)
                    .body("block_until", nullValue());
            assertEquals(1, server.repository().auditEvents(id).size());
        }
    }

    // --- per-IP lockouts and the audit log ---

    /** A time well before the tests run, from which each test records its sign-ins. */
    private static final long SIGN_INS = 1_767_000_000L;

    /** Three failures from an address block the user from it for fifteen minutes. */
    private static final LockoutPolicy IP_POLICY = new LockoutPolicy(3, 15, LockoutType.IP);

    private static final ObjectMapper JSON = new ObjectMapper();

    // The records of userWithFourAddresses(), as the listing shows them.
    private static final String BLOCKED_V4_FIRST = blockedIpJson("192.0.2.1", 3, SIGN_INS + 902, 3, SIGN_INS + 2, null);
    private static final String BLOCKED_V4_SECOND =
            blockedIpJson("203.0.113.7", 3, SIGN_INS + 902, 3, SIGN_INS + 2, null);
    private static final String CLEARED_BY_SUCCESS =
            blockedIpJson("198.51.100.4", 0, null, 2, SIGN_INS + 20, SIGN_INS + 20);
    private static final String BLOCKED_V6 = blockedIpJson("2001:db8::9", 3, SIGN_INS + 932, 3, SIGN_INS + 32, null);

    /**
     * Records three failed sign-ins from the address, a second apart from {@code first}: the third
     * blocks it until {@code first + 2 + 900}.
     */
    private void blockAddress(String userId, String ip, long first) {
        for (int i = 0; i < 3; i++) {
            server.repository().recordFailedSignIn(userId, first + i, ip, IP_POLICY);
        }
    }

    /** A user with four IP lockout records (two blocked at the same time, one blocked later, one clear). */
    private String userWithFourAddresses() {
        String id = server.store(user("ips").build());
        blockAddress(id, "203.0.113.7", SIGN_INS);
        blockAddress(id, "192.0.2.1", SIGN_INS);
        server.repository().recordFailedSignIn(id, SIGN_INS + 10, "198.51.100.4", IP_POLICY);
        server.repository().recordSuccessfulSignIn(id, SIGN_INS + 20, "198.51.100.4");
        blockAddress(id, "2001:db8::9", SIGN_INS + 30);
        return id;
    }

    private static String blockedIpJson(
            String ip, int failures, Long blockUntil, int attempts, long lastAttempt, Long lastSuccess) {
        return "{\"ip\":\"" + ip + "\",\"failure_count\":" + failures + ",\"block_until\":" + blockUntil
                + ",\"sign_in_attempts_count\":" + attempts + ",\"last_sign_in_attempt\":" + lastAttempt
                + ",\"last_sign_in_success\":" + lastSuccess + "}";
    }

    private static void assertJson(String expected, String actual) throws JsonProcessingException {
        assertEquals(JSON.readTree(expected), JSON.readTree(actual), actual);
    }

    private static String pagination(int total, int size, int page, boolean next, boolean previous) {
        return "{\"total_count\":" + total + ",\"page_size\":" + size + ",\"current_page\":" + page + ",\"has_next\":"
                + next + ",\"has_previous\":" + previous + "}";
    }

    private Response blockedIps(String id, String sort, int size, int page) {
        return server.asReader()
                .queryParam("sort", sort)
                .queryParam("size", size)
                .queryParam("page", page)
                .get("/api/users/{id}/blocked_ips", id);
    }

    private Response unblockIp(String id, String requestId, String ipAddress) {
        return server.asWriter()
                .header("X-Request-Id", requestId)
                .header("User-Agent", "ip-desk/2.1")
                .contentType("application/json")
                .body("{\"ip_address\":\"" + ipAddress + "\"}")
                .post("/api/users/{id}/blocked_ips/unblock", id);
    }

    /** The user's audit log, newest first, filtered by the user and the further clauses. */
    private Response logsOf(String id, String... clauses) {
        String filter = Stream.concat(Stream.of("user_id:" + id), Arrays.stream(clauses))
                .collect(Collectors.joining(" AND "));
        return server.asWriter().queryParam("filter", filter).get("/api/logs");
    }

    @Test
    void aUsersIpLockoutsAreListedLatestAttemptFirstWithEveryValue() throws Exception {
        String id = userWithFourAddresses();

        Response all = server.asReader().get("/api/users/{id}/blocked_ips", id);
        all.then()
                .statusCode(200)
                .contentType("application/json")
                .header("X-Pagination", equalTo(pagination(4, 10, 1, false, false)));
        assertJson(
                "[" + BLOCKED_V6 + "," + CLEARED_BY_SUCCESS + "," + BLOCKED_V4_SECOND + "," + BLOCKED_V4_FIRST + "]",
                all.asString());

        // Blocks by address leave the account's own lockout alone.
        server.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .body("block_until", nullValue())
                .body("failure_count", equalTo(0));
    }

    @Test
    void ipLockoutsSortByBlockUntilWithoutABlockSmallestAndTiesByAddress() throws Exception {
        String id = userWithFourAddresses();

        Response ascending = blockedIps(id, "block_until:1", 10, 1);
        ascending.then().statusCode(200).header("X-Pagination", equalTo(pagination(4, 10, 1, false, false)));
        assertJson(
                "[" + CLEARED_BY_SUCCESS + "," + BLOCKED_V4_FIRST + "," + BLOCKED_V4_SECOND + "," + BLOCKED_V6 + "]",
                ascending.asString());

        Response descending = blockedIps(id, "block_until:-1", 10, 1);
        descending.then().statusCode(200);
        assertJson(
                "[" + BLOCKED_V6 + "," + BLOCKED_V4_SECOND + "," + BLOCKED_V4_FIRST + "," + CLEARED_BY_SUCCESS + "]",
                descending.asString());
    }

    @Test
    void ipLockoutsArePagedWithTheirPageDataInXPagination() throws Exception {
        String id = userWithFourAddresses();

        Response secondAscending = blockedIps(id, "block_until:1", 1, 2);
        secondAscending.then().statusCode(200).header("X-Pagination", equalTo(pagination(4, 1, 2, true, true)));
        assertJson("[" + BLOCKED_V4_FIRST + "]", secondAscending.asString());

        Response secondDescending = blockedIps(id, "block_until:-1", 1, 2);
        secondDescending.then().statusCode(200).header("X-Pagination", equalTo(pagination(4, 1, 2, true, true)));
        assertJson("[" + BLOCKED_V4_SECOND + "]", secondDescending.asString());

        blockedIps(id, "block_until:-1", 3, 2)
                .then()
                .statusCode(200)
                .body("ip", equalTo(List.of("198.51.100.4")))
                .header("X-Pagination", equalTo(pagination(4, 3, 2, false, true)));
        blockedIps(id, "block_until:-1", 2, 3)
                .then()
                .statusCode(200)
                .body("", equalTo(List.of()))
                .header("X-Pagination", equalTo(pagination(4, 2, 3, false, true)));
    }

    @Test
    void aUserWithoutFailedSignInsFromAnyAddressHasAnEmptyListing() {
        String id = server.store(user("no-ips").blockedUntil(FAR_FUTURE, 5).build());

        server.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("", equalTo(List.of()))
                .header("X-Pagination", equalTo(pagination(0, 10, 1, false, false)));
    }

    @Test
    void theIpLockoutsAndTheIpUnblockOfAnUnknownUserAreNotFound() {
        server.asReader()
                .get("/api/users/{id}/blocked_ips", "no-such-user-ip")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No user has the ID 'no-such-user-ip'."))
                .body("instance", equalTo("/api/users/no-such-user-ip/blocked_ips"));
        unblockIp("no-such-user-ip", "ip-unknown-user-1", "203.0.113.7")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No user has the ID 'no-such-user-ip'."))
                .body("instance", equalTo("/api/users/no-such-user-ip/blocked_ips/unblock"));
        logsOf("no-such-user-ip").then().statusCode(200).body("", equalTo(List.of()));
    }

    @Test
    void unblockingOneAddressResetsItsRecordOnlyAndLeavesTheAccountAsItWas() throws Exception {
        String id = userWithFourAddresses();
        Response before = server.asReader().get("/api/users/{id}", id);
        String etag = before.header("ETag");
        long lastUpdated = before.jsonPath().getLong("last_updated");

        unblockIp(id, "ip-unblock-one-1", "203.0.113.7")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("ETag", equalTo(etag))
                .body("user_id", equalTo(id))
                .body("last_updated", equalTo(before.jsonPath().getInt("last_updated")))
                .body("block_until", nullValue())
                .body("failure_count", equalTo(0));

        Response after = server.asReader().get("/api/users/{id}/blocked_ips", id);
        assertJson(
                "[" + BLOCKED_V6 + "," + CLEARED_BY_SUCCESS + ","
                        + blockedIpJson("203.0.113.7", 0, null, 3, SIGN_INS + 2, null) + "," + BLOCKED_V4_FIRST
                        + "]",
                after.asString());
        server.asReader().get("/api/users/{id}", id).then().header("ETag", equalTo(etag));
        assertEquals(lastUpdated, server.repository().find(id).orElseThrow().lastUpdated());
    }

    @Test
    void unblockingAllAddressesResetsEveryRecordAndCountsThoseThatHadSomethingToReset() throws Exception {
        String id = userWithFourAddresses();
        String etag = server.asReader().get("/api/users/{id}", id).header("ETag");

        unblockIp(id, "ip-unblock-all-1", "all")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag))
                .body("user_id", equalTo(id));

        assertJson(
                "[" + blockedIpJson("2001:db8::9", 0, null, 3, SIGN_INS + 32, null) + "," + CLEARED_BY_SUCCESS + ","
                        + blockedIpJson("203.0.113.7", 0, null, 3, SIGN_INS + 2, null) + ","
                        + blockedIpJson("192.0.2.1", 0, null, 3, SIGN_INS + 2, null) + "]",
                server.asReader().get("/api/users/{id}/blocked_ips", id).asString());
        logsOf(id, "code:user_account_all_ip_blocks_removed")
                .then()
                .statusCode(200)
                .body("details", equalTo(List.of(Map.of("outcome", "cleared", "ip_addresses_reset", 3))))
                .body("request.trace_id", equalTo(List.of("ip-unblock-all-1")));
    }

    @Test
    void anIpv6AddressIsUnblockedWhicheverWayItIsSpelled() throws Exception {
        String id = server.store(user("ipv6").build());
        blockAddress(id, "2001:DB8:0:0::7", SIGN_INS);
        blockAddress(id, "::ffff:203.0.113.9", SIGN_INS);
        assertEquals(
                List.of("2001:db8::7", "203.0.113.9"),
                server.asReader()
                        .queryParam("sort", "block_until:1")
                        .get("/api/users/{id}/blocked_ips", id)
                        .jsonPath()
                        .getList("ip"));

        unblockIp(id, "ip-unblock-v6-1", "2001:0db8:0000:0000:0000:0000:0000:0007")
                .then()
                .statusCode(200);
        unblockIp(id, "ip-unblock-v6-2", "::FFFF:203.0.113.9").then().statusCode(200);

        server.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("failure_count", equalTo(List.of(0, 0)))
                .body("block_until", equalTo(Arrays.asList(null, null)));
        logsOf(id, "code:user_account_ip_unblocked")
                .then()
                .statusCode(200)
                .body("details.ip_address", equalTo(List.of("203.0.113.9", "2001:db8::7")))
                .body("details.outcome", equalTo(List.of("cleared", "cleared")));
    }

    @Test
    void unblockingAnAddressWithoutFailuresIsRecordedAsNothingToReset() {
        String id = server.store(user("ip-clear").build());

        unblockIp(id, "ip-unblock-none-1", "198.51.100.200").then().statusCode(200);

        server.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("", equalTo(List.of()));
        logsOf(id)
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("user_account_ip_unblocked")))
                .body("[0].details.outcome", equalTo("not_blocked"))
                .body("[0].details.previous_block_until", nullValue())
                .body("[0].details.previous_failure_count", equalTo(0))
                .body("[0].details.ip_address", equalTo("198.51.100.200"));
    }

    @Test
    void aRetriedIpUnblockChangesAndRecordsNothing() {
        String id = server.store(user("ip-retried").build());
        blockAddress(id, "203.0.113.7", SIGN_INS);
        unblockIp(id, "ip-retry-1", "203.0.113.7").then().statusCode(200);
        blockAddress(id, "203.0.113.7", SIGN_INS + 100);

        unblockIp(id, "ip-retry-1", "203.0.113.7")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "ip-retry-1")
                .body("user_id", equalTo(id));

        server.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("[0].failure_count", equalTo(3))
                .body("[0].block_until", equalTo((int) (SIGN_INS + 1002)));
        logsOf(id, "code:user_account_ip_unblocked")
                .then()
                .statusCode(200)
                .body("request.trace_id", equalTo(List.of("ip-retry-1")));

        unblockIp(id, "ip-retry-2", "203.0.113.7").then().statusCode(200);
        server.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("[0].failure_count", equalTo(0))
                .body("[0].block_until", nullValue());
    }

    @Test
    void theAuditLogOfAUserShowsItsBlocksAndUnblocksNewestFirst() throws Exception {
        String id = server.store(user("logged").blockedUntil(FAR_FUTURE, 5).build());
        blockAddress(id, "203.0.113.7", SIGN_INS);
        server.asWriter()
                .header("X-Request-Id", "log-unblock-1")
                .header("User-Agent", "ip-desk/2.1")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200);
        unblockIp(id, "log-ip-unblock-1", "203.0.113.7").then().statusCode(200);

        Response newestFirst = logsOf(id);
        newestFirst
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("X-Pagination", equalTo(pagination(3, 10, 1, false, false)));
        JsonNode entries = JSON.readTree(newestFirst.asString());
        long pid = ProcessHandle.current().pid();
        String byTheKey = ",\"system\":{\"process_id\":" + pid + ",\"local_ip\":\"127.0.0.1\"}"
                + ",\"actor\":{\"type\":\"api_key\",\"id\":\"test-writer\"}"
                + ",\"targets\":[{\"type\":\"user\",\"id\":\"" + id + "\"}]";
        assertEquals(
                JSON.readTree("{\"category\":\"blocks\",\"name\":\"User Account IP Unblocked\","
                        + "\"description\":\"An API key unblocked the user's sign-ins from an IP address.\","
                        + "\"type\":\"success\",\"code\":\"user_account_ip_unblocked\""
                        + ",\"request\":{\"trace_id\":\"log-ip-unblock-1\",\"user_agent\":\"ip-desk/2.1\","
                        + "\"remote_ip\":\"127.0.0.1\"}" + byTheKey
                        + ",\"details\":{\"outcome\":\"cleared\",\"previous_block_until\":" + (SIGN_INS + 902)
                        + ",\"previous_failure_count\":3,\"ip_address\":\"203.0.113.7\"}}"),
                withoutIdAndTime(entries.get(0)));
        assertEquals(
                JSON.readTree("{\"category\":\"blocks\",\"name\":\"User Account Unblocked\","
                        + "\"description\":\"An API key unblocked the user account.\","
                        + "\"type\":\"success\",\"code\":\"user_account_unblocked\""
                        + ",\"request\":{\"trace_id\":\"log-unblock-1\",\"user_agent\":\"ip-desk/2.1\","
                        + "\"remote_ip\":\"127.0.0.1\"}" + byTheKey
                        + ",\"details\":{\"outcome\":\"cleared\",\"previous_block_until\":" + FAR_FUTURE
                        + ",\"previous_failure_count\":5}}"),
                withoutIdAndTime(entries.get(1)));
        JsonNode block = withoutIdAndTime(entries.get(2));
        String hostAddress = block.path("system").path("local_ip").asText();
        assertTrue(hostAddress.matches("\\d+\\.\\d+\\.\\d+\\.\\d+"), hostAddress);
        assertEquals(
                JSON.readTree("{\"category\":\"blocks\",\"name\":\"User Account IP Blocked\","
                        + "\"description\":\"Failed sign-ins blocked the user's sign-ins from an IP address.\","
                        + "\"type\":\"information\",\"code\":\"user_account_ip_blocked\""
                        + ",\"system\":{\"process_id\":" + pid + ",\"local_ip\":\"" + hostAddress + "\"}"
                        + ",\"request\":{\"remote_ip\":\"203.0.113.7\"},\"actor\":{\"type\":\"system\"}"
                        + ",\"targets\":[{\"type\":\"user\",\"id\":\"" + id + "\"}]"
                        + ",\"details\":{\"block_until\":" + (SIGN_INS + 902)
                        + ",\"failure_count\":3,\"ip_address\":\"203.0.113.7\"}}"),
                block);
        assertEquals(SIGN_INS + 2, entries.get(2).path("time_stamp").asLong());
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < 2; i++) {
            long stamp = entries.get(i).path("time_stamp").asLong();
            assertTrue(stamp > now - 60 && stamp <= now, "time_stamp " + stamp);
        }

        Response oldestFirst = server.asWriter()
                .queryParam("filter", "user_id:" + id)
                .queryParam("sort", "time_stamp:1")
                .get("/api/logs");
        oldestFirst.then().statusCode(200).header("X-Pagination", equalTo(pagination(3, 10, 1, false, false)));
        JsonNode ascending = JSON.readTree(oldestFirst.asString());
        assertEquals(
                List.of(entries.get(2), entries.get(1), entries.get(0)),
                List.of(ascending.get(0), ascending.get(1), ascending.get(2)));
    }

    /** The entry without what differs between runs: its id and its time. */
    private static JsonNode withoutIdAndTime(JsonNode entry) {
        ObjectNode copy = entry.deepCopy();
        assertTrue(copy.remove("id")
                .asText()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertTrue(copy.remove("time_stamp").isIntegralNumber());
        return copy;
    }

    @Test
    void theAuditLogIsFilteredByCodeAndTimeAndPaged() {
        String id = server.store(user("log-filter").blockedUntil(FAR_FUTURE, 5).build());
        blockAddress(id, "203.0.113.7", SIGN_INS);
        blockAddress(id, "198.51.100.4", SIGN_INS + 100);
        server.asWriter()
                .header("X-Request-Id", "log-filter-1")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200);
        unblockIp(id, "log-filter-2", "all").then().statusCode(200);

        logsOf(id, "code:user_account_unblocked")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("user_account_unblocked")))
                .body("request.trace_id", equalTo(List.of("log-filter-1")))
                .header("X-Pagination", equalTo(pagination(1, 10, 1, false, false)));
        logsOf(id, "code:user_account_ip_blocked")
                .then()
                .statusCode(200)
                .body("details.ip_address", equalTo(List.of("198.51.100.4", "203.0.113.7")))
                .body("time_stamp", equalTo(List.of((int) SIGN_INS + 102, (int) SIGN_INS + 2)));
        logsOf(id, "time_stamp:[" + SIGN_INS + " TO " + (SIGN_INS + 50) + "]")
                .then()
                .statusCode(200)
                .body("details.ip_address", equalTo(List.of("203.0.113.7")));
        logsOf(id, "time_stamp:>=now-1h")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("user_account_all_ip_blocks_removed", "user_account_unblocked")));
        logsOf(id, "code:user_account_all_unblocked")
                .then()
                .statusCode(200)
                .body("", equalTo(List.of()))
                .header("X-Pagination", equalTo(pagination(0, 10, 1, false, false)));

        server.asWriter()
                .queryParam("filter", "user_id:" + id)
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/logs")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("user_account_unblocked")))
                .header("X-Pagination", equalTo(pagination(4, 1, 2, true, true)));
    }

    @Test
    void aUserWithAnImportedIdHasItsOwnIpLockoutsAndLog() {
        String id = server.store(user("auth0|ips").build());
        blockAddress(id, "203.0.113.7", SIGN_INS);
        unblockIp(id, "imported-id-ip-1", "203.0.113.7").then().statusCode(200);

        server.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("ip", equalTo(List.of("203.0.113.7")))
                .body("failure_count", equalTo(List.of(0)));
        for (String filter : List.of("user_id:\"" + id + "\"", "user_id:" + id)) {
            server.asWriter()
                    .queryParam("filter", filter + " AND time_stamp:" + (SIGN_INS + 2))
                    .get("/api/logs")
                    .then()
                    .statusCode(200)
                    .body("code", equalTo(List.of("user_account_ip_blocked")))
                    .body("targets[0].id", equalTo(List.of(id)));
        }
    }

    @Test
    void anAccountBlockedBySignInsIsLoggedAsTheSystemsAndIsNotAnIpLockout() {
        String id = server.store(user("account-block").build());
        LockoutPolicy accountPolicy = new LockoutPolicy(3, 15);
        server.repository().recordFailedSignIn(id, SIGN_INS, "198.51.100.9", accountPolicy);
        server.repository().recordFailedSignIn(id, SIGN_INS + 1, "198.51.100.9", accountPolicy);
        // Under an IP policy, a failure from an unknown address counts against the account.
        server.repository().recordFailedSignIn(id, SIGN_INS + 2, null, IP_POLICY);

        server.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .body("block_until", equalTo((int) SIGN_INS + 902))
                .body("failure_count", equalTo(3));
        server.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("", equalTo(List.of()));
        logsOf(id)
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("user_account_blocked")))
                .body("[0].type", equalTo("information"))
                .body("[0].name", equalTo("User Account Blocked"))
                .body("[0].time_stamp", equalTo((int) SIGN_INS + 2))
                .body("[0].actor", equalTo(Map.of("type", "system")))
                .body("[0].request", equalTo(Map.of()))
                .body("[0].targets", equalTo(List.of(Map.of("type", "user", "id", id))))
                .body("[0].details", equalTo(Map.of("block_until", (int) SIGN_INS + 902, "failure_count", 3)));
    }

    @Test
    void aLogEntryIsReadByTheIdTheListingGives() throws Exception {
        String id = server.store(user("log-entry").build());
        blockAddress(id, "203.0.113.7", SIGN_INS);
        unblockIp(id, "log-entry-1", "203.0.113.7").then().statusCode(200);
        JsonNode listed = JSON.readTree(logsOf(id).asString());
        assertEquals(2, listed.size());

        for (JsonNode entry : listed) {
            Response one =
                    server.asWriter().get("/api/logs/{id}", entry.path("id").asText());
            one.then().statusCode(200).contentType("application/json");
            assertEquals(entry, JSON.readTree(one.asString()));
        }
    }

    @Test
    void aWellFormedLogIdThatNoEntryHasIsNotFound() {
        String unknown = "0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a";

        server.asWriter()
                .get("/api/logs/{id}", unknown)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No log entry has the ID '" + unknown + "'."))
                .body("instance", equalTo("/api/logs/" + unknown));
    }
}
