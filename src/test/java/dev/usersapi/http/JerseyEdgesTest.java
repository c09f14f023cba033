package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.usersapi.contract.RequestIds;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.support.RawHttp;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * The edges of Jersey's own HTTP handling, which must keep the contract as much as the
 * operations do: headers Jersey cannot parse, conditional requests, Accept weights of 0, OPTIONS
 * and unknown methods, failures nobody expected, and how much of a request reaches the metrics.
 */
class JerseyEdgesTest {

    /** Looking up this user fails as a bug in the server would. */
    private static final String FAILING_USER = "fails-on-lookup";

    private static final String FAILURE_TEXT = "simulated failure that must not reach the client";

    @RegisterExtension
    static final UsersApiServerExtension server =
            UsersApiServerExtension.standardWrappedIn(JerseyEdgesTest::failingOnLookup);

    private final ObjectMapper mapper = new ObjectMapper();

    // Headers Jersey cannot parse, which it used to answer with an empty 400.

    @Test
    void aMalformedAcceptIsABadRequestProblem() {
        String id = server.store(user("accept-malformed").build());

        assertProblem(
                        server.asReader()
                                .header("Accept", "application/")
                                .get("/api/users/{id}", id)
                                .then(),
                        400)
                .body("detail", equalTo("The Accept header is malformed."))
                .body("instance", equalTo("/api/users/" + id));
        assertProblem(
                        server.asWriter()
                                .header("Accept", "application/")
                                .post("/api/users/{id}/unblock", id)
                                .then(),
                        400)
                .body("detail", equalTo("The Accept header is malformed."));
        assertProblem(
                server.anonymous()
                        .header("Accept", "application/")
                        .get("/health/live")
                        .then(),
                400);
    }

    @Test
    void aMalformedContentTypeOnUnblockIsABadRequestProblemAndUnblocksNobody() {
        String id =
                server.store(user("content-type").blockedUntil(FAR_FUTURE, 5).build());

        assertProblem(
                        server.asWriter()
                                .header("Content-Type", "garbage")
                                .post("/api/users/{id}/unblock", id)
                                .then(),
                        400)
                .body("detail", equalTo("The Content-Type header is malformed."))
                .body("instance", equalTo("/api/users/" + id + "/unblock"));
        assertProblem(
                        server.asWriter()
                                .header("Content-Type", "garbage")
                                .body("ignored".getBytes(StandardCharsets.UTF_8))
                                .post("/api/users/{id}/unblock", id)
                                .then(),
                        400)
                .body("detail", equalTo("The Content-Type header is malformed."));

        assertEquals(
                FAR_FUTURE, server.repository().find(id).orElseThrow().lockout().blockUntil());
    }

    @Test
    void aFailedPreconditionOnTheContractIsAProblem() {
        assertProblem(
                        server.outsideContractWithoutKey()
                                .header("If-Match", "\"not-the-etag\"")
                                .get("/openapi.yaml")
                                .then(),
                        412)
                .body("detail", equalTo("A precondition in the request headers does not hold for this resource."))
                .body("instance", equalTo("/openapi.yaml"));
    }

    @Test
    void malformedConditionalHeadersAreABadRequestProblemOrIgnored() {
        assertProblem(
                        server.outsideContractWithoutKey()
                                .header("If-None-Match", "garbage")
                                .get("/openapi.yaml")
                                .then(),
                        400)
                .body("detail", equalTo("The If-None-Match header is malformed."));
        // RFC 9110 has a recipient ignore an If-Modified-Since that is not a valid date.
        server.outsideContractWithoutKey()
                .header("If-Modified-Since", "garbage")
                .get("/openapi.yaml")
                .then()
                .statusCode(200)
                .contentType("application/yaml");
    }

    // Accept weights of 0, which Jersey counts as matches.

    @Test
    void anAcceptThatRefusesEveryTypeByAWeightOfZeroIsNotAcceptable() {
        String id = server.store(user("q-zero").blockedUntil(FAR_FUTURE, 5).build());

        assertProblem(
                        server.asReader()
                                .header("Accept", "application/json;q=0")
                                .get("/api/users/{id}", id)
                                .then(),
                        406)
                .body("detail", equalTo("This resource can only answer application/json or application/problem+json."));
        assertProblem(
                server.anonymous()
                        .header("Accept", "*/*;q=0")
                        .get("/health/live")
                        .then(),
                406);
        assertProblem(
                server.anonymous()
                        .header("Accept", "application/*;q=0, text/html")
                        .get("/health/ready")
                        .then(),
                406);
        assertProblem(
                server.asWriter()
                        .header("Accept", "application/problem+json;q=0")
                        .post("/api/users/{id}/unblock", id)
                        .then(),
                406);

        assertEquals(
                FAR_FUTURE,
                server.repository().find(id).orElseThrow().lockout().blockUntil(),
                "a refused unblock changed the user");
    }

