package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.client.ApiClient;
import dev.usersapi.client.ApiException;
import dev.usersapi.client.api.UsersApi;
import dev.usersapi.client.model.Authenticator;
import dev.usersapi.client.model.ProblemDetails;
import dev.usersapi.client.model.User;
import dev.usersapi.client.model.ValidationProblemDetails;
import dev.usersapi.support.UsersApiServerExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Java client generated from the contract (openapi-generator's java generator, java.net.http)
 * talks to the server: typed results for successes, typed problem documents for failures.
 */
class GeneratedJavaClientTest {

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void getAndUnblockReturnTypedUsers() throws Exception {
        String id = server.store(user("java-client").blockedUntil(FAR_FUTURE, 5).build());
        UsersApi api = clientWithKey(server.writerSecret());

        User before = api.getUser(id);
        assertEquals(FAR_FUTURE, before.getBlockUntil());
        assertEquals(5, before.getFailureCount());
        assertEquals(
                Authenticator.PASSWORD,
                before.getEmails().get(0).getAuthenticators().get(0));
        assertEquals("username", before.getUsername().getUsername());

        User after = api.unblockUser(id, null);
        assertNull(after.getBlockUntil());
        assertEquals(0, after.getFailureCount());
        assertFalse(after.getDisabled());
        assertEquals(before.getPasskeys(), after.getPasskeys());
    }

    @Test
    void aConditionalUnblockWithAStaleETagIsATyped412() throws Exception {
        String id = server.store(
                user("java-client-etag").blockedUntil(FAR_FUTURE, 5).build());
        UsersApi api = clientWithKey(server.writerSecret());
        String seen = api.getUserWithHttpInfo(id).getHeaders().get("etag").get(0);

        assertNull(api.unblockUser(id, seen).getBlockUntil());
        ApiException stale = assertThrows(ApiException.class, () -> api.unblockUser(id, seen));

        assertProblem(stale, 412);
    }

    @Test
    void listUsersReturnsTypedUsers() throws Exception {
        String id = server.store(
                user("java-client-list").blockedUntil(FAR_FUTURE, 5).build());

        List<User> found = clientWithKey(server.readerSecret()).listUsers(1, 10, null, "user_id:" + id);

        assertEquals(List.of(id), found.stream().map(User::getUserId).toList());
    }

    @Test
    void aMissingKeyIsAnUnauthorizedProblem() throws Exception {
        ApiException failure =
                assertThrows(ApiException.class, () -> new UsersApi(client()).unblockUser("anyone", null));
        assertProblem(failure, 401);
    }

    @Test
    void aReadOnlyKeyGetsAForbiddenProblemOnUnblock() throws Exception {
        String id = server.store(user("java-client-403").build());
        ApiException failure = assertThrows(
                ApiException.class, () -> clientWithKey(server.readerSecret()).unblockUser(id, null));
        assertProblem(failure, 403);
    }

    @Test
    void anUnknownUserIsANotFoundProblem() throws Exception {
        ApiException failure = assertThrows(
                ApiException.class, () -> clientWithKey(server.writerSecret()).getUser("no-such-user"));
        assertProblem(failure, 404);
    }

    @Test
    void anInvalidIdIsAValidationProblemNamingTheParameter() throws Exception {
        ApiException failure = assertThrows(
                ApiException.class, () -> clientWithKey(server.writerSecret()).unblockUser("not valid", null));
        assertEquals(422, failure.getCode());
        ValidationProblemDetails problem =
                client().getObjectMapper().readValue(failure.getResponseBody(), ValidationProblemDetails.class);
        assertEquals(422, problem.getStatus());
        assertEquals("https://httpstatuses.io/422#validation-error", problem.getType());
        assertTrue(problem.getErrors().containsKey("user_id"), problem.toString());
    }

    private static void assertProblem(ApiException failure, int status) throws Exception {
        assertEquals(status, failure.getCode());
        assertEquals(
                "application/problem+json",
                failure.getResponseHeaders().firstValue("Content-Type").orElse(""));
        ProblemDetails problem = client().getObjectMapper().readValue(failure.getResponseBody(), ProblemDetails.class);
        assertEquals(status, problem.getStatus());
        assertEquals("https://httpstatuses.io/" + status, problem.getType());
    }

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUri().toString());
        return client;
    }

    private static UsersApi clientWithKey(String key) {
        ApiClient client = client();
        client.setRequestInterceptor(request -> request.header("X-API-KEY", key));
        return new UsersApi(client);
    }
}
