package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.SignInHistory;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.UserRepositoryContractTest;
import dev.usersapi.support.EmbeddedPostgresDatabases;
import dev.usersapi.support.TestUsers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract on PostgreSQL (embedded), in a database of its own. */
class PostgresUserRepositoryTest extends UserRepositoryContractTest {

    private DatabaseSettings settings;

    @Override
    protected UserRepository openRepository() {
        settings = EmbeddedPostgresDatabases.createDatabase(PostgresUserRepositoryTest.class);
        return JdbcUserRepository.open(settings);
    }

    @Test
    void instancesSharingTheDatabaseSeeEachOthersChanges() {
        UserAccount user =
                TestUsers.user("shared").blockedUntil(TestUsers.FAR_FUTURE, 3).build();
        repository.upsertAll(List.of(user));
        try (JdbcUserRepository other = JdbcUserRepository.open(settings.withMaximumPoolSize(2))) {
            assertEquals(user.lockout(), other.find(user.userId()).orElseThrow().lockout());

            other.unblock(new UnblockRequest(user.userId(), NOW, "other-instance", "request"));

            assertEquals(
                    Lockout.NONE, repository.find(user.userId()).orElseThrow().lockout());
            assertEquals(
                    "other-instance",
                    repository.auditEvents(user.userId()).get(0).actorKeyId());
        }
    }

    @Test
    void profileIsStoredAsJsonb() throws Exception {
        UserAccount user = TestUsers.user("jsonb").build();
        repository.upsertAll(List.of(user));
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT pg_typeof(profile)::text FROM users WHERE user_id = '" + user.userId() + "'")) {
            assertTrue(row.next());
            assertEquals("jsonb", row.getString(1));
        }
    }

    @Test
    void batchWithAnInvalidAccountStoresNothing() {
        UserAccount valid = TestUsers.user("valid").build();
        UserAccount invalid = new UserAccount(
                "invalid-json", false, 1, 1, Lockout.NONE, SignInHistory.NONE, "{not json", UserAccount.FIRST_VERSION);

        assertThrows(DatabaseAccessException.class, () -> repository.upsertAll(List.of(valid, invalid)));
        assertTrue(repository.find(valid.userId()).isEmpty());
    }
}
