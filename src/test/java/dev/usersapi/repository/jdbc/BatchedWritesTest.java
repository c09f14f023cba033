package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.usersapi.repository.StoreUnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit on a real SQLite file: calls batched together still succeed and fail one by one. */
class BatchedWritesTest {

    @TempDir
    Path directory;

    private HikariDataSource dataSource;

    @BeforeEach
    void createTable() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + directory.resolve("batched.db"));
        config.addDataSourceProperty("journal_mode", "WAL");
        config.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(config);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE items (n INTEGER NOT NULL CHECK (n >= 0))");
        }
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    private BatchedWrites writes(Duration patience) {
        SqlFailures failures = new SqlFailures(new SqliteDialect(TestSettings.sqlite()));
        return new BatchedWrites(dataSource, "BEGIN IMMEDIATE", patience, failures::isUnavailable, () -> {});
    }

    private static Integer insert(Connection connection, int n) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO items (n) VALUES (?)")) {
            insert.setInt(1, n);
            return insert.executeUpdate();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private long count() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM items")) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void manyConcurrentCallsAllCommitAndAFailingOneAloneIsRolledBack() throws Exception {
        int calls = 400;
        ExecutorService callers = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try (BatchedWrites writes = writes(Duration.ofSeconds(10))) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int n = i % 50 == 0 ? -1 : i; // every 50th breaks the CHECK constraint
                results.add(callers.submit(() -> {
                    start.await();
                    return writes.run("insert", c -> insert(c, n));
                }));
            }
            start.countDown();
            int failed = 0;
            for (Future<Integer> result : results) {
                try {
                    assertEquals(1, result.get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException refused) {
                    assertEquals(
                            SQLException.class, refused.getCause().getClass().getSuperclass());
                    failed++;
                }
            }
            assertEquals(calls / 50, failed);
            assertEquals(calls - calls / 50, count());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aCallThatWaitedPastItsPatienceIsRefusedWithoutRunning() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        CountDownLatch writerBusy = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (BatchedWrites writes = writes(Duration.ofMillis(100))) {
            Future<Integer> slow = callers.submit(() -> writes.run("hold the writer", c -> {
                writerBusy.countDown();
                pause(400);
                return insert(c, 1);
            }));
            writerBusy.await();
            StoreUnavailableException refused = assertThrows(
                    StoreUnavailableException.class,
                    () -> writes.run("arrive late", c -> {
                        ran.set(true);
                        return insert(c, 2);
                    }));
            assertEquals(1, slow.get(10, TimeUnit.SECONDS));
            assertFalse(ran.get(), "the refused call ran: " + refused.getMessage());
            assertEquals(1, count());
        } finally {
            callers.shutdownNow();
        }
    }
}
