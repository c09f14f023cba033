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

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
}
