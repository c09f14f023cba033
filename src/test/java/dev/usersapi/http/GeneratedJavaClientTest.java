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
import dev.usersapi.client.ApiResponse;
import dev.usersapi.client.api.LogsApi;
import dev.usersapi.client.api.UsersApi;
import dev.usersapi.client.model.Authenticator;
import dev.usersapi.client.model.BlockedIp;
import dev.usersapi.client.model.LogActor;
import dev.usersapi.client.model.LogEntry;
import dev.usersapi.client.model.LogTarget;
import dev.usersapi.client.model.ProblemDetails;
import dev.usersapi.client.model.UnblockIpRequest;
import dev.usersapi.client.model.User;
import dev.usersapi.client.model.ValidationProblemDetails;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.LockoutType;
import dev.usersapi.support.UsersApiServerExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Java client generated from the contract (openapi-generator's java generator, java.net.http)
 * talks to the server: typed results for successes (users, IP lockouts, log entries), typed problem
 * documents for failures.
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

    @Test
    void ipLockoutsAndTheirUnblockAreTyped() throws Exception {
        String id = server.store(user("java-client-ips").build());
        LockoutPolicy policy = new LockoutPolicy(3, 15, LockoutType.IP);
        for (int i = 0; i < 3; i++) {
            server.repository().recordFailedSignIn(id, 1_767_000_000L + i, "203.0.113.7", policy);
        }
        server.repository().recordFailedSignIn(id, 1_767_000_100L, "2001:db8::7", policy);
        UsersApi api = clientWithKey(server.writerSecret());
        String etag = api.getUserWithHttpInfo(id).getHeaders().get("etag").get(0);

        ApiResponse<List<BlockedIp>> listed = api.listBlockedIpsWithHttpInfo(id, 1, 1, "block_until:-1");
        assertEquals(
                List.of(new BlockedIp()
                        .ip("203.0.113.7")
                        .failureCount(3)
                        .blockUntil(1_767_000_902L)
                        .signInAttemptsCount(3L)
                        .lastSignInAttempt(1_767_000_002L)
                        .lastSignInSuccess(null)),
                listed.getData());
        assertEquals(
                List.of("{\"total_count\":2,\"page_size\":1,\"current_page\":1,\"has_next\":true,"
                        + "\"has_previous\":false}"),
                listed.getHeaders().get("x-pagination"));

        ApiResponse<User> unblocked = api.unblockIpWithHttpInfo(
                id, new UnblockIpRequest().ipAddress("203.0.113.7"), Map.of("X-Request-Id", "java-client-ip-1"));
        assertEquals(id, unblocked.getData().getUserId());
        assertEquals(List.of(etag), unblocked.getHeaders().get("etag"));
        List<BlockedIp> after = api.listBlockedIps(id, null, null, "last_sign_in_attempt:1");
        assertEquals(
                List.of("203.0.113.7", "2001:db8::7"),
                after.stream().map(BlockedIp::getIp).toList());
        assertEquals(
                List.of(0, 1), after.stream().map(BlockedIp::getFailureCount).toList());
        assertNull(after.get(0).getBlockUntil());
    }

    @Test
    void theAuditLogIsReadAsTypedEntries() throws Exception {
        String id = server.store(user("java-client-log").build());
        clientWithKey(server.writerSecret())
                .unblockIp(id, new UnblockIpRequest().ipAddress("all"), Map.of("X-Request-Id", "java-client-log-1"));
        LogsApi logs = new LogsApi(keyed(server.writerSecret()));

        List<LogEntry> entries = logs.listLogs(1, 10, "time_stamp:-1", "user_id:" + id);

        assertEquals(1, entries.size());
        LogEntry entry = entries.get(0);
        assertEquals(LogEntry.CodeEnum.USER_ACCOUNT_ALL_IP_BLOCKS_REMOVED, entry.getCode());
        assertEquals(LogEntry.CategoryEnum.BLOCKS, entry.getCategory());
        assertEquals(LogEntry.TypeEnum.SUCCESS, entry.getType());
        assertEquals(new LogActor().type(LogActor.TypeEnum.API_KEY).id("test-writer"), entry.getActor());
        assertEquals(List.of(new LogTarget().type(LogTarget.TypeEnum.USER).id(id)), entry.getTargets());
        assertEquals("java-client-log-1", entry.getRequest().getTraceId());
        assertEquals(Map.of("outcome", "not_blocked", "ip_addresses_reset", 0), entry.getDetails());
        assertEquals(entry, logs.getLog(entry.getId()));
    }

    @Test
    void theLogsProblemsAreTyped() throws Exception {
        assertProblem(
                assertThrows(
                        ApiException.class,
                        () -> new LogsApi(keyed(server.readerSecret())).listLogs(null, null, null, null)),
                403);
        LogsApi logs = new LogsApi(keyed(server.writerSecret()));
        assertProblem(assertThrows(ApiException.class, () -> logs.getLog("0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a")), 404);
        ApiException refused =
                assertThrows(ApiException.class, () -> logs.listLogs(null, null, null, "code:no_such_code"));
        assertEquals(422, refused.getCode());
        ValidationProblemDetails problem =
                client().getObjectMapper().readValue(refused.getResponseBody(), ValidationProblemDetails.class);
        assertEquals(List.of("filter"), List.copyOf(problem.getErrors().keySet()));
    }

    @Test
    void anInvalidIpAddressIsAValidationProblemNamingTheField() throws Exception {
        String id = server.store(user("java-client-ip-422").build());
        ApiException failure = assertThrows(
                ApiException.class,
                () -> clientWithKey(server.writerSecret())
                        .unblockIp(id, new UnblockIpRequest().ipAddress("fe80::1%eth0")));
        assertEquals(422, failure.getCode());
        ValidationProblemDetails problem =
                client().getObjectMapper().readValue(failure.getResponseBody(), ValidationProblemDetails.class);
        assertEquals(List.of("ip_address"), List.copyOf(problem.getErrors().keySet()));
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
        return new UsersApi(keyed(key));
    }

    private static ApiClient keyed(String key) {
        ApiClient client = client();
        client.setRequestInterceptor(request -> request.header("X-API-KEY", key));
        return client;
    }
}
