package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jersey's own refusals must be problem documents too. */
class ProtocolErrorsTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void anUnknownPathIsANotFoundProblem() {
        assertProblem(server.outsideContract().get("/api/nothing/here").then(), 404)
                .body("detail", equalTo("There is no resource at this path."))
                .body("instance", equalTo("/api/nothing/here"));
        assertProblem(server.outsideContract().get("/").then(), 404);
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblemWithAllow() {
        String id = server.store(user("method").build());

        assertProblem(
                        server.outsideContract()
                                .get("/api/users/{id}/unblock", id)
                                .then(),
                        405)
                .header("Allow", matchesPattern(".*POST.*"));
        assertProblem(server.outsideContract().delete("/api/users/{id}", id).then(), 405)
                .header("Allow", matchesPattern(".*GET.*"));
    }

    @Test
    void anUnacceptableMediaTypeIsANotAcceptableProblem() {
        String id = server.store(user("accept-xml").build());

        server.asWriter()
                .accept("application/xml")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406))
                .body("type", equalTo("https://httpstatuses.io/406"));
        server.asReader()
                .accept("text/html")
                .get("/api/users/{id}", id)
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("https://httpstatuses.io/" + status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("request_id", notNullValue());
    }
}
