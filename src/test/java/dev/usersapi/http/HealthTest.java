package dev.usersapi.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.usersapi.support.UsersApiServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void livenessIsUpWithoutAKey() {
        server.anonymous()
                .get("/health/live")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("X-Request-Id", notNullValue())
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpWhileTheStoreAnswers() {
        server.anonymous().get("/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aKeyIsIgnoredOnHealthChecks() {
        server.anonymous()
                .header("X-API-KEY", "not-a-key")
                .get("/health/live")
                .then()
                .statusCode(200);
    }
}