    @Test
    void anAcceptThatAdmitsJsonAtSomeWeightIsServed() {
        String id = server.store(user("q-some").build());

        server.asReader()
                .header("Accept", "text/html, application/json;q=0.1")
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200)
                .contentType("application/json");
        server.asReader()
                .header("Accept", "application/json; charset=utf-8")
                .get("/api/users/{id}", id)
                .then()
                .statusCode(200);
        server.anonymous()
                .header("Accept", "*/*;q=0, application/json")
                .get("/health/live")
                .then()
                .statusCode(200);
    }

    // Methods a path does not support.

    @Test
    void optionsIsAMethodNotAllowedProblemWhoseAllowLeavesOutOptions() {
        String id = server.store(user("options").build());

        assertProblem(
                        server.outsideContract()
                                .options("/api/users/{id}/unblock", id)
                                .then(),
                        405)
                .header("Allow", "POST")
                .body("detail", equalTo("This resource does not support the method; it allows POST."));
        assertProblem(server.outsideContract().options("/api/users/{id}", id).then(), 405)
                .header("Allow", "GET, HEAD");
        assertProblem(server.outsideContractWithoutKey().options("/health/live").then(), 405)
                .header("Allow", "GET, HEAD");
        assertProblem(
                        server.outsideContractWithoutKey()
                                .options("/openapi.yaml")
                                .then(),
                        405)
                .header("Allow", "GET, HEAD");
    }

    @Test
    void anUnknownMethodIsAMethodNotAllowedProblemWithAllow() {
        assertProblem(
                        server.outsideContractWithoutKey()
                                .request("FOO", "/health/live")
                                .then(),
                        405)
                .header("Allow", "GET, HEAD");
        assertProblem(
                        server.outsideContract()
                                .delete("/api/users/{id}", "someone")
                                .then(),
                        405)
                .header("Allow", "GET, HEAD");
    }

    @Test
    void headIsAnsweredLikeGetWithoutABodyAndRefusedWhereGetIs() {
        ExtractableResponse<Response> get =
                server.anonymous().get("/health/live").then().statusCode(200).extract();

        server.outsideContractWithoutKey()
                .head("/health/live")
                .then()
                .statusCode(200)
                .contentType(get.contentType())
                .header("X-Request-Id", notNullValue())
                .body(emptyString());
        server.outsideContract()
                .head("/api/users/{id}/unblock", "someone")
                .then()
                .statusCode(405)
                .header("Allow", "POST")
                .contentType("application/problem+json")
                .body(emptyString());
    }

    @Test
    void theInstanceOfATargetWithoutAPathIsTheRoot() throws IOException {
        RawHttp.Answer response = send("OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        JsonNode problem = mapper.readTree(response.body());
        assertEquals(response.status(), problem.get("status").asInt());
        assertEquals("/", problem.get("instance").asText());
    }

    // Failures nobody expected.

    @Test
    void anUnexpectedFailureIsLoggedOnceWithTheIdsTheProblemQuotesAndNothingOfTheCause() {
        ch.qos.logback.classic.Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        ExtractableResponse<Response> answer;
        try {
            answer = assertProblem(
                            server.asReader()
                                    .header("X-Request-Id", "edge-failure-1")
                                    .get("/api/users/{id}", FAILING_USER)
                                    .then(),
                            500)
                    .body("request_id", equalTo("edge-failure-1"))
                    .body("error_id", notNullValue())
                    .body(not(containsString(FAILURE_TEXT)))
                    .body(not(containsString("Exception")))
                    .extract();
        } finally {
            root.detachAppender(logged);
        }
        String errorId = answer.path("error_id");
        String detail = answer.path("detail");
        assertTrue(detail.contains(errorId) && detail.contains("edge-failure-1"), detail);

        List<ILoggingEvent> errors = new ArrayList<>();
        for (ILoggingEvent event : logged.list) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)
                    && "edge-failure-1".equals(event.getMDCPropertyMap().get(RequestIds.LOG_FIELD))) {
                errors.add(event);
            }
        }
        assertEquals(1, errors.size(), () -> "expected one log line, got " + errors);
        ILoggingEvent line = errors.get(0);
        assertEquals(Level.ERROR, line.getLevel());
        assertTrue(line.getFormattedMessage().contains(errorId), line.getFormattedMessage());
        assertTrue(line.getFormattedMessage().contains("edge-failure-1"), line.getFormattedMessage());
        assertEquals(FAILURE_TEXT, line.getThrowableProxy().getMessage());
    }

    // What reaches the metrics.

    @Test
    void methodsOutsideTheStandardSetShareOneMetricsLabel() {
        Random random = new Random(42);
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            StringBuilder method = new StringBuilder("Q");
            for (int c = 0; c < 10; c++) {
                method.append((char) ('A' + random.nextInt(26)));
            }
            methods.add(method.toString());
        }
        for (String method : methods) {
            server.outsideContractWithoutKey()
                    .request(method, "/health/live")
                    .then()
                    .statusCode(405);
        }

        String scrape = server.outsideContract()
                .get("/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String method : methods) {
            assertFalse(scrape.contains(method), "a series is labelled with the method " + method);
        }
        assertTrue(scrape.contains("method=\"other\""), "no series for other methods");
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        String requestId = response.extract().header("X-Request-Id");
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("https://httpstatuses.io/" + status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue())
                .body("request_id", equalTo(requestId));
    }

    /** The store, except that looking up {@link #FAILING_USER} throws. */
    private static UserRepository failingOnLookup(UserRepository store) {
        return (UserRepository) Proxy.newProxyInstance(
                UserRepository.class.getClassLoader(),
                new Class<?>[] {UserRepository.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("find") && FAILING_USER.equals(arguments[0])) {
                        throw new IllegalStateException(FAILURE_TEXT);
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }

    private RawHttp.Answer send(String request) throws IOException {
        return RawHttp.exchange(server.baseUri(), request);
    }
}
