package dev.usersapi.repository.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.usersapi.domain.Lockout;
import dev.usersapi.domain.UnblockRequest;
import dev.usersapi.domain.UserAccount;
import dev.usersapi.repository.StoreUnavailableException;
import dev.usersapi.repository.UserRepository;
import dev.usersapi.repository.UserRepositoryContractTest;
import dev.usersapi.support.TestUsers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on an H2 file database, fresh for this class. */
class H2UserRepositoryTest extends UserRepositoryContractTest {

    @TempDir
    static Path directory;

    static DatabaseSettings settings(Path directory, String name) {
        return new DatabaseSettings("jdbc:h2:file:" + directory.resolve(name), "sa", "");
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
        UserAccount invalid = new UserAccount("invalid-json", false, 1, 1, Lockout.NONE, "[not an object]");
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
    void urlGetsDurabilitySettingsUnlessItChoosesOtherwise() {
        H2Dialect h2 = new H2Dialect();
        assertEquals(
                "jdbc:h2:file:./data/users;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                h2.jdbcUrl("jdbc:h2:file:./data/users"));
        assertEquals(
                "jdbc:h2:file:x;write_delay=500;DB_CLOSE_ON_EXIT=FALSE", h2.jdbcUrl("jdbc:h2:file:x;write_delay=500"));
    }
}
