package dev.usersapi.http;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.usersapi.support.UsersApiServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserIdValidationTest {

    private static final String PATTERN_MESSAGE = "must match \"^[A-Za-z0-9_.|@:+-]+$\"";

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void anIdLongerThan128CharactersIsUnprocessable() {
        server.asWriter()
                .post("/api/users/{id}/unblock", "a".repeat(129))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://httpstatuses.io/422#validation-error"))
                .body("title", equalTo("Unprocessable Content"))
                .body("status", equalTo(422))
                .body("errors.user_id", contains("size must be between 1 and 128"));
    }

    @Test
    void anIdOf128CharactersIsAccepted() {
        server.asWriter()
                .post("/api/users/{id}/unblock", "a".repeat(128))
                .then()
                .statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"has space", "semi;colon", "<script>", "quote\"d", "ünïcode", "tab\there", "star*", "hash#tag"})
    void idsWithForbiddenCharactersAreUnprocessable(String userId) {
        server.asWriter()
                .post("/api/users/{id}/unblock", userId)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.user_id", contains(PATTERN_MESSAGE))
                .body("errors", not(hasKey("userId")));
    }

    @Test
    void aPercentEncodedSlashIsUnprocessableOnGetAndUnblock() {
        server.asWriter()
                .urlEncodingEnabled(false)
                .post("/api/users/a%2Fb/unblock")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.user_id", contains(PATTERN_MESSAGE));
        server.asWriter()
                .urlEncodingEnabled(false)
                .get("/api/users/a%2Fb")
                .then()
                .statusCode(422)
                .body("errors.user_id", contains(PATTERN_MESSAGE));
    }

    @Test
    void validationHappensOnGetAsWell() {
        server.asReader()
                .get("/api/users/{id}", "bad id")
                .then()
                .statusCode(422)
                .body("errors.user_id", contains(PATTERN_MESSAGE));
    }
}
