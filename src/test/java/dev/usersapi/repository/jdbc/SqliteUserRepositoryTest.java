package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.UserRepositoryContractTest;
import dev.usersapi.support.TestStores;
import dev.usersapi.support.TestUsers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on a SQLite file database, fresh for this class. */
class SqliteUserRepositoryTest extends UserRepositoryContractTest {

    @TempDir
    static Path directory;

    static DatabaseSettings settings(Path directory, String name) {
        return TestStores.sqliteSettings(directory.resolve(name));
    }

    @Override
    protected UserRepository openRepository() {
        return JdbcUserRepository.open(settings(directory, "contract"));
    }

    @Test
    void dataSurvivesClosingAndReopening(@TempDir Path own) {
        UserAccount user =
                TestUsers.user("reopened").blockedUntil(TestUsers.FAR_FUTURE, 3).build();
        try (JdbcUserRepository first = JdbcUserRepository.open(settings(own, "reopen"))) {
            first.upsertAll(List.of(user));
            first.unblock(new UnblockRequest(user.userId(), NOW, "key", "request"));
        }
        try (JdbcUserRepository second = JdbcUserRepository.open(settings(own, "reopen"))) {
            assertEquals(Lockout.NONE, second.find(user.userId()).orElseThrow().lockout());
            assertEquals(1, second.auditEvents(user.userId()).size());
        }
    }

    @Test
    void batchWithAnInvalidAccountStoresNothing(@TempDir Path own) {
        UserAccount valid = TestUsers.user("valid").build();
        UserAccount invalid = new UserAccount(
                "invalid-json",
                false,
                1,
                1,
                Lockout.NONE,
                SignInHistory.NONE,
                "[not an object]",
                UserAccount.FIRST_VERSION);
        try (JdbcUserRepository repository = JdbcUserRepository.open(settings(own, "atomic"))) {
            assertThrows(DatabaseAccessException.class, () -> repository.upsertAll(List.of(valid, invalid)));
            assertTrue(repository.find(valid.userId()).isEmpty());
        }
    }

    @Test
    void callsAfterCloseReportTheStoreUnavailable(@TempDir Path own) {
        JdbcUserRepository repository = JdbcUserRepository.open(settings(own, "closed"));
        repository.close();

        assertThrows(StoreUnavailableException.class, () -> repository.find("anyone"));
        assertEquals(false, repository.isAvailable());
    }

    @Test
    void theFileIsInWalModeAndReadableByAnyClient(@TempDir Path own) throws Exception {
        UserAccount user = TestUsers.user("plain-reader").build();
        try (JdbcUserRepository repository = JdbcUserRepository.open(settings(own, "wal"))) {
            repository.upsertAll(List.of(user));
            try (Connection plain =
                            DriverManager.getConnection(settings(own, "wal").url());
                    Statement statement = plain.createStatement()) {
                try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                    assertTrue(mode.next());
                    assertEquals("wal", mode.getString(1));
                }
                try (ResultSet row = statement.executeQuery("SELECT json_extract(profile, '$.claims.name') "
                        + "FROM users WHERE user_id = '" + user.userId() + "'")) {
                    assertTrue(row.next());
                    assertEquals("John Doe", row.getString(1));
                }
            }
        }
    }
}
