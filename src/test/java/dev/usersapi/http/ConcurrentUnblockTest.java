package dev.usersapi.http;

import static dev.usersapi.support.TestUsers.FAR_FUTURE;
import static dev.usersapi.support.TestUsers.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.usersapi.domain.UserAccount;
import dev.usersapi.support.UsersApiServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrentUnblockTest {

    private static final int CLIENTS = 32;

    @RegisterExtension
    static final UsersApiServerExtension server = UsersApiServerExtension.standard();

    @Test
    void concurrentUnblocksOfOneUserAllSucceedAndAgreeOnTheFinalState() throws Exception {
        String id = server.store(user("contended").blockedUntil(FAR_FUTURE, 5).build());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> lastUpdatedSeen = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                lastUpdatedSeen.add(pool.submit(() -> {
                    start.await();
                    return server.asWriter()
                            .post("/api/users/{id}/unblock", id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getLong("last_updated");
                }));
            }
            start.countDown();
            List<Long> seen = new ArrayList<>();
            for (Future<Long> response : lastUpdatedSeen) {
                seen.add(response.get(30, TimeUnit.SECONDS));
            }
            UserAccount finalState = server.repository().find(id).orElseThrow();
            // Only the first unblock changes the user; every later one returns that same state.
            for (long lastUpdated : seen) {
                assertEquals(finalState.lastUpdated(), lastUpdated);
            }
            assertNull(finalState.lockout().blockUntil());
            assertEquals(0, finalState.lockout().failureCount());
        } finally {
            pool.shutdownNow();
        }
    }
}
