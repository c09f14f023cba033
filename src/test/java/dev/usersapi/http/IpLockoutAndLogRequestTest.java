package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.user;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.LockoutType;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the requests of a user's IP lockouts and of the audit log may say, and the answer when they
 * say something else: the store does not matter here, so the memory store serves (the answers
 * themselves on every store: {@link StoreHttpSuite}).
 */
class IpLockoutAndLogRequestTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    private static final String PROBLEM = "application/problem+json";
    private static final String A_LOG_ID = "0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a";

    /** A user whose sign-ins from 203.0.113.7 are blocked; no test here may reset it. */
    private static String blocked;

    @BeforeAll
    static void blockAnAddress() {
        blocked = server.store(user("ip-request").build());
        LockoutPolicy policy = new LockoutPolicy(3, 15, LockoutType.IP);
        for (int i = 0; i < 3; i++) {
            server.repository().recordFailedSignIn(blocked, 1_767_000_000L + i, "203.0.113.7", policy);
        }
    }

    private static Response unblockIpAs(RequestSpecification caller, String contentType, String body) {
        return caller.contentType(contentType).body(body).post("/api/users/{id}/blocked_ips/unblock", blocked);
    }

    private static Response unblockIp(String body) {
        return unblockIpAs(server.asWriter(), "application/json", body);
    }

    /** The address stays blocked, and nothing was written to the user's log. */
    private static void assertNothingChanged() {
        server.asReader()
                .get("/api/users/{id}/blocked_ips", blocked)
                .then()
                .statusCode(200)
                .body("ip", equalTo(List.of("203.0.113.7")))
                .body("failure_count", equalTo(List.of(3)));
        server.asWriter()
                .queryParam("filter", "user_id:" + blocked)
                .get("/api/logs")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("user_account_ip_blocked")));
    }

    // --- keys and scopes ---

    @Test
    void everyNewOperationNeedsAKey() {
        for (Response response : List.of(
                server.anonymous().get("/api/users/{id}/blocked_ips", blocked),
                unblockIpAs(server.anonymous(), "application/json", "{\"ip_address\":\"all\"}"),
                server.anonymous().get("/api/logs"),
                server.anonymous().get("/api/logs/{id}", A_LOG_ID))) {
            response.then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .body("detail", equalTo("The request has no X-API-KEY header."));
        }
        assertNothingChanged();
    }

    @Test
    void theAuditLogNeedsTheLogsReadScope() {
        for (RequestSpecification caller : List.of(server.asReader(), server.asWriteOnly())) {
            caller.get("/api/logs")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM)
                    .body("detail", containsString("lacks the scope 'logs:read'"));
        }
        server.asReader()
                .get("/api/logs/{id}", A_LOG_ID)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("The API key 'test-reader' lacks the scope 'logs:read'."));
    }

    @Test
    void aKeyWithoutTheLogsScopeLearnsNothingOfAnEntryThatExists() {
        String existing = server.asWriter()
                .queryParam("filter", "user_id:" + blocked)
                .get("/api/logs")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");

        server.asReader()
                .get("/api/logs/{id}", existing)
                .then()
                .statusCode(403)
                .body("detail", equalTo("The API key 'test-reader' lacks the scope 'logs:read'."));
        server.asReader()
                .get("/api/logs/{id}", "NOT-A-UUID")
                .then()
                .statusCode(403)
                .body("errors", nullValue());
    }

    @Test
    void aReadOnlyKeyCannotUnblockAnAddressWhateverItSends() {
        unblockIpAs(server.asReader(), "application/json", "{\"ip_address\":\"203.0.113.7\"}")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("The API key 'test-reader' lacks the scope 'users:write'."));
        unblockIpAs(server.asReader(), "application/json", "{\"ip_address\":\"all\"}")
                .then()
                .statusCode(403);
        unblockIpAs(server.asReader(), "application/json", "not json").then().statusCode(403);
        assertNothingChanged();
    }

    @Test
    void aWriteOnlyKeyCannotListTheIpLockouts() {
        server.asWriteOnly()
                .get("/api/users/{id}/blocked_ips", blocked)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("The API key 'test-write-only' lacks the scope 'users:read'."));
    }

    // --- the IP unblock's body ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not json",
                "{\"ip_address\":",
                "{'ip_address':'all'}",
                "{\"ip_address\":\"all\"} x",
                "{\"ip_address\":\"all\",}",
                "{\"ip_address\":tru}",
                // Malformed inside the value: Jackson reports these as errors of the field it was reading.
                "{\"ip_address\":\"203.0.113.7",
                "{\"ip_address\":\"203.0.113.7\u0001\"}",
                "{\"ip_address\":\"203.0.113.\\q\"}",
                // A field named twice: which value is meant is ambiguous, so neither is taken.
                "{\"ip_address\":\"all\",\"ip_address\":\"203.0.113.7\"}"
            })
    void aBodyThatIsNotJsonIsABadRequest(String body) {
        unblockIp(body)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", equalTo("The request body is not well-formed JSON."))
                .body("errors", nullValue());
        assertNothingChanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
    void aBodyOfAnotherMediaTypeIsUnsupported(String contentType) {
        unblockIpAs(server.asWriter(), contentType, "{\"ip_address\":\"203.0.113.7\"}")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("status", equalTo(415))
                .body("type", equalTo("https://httpstatuses.io/415"));
        assertNothingChanged();
    }

    @Test
    void aJsonBodyWithACharsetIsAccepted() {
        String id = server.store(user("ip-charset").build());

        server.asWriter()
                .contentType("application/json; charset=utf-8")
                .body("{\"ip_address\":\"all\"}")
                .post("/api/users/{id}/blocked_ips/unblock", id)
                .then()
                .statusCode(200)
                .body("user_id", equalTo(id));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"ip_address\":\"all\",\"reason\":\"support\"} | body       | 'reason'",
                "{\"ip_address\":\"all\",\"ipAddress\":\"all\"}     | body       | 'has a field that the contract does not define'",
                "{\"ipAddress\":\"203.0.113.7\"}                 | ip_address | ''",
                "{}                                              | ip_address | ''",
                "{\"ip_address\":null}                           | ip_address | ''",
                "[\"203.0.113.7\"]                               | body       | ''",
                "\"203.0.113.7\"                                 | body       | ''",
                "{\"ip_address\":[\"203.0.113.7\"]}              | ip_address | ''",
                "{\"ip_address\":{\"v4\":\"203.0.113.7\"}}       | ip_address | ''",
            })
    void jsonOfAnotherShapeIsUnprocessable(String body, String field, String named) {
        unblockIp(body)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://httpstatuses.io/422#validation-error"))
                .body("errors", hasKey(field))
                .body("errors." + field + "[0]", containsString(named))
                .body("errors." + field + "[0]", not(containsString("dev.usersapi")))
                .body("errors." + field + "[0]", not(containsString("Exception")));
        assertNothingChanged();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7",
                "203.0.113",
                "203.0.113.256",
                "203.0.113.7.1",
                "0x7f.0.0.1",
                "2001:db8::7::1",
                "2001:db8:0:0:0:0:0:0:7",
                "fe80::1%eth0",
                "[2001:db8::7]",
                "203.0.113.7/32",
                " 203.0.113.7",
                "ALL",
                "localhost",
                "",
            })
    void anIpAddressThatIsNotALiteralIsUnprocessable(String address) {
        unblockIp("{\"ip_address\":\"" + address + "\"}")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors", hasKey("ip_address"))
                .body("errors", not(hasKey("body")));
        assertNothingChanged();
    }

    @Test
    void aNumberIsNotAnIpAddress() {
        unblockIp("{\"ip_address\":2130706433}")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors", hasKey("ip_address"));
        assertNothingChanged();
    }

    @Test
    void anIpAddressOverFortyFiveCharactersIsUnprocessable() {
        String address = "2001:0db8:0000:0000:0000:0000:0000:0007" + "0".repeat(7);
        assertEquals(46, address.length());

        unblockIp("{\"ip_address\":\"" + address + "\"}")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.ip_address", contains("size must be between 1 and 45"));
        assertNothingChanged();
    }

    @Test
    void theLongestIpv6SpellingIsRead() {
        String id = server.store(user("ip-longest").build());
        String address = "0000:0000:0000:0000:0000:ffff:203.000.113.007";
        assertEquals(45, address.length());

        server.asWriter()
                .contentType("application/json")
                .body("{\"ip_address\":\"" + address + "\"}")
                .post("/api/users/{id}/blocked_ips/unblock", id)
                .then()
                .statusCode(200);
        server.asWriter()
                .queryParam("filter", "user_id:" + id)
                .get("/api/logs")
                .then()
                .body("details.ip_address", equalTo(List.of("203.0.113.7")));
    }

    @Test
    void aMissingBodyIsUnprocessable() {
        server.asWriter()
                .contentType("application/json")
                .post("/api/users/{id}/blocked_ips/unblock", blocked)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors", hasKey("body"));
        assertNothingChanged();
    }

    @Test
    void anInvalidUserIdIsUnprocessableBeforeTheBodyIsLookedAt() {
        server.asWriter()
                .contentType("application/json")
                .body("{\"ip_address\":\"all\"}")
                .post("/api/users/{id}/blocked_ips/unblock", "not valid")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors", hasKey("user_id"));
        server.asReader()
                .get("/api/users/{id}/blocked_ips", "<tag>")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors", hasKey("user_id"));
    }

    // --- sorts, filters, pages ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "block_until",
                "block_until:0",
                "block_until:+1",
                "BLOCK_UNTIL:1",
                "failure_count:-1",
                "ip:1",
                "creation_time:-1",
                "last_sign_in_attempt:-1 ",
                ":1"
            })
    void aSortOfTheIpLockoutsOutsideTheContractIsUnprocessable(String sort) {
        server.asReader()
                .queryParam("sort", sort)
                .get("/api/users/{id}/blocked_ips", blocked)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body(
                        "errors.sort[0]",
                        containsString(
                                "The sortable fields are block_until, last_sign_in_attempt, last_sign_in_success."))
                .body("errors", not(hasKey("filter")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"time_stamp", "time_stamp:2", "time_stamp:-1 ", "TIME_STAMP:1", "user_id:1", "id:-1", "-1"})
    void aSortOfTheLogOutsideTheContractIsUnprocessable(String sort) {
        server.asWriter()
                .queryParam("sort", sort)
                .get("/api/logs")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.sort[0]", containsString("The log is sorted by time_stamp only"))
                .body("errors", not(hasKey("filter")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "user_id:a OR code:user_account_unblocked | OR",
                "NOT code:user_account_unblocked          | NOT",
                "(user_id:a)                              | (",
                "user_id:abc*                             | wildcard",
                "code:user_account_deleted                | user_account_deleted",
                "code:USER_ACCOUNT_UNBLOCKED              | USER_ACCOUNT_UNBLOCKED",
                "email:user@example.com                   | email",
                "failure_count:>3                         | failure_count",
                "time_stamp:yesterday                     | time_stamp",
                "time_stamp:[1 TO                         | time_stamp",
                "time_stamp:>now-1y                       | now-1y",
                "user_id:                                 | user_id",
                "alice                                    | field",
                "user_id:a AND                            | AND",
            })
    void aLogFilterOutsideTheSubsetIsUnprocessableAndSaysWhy(String filter, String named) {
        server.asWriter()
                .queryParam("filter", filter)
                .get("/api/logs")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.filter[0]", containsString(named))
                .body("errors.filter[0]", not(containsString("Exception")))
                .body("errors", not(hasKey("sort")));
    }

    @Test
    void aLogFilterOverTheLengthLimitIsUnprocessable() {
        server.asWriter()
                .queryParam("filter", "time_stamp:>1 AND ".repeat(60) + "code:user_account_blocked")
                .get("/api/logs")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.filter", contains("size must be between 0 and 1024"));
    }

    @Test
    void aLogFilterOfMoreThanTwentyClausesIsUnprocessable() {
        String twentyOne = String.join(" AND ", Collections.nCopies(21, "time_stamp:>1"));

        server.asWriter()
                .queryParam("filter", twentyOne)
                .get("/api/logs")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.filter[0]", containsString("20"));
        server.asWriter()
                .queryParam("filter", twentyOne.substring("time_stamp:>1 AND ".length()))
                .get("/api/logs")
                .then()
                .statusCode(200);
    }

    static Stream<Arguments> pageAndSizeOutsideTheirRules() {
        return Stream.of(
                Arguments.of("page", "0", "must be greater than or equal to 1"),
                Arguments.of("page", "1000001", "must be less than or equal to 1000000"),
                Arguments.of("size", "0", "must be greater than or equal to 1"),
                Arguments.of("size", "101", "must be less than or equal to 100"),
                Arguments.of("page", "two", "must be a whole number"),
                Arguments.of("size", "1.5", "must be a whole number"),
                Arguments.of("size", "-1", "must be greater than or equal to 1"));
    }

    @ParameterizedTest
    @MethodSource("pageAndSizeOutsideTheirRules")
    void pageAndSizeOfTheIpLockoutsOutsideTheirRulesAreUnprocessable(String parameter, String value, String message) {
        server.asReader()
                .queryParam(parameter, value)
                .get("/api/users/{id}/blocked_ips", blocked)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors." + parameter, contains(message));
    }

    @ParameterizedTest
    @MethodSource("pageAndSizeOutsideTheirRules")
    void pageAndSizeOfTheLogOutsideTheirRulesAreUnprocessable(String parameter, String value, String message) {
        server.asWriter()
                .queryParam(parameter, value)
                .get("/api/logs")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors." + parameter, contains(message));
    }

    @Test
    void theBoundsOfPageAndSizeAreServed() {
        for (Function<RequestSpecification, Response> listing : List.<Function<RequestSpecification, Response>>of(
                request -> request.get("/api/users/{id}/blocked_ips", blocked), request -> request.get("/api/logs"))) {
            listing.apply(server.asWriter().queryParam("size", 100).queryParam("page", 1_000_000))
                    .then()
                    .statusCode(200)
                    .body("", equalTo(List.of()))
                    .header(
                            PaginationHeaderFilter.HEADER,
                            containsString("\"page_size\":100,\"current_page\":1000000,"));
            listing.apply(server.asWriter().queryParam("size", 1))
                    .then()
                    .statusCode(200)
                    .header(PaginationHeaderFilter.HEADER, containsString("\"page_size\":1,\"current_page\":1,"));
        }
    }

    @Test
    void anEmptySortIsTheDefaultOrder() {
        server.asReader()
                .queryParam("sort", "")
                .get("/api/users/{id}/blocked_ips", blocked)
                .then()
                .statusCode(200)
                .body("ip", equalTo(List.of("203.0.113.7")));
        server.asWriter().queryParam("sort", "").get("/api/logs").then().statusCode(200);
    }

    // --- log ids ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0193A6F2-7C41-7D3E-9A52-4BE0C81F2D6A",
                "0193a6f27c417d3e9a524be0c81f2d6a",
                "0193a6f2-7c41-7d3e-9a52-4be0c81f2d6",
                "0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a0",
                " 0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a",
                "0193a6f2-7c41-7d3e-9a52-4be0c81f2d6g",
                "0193a6f2_7c41_7d3e_9a52_4be0c81f2d6a",
                "urn:uuid:0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a",
                "not-a-uuid",
                "1"
            })
    void aLogIdThatIsNotALowerCaseUuidIsUnprocessable(String logId) {
        server.asWriter()
                .get("/api/logs/{id}", logId)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("https://httpstatuses.io/422#validation-error"))
                .body("errors", hasKey("log_id"));
    }

    // --- what no answer does ---

    static Stream<Arguments> oddRequests() {
        String controls = "\u0007\u001b[2J\u0000\u007f";
        String escaped = "\\u0007\\u001b[2J\\u0000\\u007f";
        return Stream.of(
                odd(
                        "log filter",
                        request -> request.queryParam("filter", "user_id:" + controls)
                                .get("/api/logs")),
                odd(
                        "log filter code",
                        request ->
                                request.queryParam("filter", "code:" + controls).get("/api/logs")),
                odd(
                        "log filter field",
                        request -> request.queryParam("filter", controls + ":1").get("/api/logs")),
                odd(
                        "log sort",
                        request -> request.queryParam("sort", controls + ":1").get("/api/logs")),
                odd(
                        "log sort direction",
                        request -> request.queryParam("sort", "time_stamp:" + controls)
                                .get("/api/logs")),
                odd("log page", request -> request.queryParam("page", controls).get("/api/logs")),
                odd("log id", request -> request.get("/api/logs/{id}", controls)),
                odd(
                        "blocked_ips sort",
                        request -> request.queryParam("sort", controls + ":-1")
                                .get("/api/users/{id}/blocked_ips", blocked)),
                odd(
                        "blocked_ips size",
                        request -> request.queryParam("size", controls).get("/api/users/{id}/blocked_ips", blocked)),
                odd(
                        "ip_address",
                        request -> request.contentType("application/json")
                                .body("{\"ip_address\":\"" + escaped + "\"}")
                                .post("/api/users/{id}/blocked_ips/unblock", blocked)),
                odd(
                        "unknown field",
                        request -> request.contentType("application/json")
                                .body("{\"" + escaped + "\":\"all\"}")
                                .post("/api/users/{id}/blocked_ips/unblock", blocked)),
                odd(
                        "raw controls in JSON",
                        request -> request.contentType("application/json")
                                .body("{\"ip_address\":\"" + controls + "\"}")
                                .post("/api/users/{id}/blocked_ips/unblock", blocked)),
                odd("user id", request -> request.get("/api/users/{id}/blocked_ips", controls)));
    }

    private static Arguments odd(String what, Function<RequestSpecification, Response> request) {
        return Arguments.of(what, request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddRequests")
    void noOddRequestIsAServerErrorOrEchoesControlCharacters(
            String what, Function<RequestSpecification, Response> request) {
        Response response = request.apply(server.asWriter());

        int status = response.statusCode();
        assertEquals(what.equals("raw controls in JSON") ? 400 : 422, status, what);
        assertEquals(PROBLEM, response.contentType());
        String body = response.asString();
        assertFalse(body.chars().anyMatch(c -> c < 0x20 || c == 0x7f), what + " echoed a control character: " + body);
        assertFalse(body.contains("\\u0007") || body.contains("\\u001b") || body.contains("\\u0000"), body);
        assertEquals(status, response.jsonPath().getInt("status"));
        assertNothingChanged();
    }
}
