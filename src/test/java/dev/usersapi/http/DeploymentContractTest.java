package dev.usersapi.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.LockoutType;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * The writer key needs every scope ({@code users:read}, {@code users:write}, {@code logs:read}),
 * the reader key {@code users:read} only; the user's account and IP addresses get unblocked.
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

    // --- per-IP lockouts and the audit log ---

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A user whose IP addresses the test may unblock: the configured one on a deployment; locally,
     * a fresh user with failed sign-ins from three addresses, two of them blocked (2001:db8::7 the
     * later), as an authentication service sharing the store records them.
     */
    private static String userWithIpLockouts(String prefix) {
        String id = target.existingUser(prefix);
        if (!target.isExternal()) {
            LockoutPolicy policy = new LockoutPolicy(3, 15, LockoutType.IP);
            long now = Instant.now().getEpochSecond();
            for (int i = 0; i < 3; i++) {
                target.repository().recordFailedSignIn(id, now - 120 + i, "203.0.113.7", policy);
                target.repository().recordFailedSignIn(id, now - 60 + i, "2001:db8::7", policy);
            }
            target.repository().recordFailedSignIn(id, now - 30, "198.51.100.4", policy);
        }
        return id;
    }

    /** A request id of this run's own, so the log entry it writes can be told from any other. */
    private static String freshRequestId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Response unblockIp(String id, String requestId, String ipAddress) {
        return target.asWriter()
                .header("X-Request-Id", requestId)
                .contentType("application/json")
                .body("{\"ip_address\":\"" + ipAddress + "\"}")
                .post("/api/users/{id}/blocked_ips/unblock", id);
    }

    /** The user's log entries of this code, newest first, as the writer key reads them. */
    private static JsonNode logsOf(String id, String code) throws Exception {
        Response page = target.asWriter()
                .queryParam("filter", "user_id:\"" + id + "\" AND code:" + code)
                .get("/api/logs");
        page.then().statusCode(200).contentType(startsWith("application/json"));
        JsonNode pagination = JSON.readTree(page.header("X-Pagination"));
        assertEquals(5, pagination.size(), "X-Pagination has exactly the contract's five members");
        assertTrue(pagination.path("total_count").asLong(-1) >= 1, pagination.toString());
        return JSON.readTree(page.asString());
    }

    @Test
    void theIpLockoutsOfAUserAreListedAPageAtATime() throws Exception {
        String id = userWithIpLockouts("contract-ips");

        Response page = target.asReader()
                .queryParam("sort", "block_until:-1")
                .queryParam("size", 5)
                .get("/api/users/{id}/blocked_ips", id);
        page.then().statusCode(200).contentType(startsWith("application/json"));
        JsonNode records = JSON.readTree(page.asString());
        JsonNode pagination = JSON.readTree(page.header("X-Pagination"));
        assertEquals(5, pagination.size(), "X-Pagination has exactly the contract's five members");
        assertEquals(5, pagination.path("page_size").asInt(-1));
        assertEquals(1, pagination.path("current_page").asInt(-1));
        assertFalse(pagination.path("has_previous").asBoolean(true));
        assertEquals(Math.min(5, pagination.path("total_count").asLong(-1)), records.size());
        for (int i = 1; i < records.size(); i++) {
            JsonNode before = records.get(i - 1).path("block_until");
            JsonNode after = records.get(i).path("block_until");
            assertTrue(after.isNull() || (!before.isNull() && before.asLong() >= after.asLong()), records.toString());
        }
        if (!target.isExternal()) {
            assertEquals(3, pagination.path("total_count").asLong(-1));
            assertEquals(
                    List.of("2001:db8::7", "203.0.113.7", "198.51.100.4"),
                    page.jsonPath().getList("ip"));
            assertEquals(List.of(3, 3, 1), page.jsonPath().getList("failure_count"));
        }
    }

    @Test
    void unblockingEveryAddressAnswersTheUnchangedUserAndIsInTheLog() throws Exception {
        String id = userWithIpLockouts("contract-ip-all");
        String etag = target.asReader()
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String requestId = freshRequestId("contract-ip-all");

        unblockIp(id, requestId, "all")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("X-Request-Id", equalTo(requestId))
                .header("ETag", equalTo(etag))
                .body("user_id", equalTo(id));

        target.asReader()
                .get("/api/users/{id}/blocked_ips", id)
                .then()
                .statusCode(200)
                .body("failure_count", everyItem(equalTo(0)))
                .body("block_until", everyItem(nullValue()));
        JsonNode newest = logsOf(id, "user_account_all_ip_blocks_removed").get(0);
        assertEquals(requestId, newest.path("request").path("trace_id").asText());
        assertEquals("success", newest.path("type").asText());
        assertEquals("api_key", newest.path("actor").path("type").asText());
        assertFalse(newest.path("actor").path("id").asText().isEmpty(), newest.toString());
        assertEquals(
                JSON.readTree("[{\"type\":\"user\",\"id\":" + JSON.writeValueAsString(id) + "}]"),
                newest.path("targets"));
        assertTrue(newest.path("details").path("ip_addresses_reset").isIntegralNumber(), newest.toString());
        if (!target.isExternal()) {
            assertEquals(3, newest.path("details").path("ip_addresses_reset").asInt(), newest.toString());
        }
        assertFalse(newest.path("details").has("ip_address"), newest.toString());
    }

    @Test
    void unblockingADocumentationAddressIsInTheUsersLogAndItsEntryCanBeRead() throws Exception {
        String id = userWithIpLockouts("contract-ip-one");
        String requestId = freshRequestId("contract-ip-one");

        unblockIp(id, requestId, "2001:DB8:0:0::7")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .header("ETag", notNullValue())
                .body("user_id", equalTo(id));

        JsonNode newest = logsOf(id, "user_account_ip_unblocked").get(0);
        assertEquals(requestId, newest.path("request").path("trace_id").asText());
        assertEquals("user_account_ip_unblocked", newest.path("code").asText());
        assertEquals("blocks", newest.path("category").asText());
        assertEquals("2001:db8::7", newest.path("details").path("ip_address").asText());
        assertEquals(id, newest.path("targets").path(0).path("id").asText());
        if (!target.isExternal()) {
            assertEquals("cleared", newest.path("details").path("outcome").asText(), newest.toString());
            assertEquals(
                    3, newest.path("details").path("previous_failure_count").asInt(), newest.toString());
        }

        Response entry =
                target.asWriter().get("/api/logs/{id}", newest.path("id").asText());
        entry.then().statusCode(200).contentType(startsWith("application/json"));
        assertEquals(newest, JSON.readTree(entry.asString()));
    }

    @Test
    void theIpLockoutsAndLogOfWhatDoesNotExistAreNotFound() {
        target.asReader()
                .get("/api/users/{id}/blocked_ips", "no-such-user-4f1c9b")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
        unblockIp("no-such-user-4f1c9b", freshRequestId("contract-ip-404"), "203.0.113.7")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
        // A random (version 4) UUID: no log entry, whose ids are version 7, can have it.
        target.asWriter()
                .get("/api/logs/{id}", UUID.randomUUID().toString())
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void theNewOperationsRefuseWhatTheirParametersDoNotAllow() {
        String id = target.existingUser("contract-ip-422");
        // Each refusal, with the one parameter its errors must name.
        List<Map.Entry<String, Response>> refusals = List.of(
                Map.entry(
                        "sort",
                        target.asReader().queryParam("sort", "failure_count:1").get("/api/users/{id}/blocked_ips", id)),
                Map.entry("size", target.asReader().queryParam("size", 101).get("/api/users/{id}/blocked_ips", id)),
                Map.entry(
                        "sort",
                        target.asWriter().queryParam("sort", "user_id:1").get("/api/logs")),
                Map.entry(
                        "filter",
                        target.asWriter()
                                .queryParam("filter", "code:no_such_code")
                                .get("/api/logs")),
                Map.entry(
                        "filter",
                        target.asWriter()
                                .queryParam("filter", "user_id:a OR user_id:b")
                                .get("/api/logs")),
                Map.entry("page", target.asWriter().queryParam("page", 0).get("/api/logs")),
                Map.entry("log_id", target.asWriter().get("/api/logs/{id}", "0193A6F2-7C41-7D3E-9A52-4BE0C81F2D6A")),
                Map.entry("ip_address", unblockIp(id, freshRequestId("contract-ip-422"), "fe80::1%eth0")));
        for (Map.Entry<String, Response> refusal : refusals) {
            refusal.getValue()
                    .then()
                    .statusCode(422)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("https://httpstatuses.io/422#validation-error"))
                    .body("status", equalTo(422))
                    .body("errors.keySet()", equalTo(Set.of(refusal.getKey())));
        }
    }

    @Test
    void anIpUnblockBodyThatIsNotJsonOrNotDeclaredJsonIsRefused() {
        String id = target.existingUser("contract-ip-body");

        target.asWriter()
                .contentType("application/json")
                .body("{\"ip_address\":")
                .post("/api/users/{id}/blocked_ips/unblock", id)
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
        target.asWriter()
                .contentType("text/plain")
                .body("{\"ip_address\":\"all\"}")
                .post("/api/users/{id}/blocked_ips/unblock", id)
                .then()
                .statusCode(415)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(415));
    }

    @Test
    void aReadOnlyKeyCannotUnblockAnAddressNorReadTheLog() {
        String id = target.existingUser("contract-ip-403");

        target.asReader()
                .contentType("application/json")
                .body("{\"ip_address\":\"all\"}")
                .post("/api/users/{id}/blocked_ips/unblock", id)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
        target.asReader()
                .get("/api/logs")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403));
        target.anonymous()
                .get("/api/logs/{id}", UUID.randomUUID().toString())
                .then()
                .statusCode(401)
                .body("status", equalTo(401));
    }
}
