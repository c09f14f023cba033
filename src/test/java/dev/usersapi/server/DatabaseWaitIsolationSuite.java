package dev.usersapi.server;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.support.UsersApiServerExtension;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Requests that wait for the database hold only what they must: while another process holds the
 * lock an unblock needs, many unblocks of that user pile up, yet liveness, metrics and reads of
 * users are answered at once (they have threads and connections of their own); the unblocks end
 * in 503 with Retry-After within a few seconds each, and change nothing. One subclass per engine,
 * each saying how another process holds the lock.
 */
abstract class DatabaseWaitIsolationSuite {

    private static final int WAITING_WRITERS = 60;

    /** The server under test, on the engine's store. */
    abstract UsersApiServerExtension server();

    /**
     * Holds, from a connection of its own, the lock an unblock of this user waits for, until the
     * connection is closed; the lock is taken when this returns.
     */
    abstract Connection holdLockOn(String userId) throws SQLException;

    @Test
    void unblocksWaitingForALockStarveNobody() throws Exception {
        UsersApiServerExtension server = server();
        String blocked = server.store(user("waits").blockedUntil(FAR_FUTURE, 5).build());
        String other =
                server.store(user("reads-meanwhile").blockedUntil(FAR_FUTURE, 5).build());
        // Once before: the first calls of a test run load the contract validator, which takes a while.
        server.anonymous().get("/health/live").then().statusCode(200);
        server.anonymous().get("/metrics").then().statusCode(200);
        server.asReader().get("/api/users/{id}", other).then().statusCode(200);
        ExecutorService clients = Executors.newFixedThreadPool(WAITING_WRITERS);
        try (Connection lockHolder = holdLockOn(blocked)) {
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
            lockHolder.rollback();
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
}
