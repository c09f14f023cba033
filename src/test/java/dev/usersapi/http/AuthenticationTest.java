package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.usersapi.support.UsersApiServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void unblockWithoutAKeyIsUnauthorized() {
        String id = server.store(user("no-key").blockedUntil(FAR_FUTURE, 5).build());

        server.anonymous()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("type", equalTo("https://httpstatuses.io/401"))
                .body("detail", equalTo("The request has no X-API-KEY header."));

        assertEquals(5, server.repository().find(id).orElseThrow().lockout().failureCount());
    }

    @Test
    void unblockWithAWrongKeyIsUnauthorized() {
        String id = server.store(user("wrong-key").blockedUntil(FAR_FUTURE, 5).build());

        server.anonymous()
                .header("X-API-KEY", "not-a-key")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(401)
                .body("detail", equalTo("The X-API-KEY header does not match any API key."));

        assertEquals(5, server.repository().find(id).orElseThrow().lockout().failureCount());
    }

    @Test
    void anUnauthenticatedCallerCannotTellWhetherAUserExistsOrAnIdIsValid() {
        String existing = server.store(user("exists").build());

        server.anonymous().get("/api/users/{id}", existing).then().statusCode(401);
        server.anonymous().get("/api/users/{id}", "does-not-exist").then().statusCode(401);
        server.anonymous().get("/api/users/{id}", "not valid!").then().statusCode(401);
        server.outsideContract()
                .header("X-API-KEY", "wrong")
                .get("/api/no-such-path")
                .then()
                .statusCode(401);
    }

    @Test
    void anApiPathSpelledWithEscapesOrMatrixParametersNeedsAKeyToo() {
        String id = server.store(user("encoded-path").build());

        // /%61pi/users/{id} means /api/users/{id}: it is guarded like it, whatever routes it afterwards.
        server.outsideContractWithoutKey()
                .urlEncodingEnabled(false)
                .get("/%61pi/users/" + id)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request has no X-API-KEY header."));
        // Jersey would match /api;v=1/users/{id} to /api/users/{id}: the edge refuses it first.
        server.outsideContractWithoutKey()
                .urlEncodingEnabled(false)
                .get("/api;v=1/users/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        server.outsideContract()
                .urlEncodingEnabled(false)
                .get("/api;v=1/users/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void readOnlyKeyCannotUnblock() {
        String id = server.store(user("read-only").blockedUntil(FAR_FUTURE, 5).build());

        server.asReader()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", equalTo("The API key 'test-reader' lacks the scope 'users:write'."));

        assertEquals(5, server.repository().find(id).orElseThrow().lockout().failureCount());
    }

    @Test
    void readOnlyKeyCanGet() {
        String id = server.store(user("read-only-get").build());

        server.asReader().get("/api/users/{id}", id).then().statusCode(200).body("user_id", equalTo(id));
    }

    @Test
    void writeOnlyKeyCannotGet() {
        String id = server.store(user("write-only").build());

        server.asWriteOnly()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(403)
                .body("detail", equalTo("The API key 'test-write-only' lacks the scope 'users:read'."));
        server.asWriteOnly().post("/api/users/{id}/unblock", id).then().statusCode(200);
    }

    @Test
    void theForbiddenAnswerDoesNotRevealWhetherTheUserExists() {
        server.asReader()
                .post("/api/users/{id}/unblock", "no-such-user")
                .then()
                .statusCode(403)
                .body("detail", not(equalTo("No user has the ID 'no-such-user'.")));
    }
}
