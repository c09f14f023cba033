package dev.usersapi.server;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.repository.jdbc.JdbcUserRepository;
import dev.usersapi.support.TestStores;
import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests that wait for the database hold only what they must: while another process holds
 * SQLite's write lock, many unblocks pile up, yet liveness, metrics and reads of users are
 * answered at once (they have threads of their own); the unblocks end in 503 with Retry-After
 * within a few seconds each, and change nothing.
 */
class DatabaseWaitIsolationTest {

    private static final int WAITING_WRITERS = 60;
    private static final Path DIRECTORY = temporaryDirectory();

    @RegisterExtension
    static final UsersApiServerExtension server =
            UsersApiServerExtension.with(() -> JdbcUserRepository.open(TestStores.sqliteSettings(DIRECTORY)));

    @Test
    void unblocksWaitingForALockedDatabaseStarveNobody() throws Exception {
        String blocked = server.store(user("waits").blockedUntil(FAR_FUTURE, 5).build());
        String other =
                server.store(user("reads-meanwhile").blockedUntil(FAR_FUTURE, 5).build());
        ExecutorService clients = Executors.newFixedThreadPool(WAITING_WRITERS);
        try (Connection backup = DriverManager.getConnection(
                        TestStores.sqliteSettings(DIRECTORY).url());
                Statement statement = backup.createStatement()) {
            statement.execute("BEGIN IMMEDIATE"); // another process's write lock, held
            List<Future<Response>> unblocks = new ArrayList<>();
            for (int i = 0; i < WAITING_WRITERS; i++) {
                unblocks.add(clients.submit(() -> server.asWriter().post("/api/users/{id}/unblock", blocked)));
            }
            Thread.sleep(300); // the unblocks are waiting now

            assertAnsweredQuickly(server.anonymous().get("/health/live"), 200);
            assertAnsweredQuickly(server.anonymous().get("/metrics"), 200);
            assertAnsweredQuickly(server.asReader().get("/api/users/{id}", other), 200);

            for (Future<Response> unblock : unblocks) {
                Response response = unblock.get(30, TimeUnit.SECONDS);
                assertEquals(503, response.statusCode(), response.asString());
                // At most: waiting for a thread, then for the writer, then for the lock; never longer.
                assertTrue(response.timeIn(TimeUnit.MILLISECONDS) < 8_000, "took " + response.time() + " ms");
                assertEquals("application/problem+json", response.contentType());
                assertTrue(response.header("Retry-After") != null);
            }
            statement.execute("ROLLBACK");
        } finally {
            clients.shutdownNow();
        }
        assertEquals(0, server.repository().auditEvents(blocked).size(), "a 503 changed nothing");
        server.asWriter().post("/api/users/{id}/unblock", blocked).then().statusCode(200);
    }

    private static void assertAnsweredQuickly(Response response, int status) {
        assertEquals(status, response.statusCode());
        assertTrue(response.timeIn(TimeUnit.MILLISECONDS) < 1_000, "took " + response.time() + " ms");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("users-wait-isolation");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
