package dev.usersapi.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract checks that need nothing but HTTP, so they can also run against any deployment
 * or another implementation of the API:
 *
 * <pre>
 * mvn -B test -Dtest=DeploymentContractTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dcontract.baseUrl=https://users.example.com -Dcontract.writerKey=... \
 *   -Dcontract.readerKey=... -Dcontract.userId=ID_OF_A_USER_IT_MAY_UNBLOCK
 * </pre>
 *
 * Without {@code contract.baseUrl} they run against a local server. Every response is validated
 * against {@code api/openapi.yaml}.
 */
class DeploymentContractTest {

    @RegisterExtension
    static final UsersApiServerExtension target = UsersApiServerExtension.contractTarget();

    @Test
    void unblockAnswersTheUserWithTheLockoutCleared() {
        String id = target.existingUser("contract");

        target.asWriter()
                .accept("application/json")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("X-Request-Id", notNullValue())
                .body("user_id", equalTo(id))
                .body("block_until", nullValue())
                .body("failure_count", equalTo(0));
    }

    @Test
    void aSecondUnblockChangesNothing() {
        String id = target.existingUser("contract-twice");
        Object lastUpdated = target.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .extract()
                .path("last_updated");

        target.asWriter()
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .body("last_updated", equalTo(lastUpdated));
    }

    @Test
    void getAnswersTheUserToAReadOnlyKey() {
        String id = target.existingUser("contract-get");

        target.asReader().get("/api/users/{id}", id).then().statusCode(200).body("user_id", equalTo(id));
    }

    @Test
    void successIsJsonWhenTheClientPrefersProblemJson() {
        String id = target.existingUser("contract-accept");

        target.asWriter()
                .accept("application/problem+json")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void missingAndUnknownKeysAreUnauthorized() {
        target.anonymous()
                .post("/api/users/{id}/unblock", "any-user")
                .then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(401));
        target.anonymous()
                .header("X-API-KEY", "not-a-key")
                .get("/api/users/{id}", "any-user")
                .then()
                .statusCode(401)
                .body("status", equalTo(401));
    }

    @Test
    void aReadOnlyKeyCannotUnblock() {
        target.asReader()
                .post("/api/users/{id}/unblock", target.existingUser("contract-403"))
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
    }

    @Test
    void anUnknownUserIsNotFound() {
        target.asWriter()
                .post("/api/users/{id}/unblock", "no-such-user-4f1c9b")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
        target.asReader()
                .get("/api/users/{id}", "no-such-user-4f1c9b")
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
    }

    @Test
    void invalidIdsAreUnprocessable() {
        for (String invalid : new String[] {"a".repeat(129), "not valid", "<tag>"}) {
            target.asWriter()
                    .post("/api/users/{id}/unblock", invalid)
                    .then()
                    .statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://httpstatuses.io/422#validation-error"))
                    .body("status", equalTo(422))
                    .body("errors", hasKey("user_id"));
        }
    }

    @Test
    void anUnacceptableMediaTypeIsNotAcceptable() {
        target.asWriter()
                .accept("application/xml")
                .post("/api/users/{id}/unblock", target.existingUser("contract-406"))
                .then()
                .statusCode(406)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(406));
    }

    @Test
    void aListingAnswersAPageOfUsersWithItsPageDataInXPagination() throws Exception {
        String id = target.existingUser("contract-list");

        Response page = target.asReader().queryParam("filter", "user_id:" + id).get("/api/users");
        page.then().statusCode(200).contentType(startsWith("application/json")).body("user_id", equalTo(List.of(id)));
        JsonNode pagination = new ObjectMapper().readTree(page.header("X-Pagination"));
        assertEquals(1, pagination.path("total_count").asLong(-1));
        assertEquals(10, pagination.path("page_size").asInt(-1));
        assertEquals(1, pagination.path("current_page").asInt(-1));
        assertFalse(pagination.path("has_next").asBoolean(true));
        assertFalse(pagination.path("has_previous").asBoolean(true));
        assertEquals(5, pagination.size(), "X-Pagination has exactly the contract's five members");
    }

    @Test
    void aListingRefusesWhatItsParametersDoNotAllow() {
        for (String[] parameter : new String[][] {
            {"filter", "failure_count:>1 OR disabled:true"}, {"sort", "user_id:1"}, {"size", "101"}, {"page", "0"}
        }) {
            target.asReader()
                    .queryParam(parameter[0], parameter[1])
                    .get("/api/users")
                    .then()
                    .statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(422))
                    .body("errors", hasKey(parameter[0]));
        }
    }
}
