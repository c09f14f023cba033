package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.CREATED;
import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.equalTo;

import dev.usersapi.support.UsersApiServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GetUserTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

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
}
