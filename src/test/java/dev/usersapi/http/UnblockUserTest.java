package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.CREATED;
import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.PAST;
import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.usersapi.domain.AuditEvent;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UnblockUserTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

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
}
