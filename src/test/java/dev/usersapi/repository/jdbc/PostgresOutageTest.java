package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.LockoutPolicy;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.support.EmbeddedPostgresDatabases;
import dev.usersapi.support.RestartablePostgres;
import dev.usersapi.support.TestUsers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When PostgreSQL goes away, calls fail with {@link StoreUnavailableException} within the
 * configured timeouts instead of hanging, and once it is back the pool serves again by itself.
 */
class PostgresOutageTest {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);
    /** Connection timeout plus generous slack for a loaded CI machine. */
    private static final long FAIL_WITHIN_MILLIS = 5_000;

    @TempDir
    Path dataDirectory;

    @Test
    void lostDatabaseFailsCallsQuicklyAndThePoolRecoversWhenItReturns() throws Exception {
        RestartablePostgres postgres = RestartablePostgres.start(dataDirectory);
        DatabaseSettings settings = new DatabaseSettings(
                postgres.jdbcUrl(), "postgres", null, 3, CONNECTION_TIMEOUT, Duration.ofSeconds(3), Durability.FULL);
        UserAccount user =
                TestUsers.user("outage").blockedUntil(TestUsers.FAR_FUTURE, 3).build();
        try (JdbcUserRepository repository = JdbcUserRepository.open(settings)) {
            repository.upsertAll(List.of(user));
            assertTrue(repository.find(user.userId()).isPresent());

            postgres.stop();

            assertFailsQuickly(() -> repository.find(user.userId()));
            assertFailsQuickly(() -> repository.unblock(new UnblockRequest(user.userId(), 1, "key", "lost")));
            assertFailsQuickly(() -> repository.recordFailedSignIn(user.userId(), 1, null, new LockoutPolicy(3, 15)));
            long started = System.nanoTime();
            assertFalse(repository.isAvailable());
            assertTrue(millisSince(started) < FAIL_WITHIN_MILLIS, "isAvailable took " + millisSince(started) + " ms");

            postgres.startAgain();

            Optional<UserAccount> found = awaitSuccess(() -> repository.find(user.userId()));
            assertEquals(user.lockout(), found.orElseThrow().lockout(), "the failed unblock did not happen");
            assertTrue(repository.isAvailable());
            repository.unblock(new UnblockRequest(user.userId(), 2, "key", "back"));
            assertEquals(
                    Lockout.NONE, repository.find(user.userId()).orElseThrow().lockout());
            assertEquals(1, repository.auditEvents(user.userId()).size());
        } finally {
            postgres.close();
        }
    }

    @Test
    void terminatedSessionsAreReplacedByThePool() {
        DatabaseSettings settings = EmbeddedPostgresDatabases.createDatabase("terminated");
        String database = settings.url().substring(settings.url().lastIndexOf('/') + 1);
        UserAccount user = TestUsers.user("terminated").build();
        try (JdbcUserRepository repository = JdbcUserRepository.open(settings.withMaximumPoolSize(2))) {
            repository.upsertAll(List.of(user));

            EmbeddedPostgresDatabases.executeAsSuperuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = '" + database + "' AND pid <> pg_backend_pid()");

            // A call may meet a killed connection (57P01 / I/O error): that is "unavailable", never
            // another error, and the pool replaces the connection for the next call.
            for (int i = 0; i < 3; i++) {
                try {
                    repository.find(user.userId());
                } catch (StoreUnavailableException expectedAtMostOnce) {
                    // next try gets a fresh connection
                }
            }
            assertTrue(repository.find(user.userId()).isPresent());
        }
    }

    private static void assertFailsQuickly(Runnable call) {
        long started = System.nanoTime();
        assertThrows(StoreUnavailableException.class, call::run);
        long took = millisSince(started);
        assertTrue(took < FAIL_WITHIN_MILLIS, "took " + took + " ms to fail");
    }

    private static <T> T awaitSuccess(Supplier<T> call) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return call.get();
            } catch (StoreUnavailableException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    private static long millisSince(long nanoTime) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }
}
