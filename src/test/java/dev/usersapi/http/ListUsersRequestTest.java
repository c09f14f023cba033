package dev.usersapi.http;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.usersapi.support.UsersApiServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a listing's request may say, and the answer when it says something else: the store does not
 * matter here, so the memory store serves (paging and filtering on every store: {@link StoreHttpSuite}).
 */
class ListUsersRequestTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void aListingNeedsAKeyWithTheReadScope() {
        server.anonymous().get("/api/users").then().statusCode(401).contentType("application/problem+json");
        server.asWriteOnly()
                .get("/api/users")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("users:read"));
    }

    @Test
    void withoutParametersTheFirstPageOfTenNewestFirstIsServed() {
        server.asReader()
                .get("/api/users")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header(PaginationHeaderFilter.HEADER, containsString("\"page_size\":10,\"current_page\":1,"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "page | 0       | must be greater than or equal to 1",
                "page | 1000001 | must be less than or equal to 1000000",
                "size | 0       | must be greater than or equal to 1",
                "size | 101     | must be less than or equal to 100",
                "page | two     | must be a whole number",
                "size | 1.5     | must be a whole number",
                "page | 99999999999999999999 | must be a whole number",
            })
    void pageAndSizeOutsideTheirRulesAreUnprocessable(String parameter, String value, String message) {
        server.asReader()
                .queryParam(parameter, value)
                .get("/api/users")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors." + parameter, contains(message));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "creation_time",
                "creation_time:2",
                "user_id:1",
                "email:-1",
                "failure_count:1 ",
                "FAILURE_COUNT:1"
            })
    void aSortOutsideTheContractIsUnprocessable(String sort) {
        server.asReader()
                .queryParam("sort", sort)
                .get("/api/users")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.sort[0]", containsString("failure_count"))
                .body("errors", not(hasKey("filter")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "failure_count:>3 OR disabled:true | OR",
                "NOT disabled:true                 | NOT",
                "(failure_count:>3)                | (",
                "user_id:abc*                      | wildcard",
                "password:secret                   | password",
                "alice                             | field",
            })
    void aFilterOutsideTheSubsetIsUnprocessableAndSaysWhy(String filter, String named) {
        server.asReader()
                .queryParam("filter", filter)
                .get("/api/users")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.filter[0]", containsString(named))
                .body("errors.filter[0]", not(containsString("Exception")));
    }

    @Test
    void aFilterOverTheLengthLimitIsUnprocessable() {
        server.asReader()
                .queryParam("filter", "failure_count:>1 AND ".repeat(60) + "disabled:true")
                .get("/api/users")
                .then()
                .statusCode(422)
                .body("errors.filter[0]", equalTo("size must be between 0 and 1024"));
    }

    @Test
    void controlCharactersInAFilterAreNotEchoed() {
        server.asReader()
                .queryParam("filter", "user_id:\u0007\u001b[2J")
                .get("/api/users")
                .then()
                .statusCode(422)
                .body("errors.filter[0]", not(containsString("\u001b")))
                .body("errors.filter[0]", not(containsString("\u0007")))
                .body("error_id", nullValue());
    }
}
