package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.contract.RequestIds;
import dev.usersapi.http.throttling.ThrottleSettings;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The limits over real HTTP, each on a server of its own: every request of these tests comes from
 * 127.0.0.1, so a limit used up in one would spill into the next on a shared server.
 */
class ThrottlingTest {

    private static final int KEY_LIMIT = 5;
    private static final int FAILURE_LIMIT = 3;
    /** Far more than a limit of {@link #KEY_LIMIT} per second lets through in the time they take. */
    private static final int MANY = 40;
    /** More than the default limit per key lets through in the second or so they take. */
    private static final int MANY_FAST = 150;

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final UsersApiServerExtension keyLimited =
            UsersApiServerExtension.standard().throttledBy(new ThrottleSettings(KEY_LIMIT, 0));

    @RegisterExtension
    static final UsersApiServerExtension failureLimited =
            UsersApiServerExtension.standard().throttledBy(new ThrottleSettings(0, FAILURE_LIMIT));

    @RegisterExtension
    static final UsersApiServerExtension unthrottled =
            UsersApiServerExtension.standard().throttledBy(ThrottleSettings.OFF);

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndRateLimitFieldsWhileOtherKeysGoOn() throws Exception {
        String id = keyLimited.store(user("key-limit").build());
        String path = "/api/users/" + id;

        // The bucket starts full, so the first KEY_LIMIT requests pass; it gets a token back every
        // 200 ms, so on a slow machine a few more may pass before the 429.
        int passed = 0;
        HttpResponse<String> throttled = null;
        while (throttled == null && passed < MANY) {
            HttpResponse<String> response = send(keyLimited, path, keyLimited.readerSecret(), "burst-" + passed);
            if (response.statusCode() == 429) {
                throttled = response;
            } else {
                assertEquals(200, response.statusCode());
                passed++;
            }
        }
        assertNotNull(throttled, MANY + " requests in a row passed a limit of " + KEY_LIMIT + " per second");
        assertTrue(passed >= KEY_LIMIT, "only " + passed + " requests passed before the 429");

        assertEquals("application/problem+json", header(throttled, "Content-Type"));
        assertEquals("burst-" + passed, header(throttled, RequestIds.HEADER));
        assertEquals("1", header(throttled, "Retry-After"));
        assertEquals("\"per-key\";q=5;w=1", header(throttled, "RateLimit-Policy"));
        assertEquals("\"per-key\";r=0;t=1", header(throttled, "RateLimit"));
        JsonNode problem = MAPPER.readTree(throttled.body());
        assertEquals("https://httpstatuses.io/429", problem.path("type").asText());
        assertEquals("Too Many Requests", problem.path("title").asText());
        assertEquals(429, problem.path("status").asInt());
        assertEquals(
                "The API key 'test-reader' has used up its limit of 5 requests per 1 s.",
                problem.path("detail").asText());
        assertEquals(path, problem.path("instance").asText());
        assertEquals("burst-" + passed, problem.path("request_id").asText());

        keyLimited.asWriter().get("/api/users/{id}", id).then().statusCode(200);
        keyLimited.anonymous().get("/health/live").then().statusCode(200);

        Thread.sleep(1_000L * Integer.parseInt(header(throttled, "Retry-After")));
        keyLimited.asReader().get("/api/users/{id}", id).then().statusCode(200);
    }

    @Test
    void anAddressOverItsFailureLimitGets429ForEveryApiRequestWhateverItsKey() {
        String id = failureLimited.store(user("failure-limit").build());
        // Requests with a valid key use none of the address's quota.
        for (int i = 0; i < 2 * FAILURE_LIMIT; i++) {
            failureLimited.asReader().get("/api/users/{id}", id).then().statusCode(200);
        }

        failureLimited.anonymous().get("/api/users/{id}", id).then().statusCode(401);
        failureLimited
                .anonymous()
                .header("X-API-KEY", "not-a-key")
                .get("/api/users/{id}", id)
                .then()
                .statusCode(401);
        failureLimited
                .anonymous()
                .header("X-API-KEY", "nor-this")
                .post("/api/users/{id}/unblock", id)
                .then()
                .statusCode(401);

        Response throttled = failureLimited.asReader().get("/api/users/{id}", id);
        throttled
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header(RequestIds.HEADER, matchesPattern(".+"))
                .header("RateLimit-Policy", "\"failed-auth\";q=3;w=60")
                .header("RateLimit", "\"failed-auth\";r=0;t=" + throttled.header("Retry-After"))
                .body("type", equalTo("https://httpstatuses.io/429"))
                .body("title", equalTo("Too Many Requests"))
                .body("status", equalTo(429))
                .body(
                        "detail",
                        equalTo("This client address has made too many requests with a missing or unknown "
                                + "API key: 3 per 60 s."))
                .body("instance", equalTo("/api/users/" + id));
        // A token comes back every 20 s (3 per 60 s), and the three failures took a moment of that.
        int retryAfter = Integer.parseInt(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 10 && retryAfter <= 20, "Retry-After: " + retryAfter);

        failureLimited.asWriter().post("/api/users/{id}/unblock", id).then().statusCode(429);
        failureLimited
                .anonymous()
                .header("X-API-KEY", "another-guess")
                .get("/api/users/{id}", id)
                .then()
                .statusCode(429);
        failureLimited
                .outsideContractWithoutKey()
                .urlEncodingEnabled(false)
                .get("/%61pi/users/" + id)
                .then()
                .statusCode(429);

        failureLimited.anonymous().get("/health/live").then().statusCode(200);
        failureLimited.anonymous().get("/health/ready").then().statusCode(200);
        failureLimited.outsideContractWithoutKey().get("/metrics").then().statusCode(200);
        failureLimited.outsideContractWithoutKey().get("/openapi.yaml").then().statusCode(200);
    }

    @Test
    void limitsOfZeroAreOff() throws Exception {
        String id = unthrottled.store(user("unthrottled").build());
        String path = "/api/users/" + id;

        for (int i = 0; i < MANY_FAST; i++) {
            assertEquals(
                    200,
                    send(unthrottled, path, unthrottled.readerSecret(), "off-" + i)
                            .statusCode());
        }
        for (int i = 0; i < ThrottleSettings.DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE + 10; i++) {
            assertEquals(
                    401, send(unthrottled, path, "guess-" + i, "guess-" + i).statusCode());
        }
        unthrottled.asReader().get("/api/users/{id}", id).then().statusCode(200);
    }

    /**
     * A GET through Java's own client: much quicker than a contract-checked REST-assured request,
     * which matters where the point is many requests in little time.
     */
    private static HttpResponse<String> send(UsersApiServerExtension server, String path, String key, String requestId)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("X-API-KEY", key)
                .header(RequestIds.HEADER, requestId)
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
