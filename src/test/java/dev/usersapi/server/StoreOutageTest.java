package dev.usersapi.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.usersapi.domain.UserAccount;
import dev.usersapi.http.auth.ApiKeyRegistry;
import dev.usersapi.repository.jdbc.DatabaseSettings;
import dev.usersapi.repository.jdbc.Durability;
import dev.usersapi.repository.jdbc.JdbcUserRepository;
import dev.usersapi.support.RestartablePostgres;
import dev.usersapi.support.TestUsers;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server on PostgreSQL that loses its database answers 503 problems with Retry-After, promptly,
 * and serves again by itself once the database is back, without a restart.
 */
class StoreOutageTest {

    private static final String KEY = "outage-key";

    @TempDir
    Path dataDirectory;

    @Test
    void aLostDatabaseIsAServiceUnavailableProblemAndTheServerRecoversByItself() throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.start(dataDirectory)) {
            DatabaseSettings settings = new DatabaseSettings(
                    postgres.jdbcUrl(),
                    "postgres",
                    null,
                    4,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(3),
                    Durability.FULL);
            servedThroughAnOutage(postgres, settings);
        }
    }

    private void servedThroughAnOutage(RestartablePostgres postgres, DatabaseSettings settings) throws Exception {
        try (JdbcUserRepository repository = JdbcUserRepository.open(settings);
                RunningServer server = ServerAssembly.of(
                                new ServerSettings("127.0.0.1", 0, Duration.ofSeconds(5)),
                                new ApiKeyRegistry(List.of(ApiKeyRegistry.developmentKey(KEY))),
                                () -> repository)
                        .start()) {
            UserAccount user = TestUsers.user("outage")
                    .blockedUntil(TestUsers.FAR_FUTURE, 5)
                    .build();
            repository.upsertAll(List.of(user));
            String userId = user.userId();
            String base = server.baseUri().toString();

            postgres.stop();

            given().baseUri(base)
                    .header("X-API-KEY", KEY)
                    .post("/api/users/{id}/unblock", userId)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("type", equalTo("https://httpstatuses.io/503"))
                    .time(lessThan(10_000L), TimeUnit.MILLISECONDS);
            given().baseUri(base)
                    .header("X-API-KEY", KEY)
                    .get("/api/users/{id}", userId)
                    .then()
                    .statusCode(503);
            given().baseUri(base)
                    .get("/health/ready")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5");
            given().baseUri(base).get("/health/live").then().statusCode(200);

            postgres.startAgain();

            Response recovered = awaitNot503(
                    () -> given().baseUri(base).header("X-API-KEY", KEY).post("/api/users/{id}/unblock", userId));
            assertEquals(200, recovered.statusCode(), recovered.asString());
            assertEquals(0, recovered.jsonPath().getInt("failure_count"));
            // Reads have a connection pool of their own, which refills on its own schedule.
            Response ready = awaitNot503(() -> given().baseUri(base).get("/health/ready"));
            assertEquals(200, ready.statusCode(), ready.asString());
            given().baseUri(base)
                    .header("X-API-KEY", KEY)
                    .get("/api/users/{id}", userId)
                    .then()
                    .statusCode(200);
            assertEquals(1, repository.auditEvents(userId).size(), "only the unblock that succeeded is audited");
        }
    }

    private static Response awaitNot503(java.util.function.Supplier<Response> call) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Response response = call.get();
        while (response.statusCode() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = call.get();
        }
        return response;
    }
}
